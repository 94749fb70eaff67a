# Writes the man page jtai(1) (cmake -P, at build time): help2man lays out `jtai --help`
# and `jtai --version`; a SUBCOMMANDS section adds the help of every subcommand, with its
# options as a tagged list, and ENVIRONMENT, FILES and SEE ALSO close the page.
# Inputs: JTAI (the binary), HELP2MAN, OUT (the page), VERSION.

# TEXT as roff: backslashes escaped, a leading '.' or "'" kept literal.
function(roff_escape text out)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(sections "[SUBCOMMANDS]\n")
foreach(sub "analyse" "summarise" "report" "explain" "text" "rules check" "rules dump")
  separate_arguments(args UNIX_COMMAND "${sub} --help")
  execute_process(COMMAND ${JTAI} ${args} OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "jtai ${sub} --help failed (${rc})")
  endif()
  string(REPLACE "Usage: ${JTAI} " "Usage: jtai " help "${help}")
  roff_escape("${help}" help)
  string(REPLACE ";" "<semicolon>" help "${help}")  # CMake lists are split at ';'
  string(REPLACE "\n" ";" lines "${help}")
  string(APPEND sections ".SS \"jtai ${sub}\"\n")
  set(in_list OFF)
  foreach(line IN LISTS lines)
    string(REPLACE "<semicolon>" ";" line "${line}")
    if(line MATCHES "^  ([-a-zA-Z0-9].*[^ ])   +([^ ].*)$")
      # "  -f,--format TEXT   Output format": one tagged paragraph per option
      string(APPEND sections ".TP\n.B ${CMAKE_MATCH_1}\n${CMAKE_MATCH_2}\n")
      set(in_list ON)
    elseif(line MATCHES "^  ([-a-zA-Z0-9][^ ]*( [^ ]+)*)$")
      string(APPEND sections ".TP\n.B ${CMAKE_MATCH_1}\n")
      set(in_list ON)
    elseif(in_list AND line MATCHES "^      +([^ ].*)$")
      string(APPEND sections "${CMAKE_MATCH_1}\n")
    elseif(line MATCHES "^([A-Z][A-Za-z ]*):$")
      string(APPEND sections ".PP\n\\fB${CMAKE_MATCH_1}:\\fR\n")
      set(in_list OFF)
    elseif(line STREQUAL "")
      set(in_list OFF)
    else()
      string(APPEND sections ".br\n${line}\n")
    endif()
  endforeach()
endforeach()

string(APPEND sections "
[ENVIRONMENT]
.TP
.B JTAI_ADD_RULES
A colon-separated list of rules files added to the rules of every run (analyse,
summarise, explain), as if each were given to \\fB--add-rules\\fR.
[EXIT STATUS]
0: every document was analysed; 1: at least one document failed (the others were
written); 2: usage error, or a bad rules or data file.
[FILES]
Rules files: see rules-format.md in the documentation folder
(/usr/share/doc/jtai on a Debian install).
[SEE ALSO]
.BR parallel (1)
for running jtai on many machines: scaling.md in the documentation folder.
")
file(WRITE ${OUT}.h2m "${sections}")
execute_process(
  COMMAND ${HELP2MAN} --no-info --section=1 --version-string=${VERSION}
          "--name=typed, evidenced records from children's-services inspection documents"
          --include=${OUT}.h2m --output=${OUT} ${JTAI}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "help2man failed (${rc})")
endif()
