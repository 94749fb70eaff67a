// Line splitting and UTF-8 validation, named by input.
#include <catch2/catch.hpp>

#include <utf8.h>

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
      // Read eight bytes at a time: sequences inside a word, across two, after ASCII words.
      {"quote after two ASCII words", "abcdefgh12345678\xE2\x80\x99 and on to the end", true, 0},
      {"sequence across words", "abcdefg\xE2\x80\x99" "bcdefgh", true, 0},
      {"high words in a row", "\xE2\x80\x99\xE2\x80\x99\xE2\x80\x99\xE2\x80\x99 then ASCII 12345678", true, 0},
      {"bad byte after ASCII words", "abcdefgh12345678abc\xFF" "defgh", false, 19},
      {"bad byte after a good sequence", "abcdefg\xE2\x80\x99 then \x80 12345678", false, 16},
      {"sequence cut off by an ASCII word", "abcdefg\xE2\x80" "12345678", false, 7},
      {"sequence cut off at the end", "abcdefgh12345678\xF0\x9F\x98", false, 16},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      std::size_t bad = 0;
      CHECK(jtai::valid_utf8(c.text, &bad) == c.ok);
      if (!c.ok) CHECK(bad == c.bad);
    }
  }
}

TEST_CASE("valid_utf8 finds the bad byte utf8cpp finds, wherever it stands", "[normalise]") {
  // Each mark put at every offset of a text of ASCII and curly quotes, so that it falls in
  // every place of a word of eight and in runs of either kind.
  const std::string base = "abcdefgh\xE2\x80\x99s 12345678 \xE2\x80\x9Cquoted\xE2\x80\x9D and more plain text";
  for (std::string mark : {"\x80", "\xFF", "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xC3\xA9"}) {
    for (std::size_t at = 0; at <= base.size(); ++at) {
      std::string text = base.substr(0, at) + mark + base.substr(at);
      auto expected = utf8::find_invalid(text.begin(), text.end());
      std::size_t bad = 0;
      bool ok = jtai::valid_utf8(text, &bad);
      INFO(at);
      CHECK(ok == (expected == text.end()));
      if (!ok) CHECK(bad == static_cast<std::size_t>(expected - text.begin()));
    }
  }
}
