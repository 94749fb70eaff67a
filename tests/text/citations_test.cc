// Reports cited by a text, named by input.
#include <catch2/catch.hpp>

#include "data/lexicon.h"
#include "text/citations.h"

TEST_CASE("cited reports by input", "[citations]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"The partnership met in March.", {}},
      {"The CQC's 'Children looked after and safeguarding review of health services' found gaps.",
       {"Children looked after and safeguarding review of health services"}},
      {"The findings of an inspection called \xE2\x80\x9CTime to listen\xE2\x80\x9D were published.", {"Time to listen"}},
      {"Ofsted's 'Time to listen   to children' and Ofsted's 'Time to listen to children' again.",
       {"Time to listen to children"}},
  };
  for (const auto& [text, want] : cases) {
    SECTION(text) { CHECK(jtai::cited_reports(text, jtai::Lexicon::builtin()) == want); }
  }
}
