// Line splitting and UTF-8 validation, named by input.
#include <catch2/catch.hpp>

#include "layout/normalise.h"

using jtai::Line;
using jtai::split_lines;

TEST_CASE("split_lines: offsets, trimming and pages", "[normalise]") {
  std::string text = "  Title  \n\n\fNext page\nlast";
  auto lines = split_lines(text);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].begin == 0);
  CHECK(lines[0].text_begin == 2);
  CHECK(lines[0].text_end == 7);
  CHECK(lines[1].blank());
  CHECK(lines[2].page == 2);
  CHECK(lines[2].page_start);
  CHECK(jtai::line_text(text, lines[2]) == "Next page");
  CHECK(jtai::line_text(text, lines[3]) == "last");
  CHECK(lines[3].page == 2);
}

TEST_CASE("split_lines: no-break spaces are white space", "[normalise]") {
  std::string text = "\xC2\xA0 text \xC2\xA0";
  auto lines = split_lines(text);
  REQUIRE(lines.size() == 1);
  CHECK(jtai::line_text(text, lines[0]) == "text");
}

TEST_CASE("valid_utf8 by input", "[normalise]") {
  struct Case {
    const char* name;
    std::string text;
    bool ok;
    std::size_t bad;
  };
  const std::vector<Case> cases = {
      {"ascii", "plain text", true, 0},
      {"curly quote", "children\xE2\x80\x99s", true, 0},
      {"lone continuation byte", "ab\x80", false, 2},
      {"truncated sequence", "ab\xE2\x80", false, 2},
      {"overlong slash", "\xC0\xAF", false, 0},
      {"surrogate", "x\xED\xA0\x80", false, 1},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      std::size_t bad = 0;
      CHECK(jtai::valid_utf8(c.text, &bad) == c.ok);
      if (!c.ok) CHECK(bad == c.bad);
    }
  }
}
