# Install rules and the Debian package (included from the top-level CMakeLists.txt):
# the binary, the man page jtai(1) generated from the CLI's own help with help2man, bash
# and zsh completion, and the docs. `make install` and `make package` drive these.
include(GNUInstallDirs)

find_program(HELP2MAN help2man REQUIRED)
set(JTAI_MAN_PAGE ${CMAKE_BINARY_DIR}/jtai.1)
add_custom_command(
  OUTPUT ${JTAI_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -DJTAI=$<TARGET_FILE:jtai> -DHELP2MAN=${HELP2MAN} -DOUT=${JTAI_MAN_PAGE}
          -DVERSION=${PROJECT_VERSION} -P ${CMAKE_SOURCE_DIR}/cmake/manpage.cmake
  DEPENDS jtai ${CMAKE_SOURCE_DIR}/cmake/manpage.cmake
  COMMENT "Writing the man page jtai(1) from jtai --help"
  VERBATIM)
add_custom_target(jtai_man ALL DEPENDS ${JTAI_MAN_PAGE})

install(TARGETS jtai)
install(FILES ${JTAI_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES completions/jtai.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME jtai)
install(FILES completions/_jtai DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES README.md docs/architecture.md docs/cli.md docs/rules-format.md docs/scaling.md docs/performance.md
              docs/output-contract.md docs/taxonomy.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/schema DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME jtai)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "jtai maintainers <jtai@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "typed, evidenced records from children's-services inspection documents")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)  # runtime libraries from dpkg-shlibdeps
set(CPACK_STRIP_FILES ON)  # no debug info in the package (the build tree keeps it)
include(CPack)
