// CSV and Markdown export of records.
#include <catch2/catch.hpp>

#include <sstream>

#include "jtai/export.h"

TEST_CASE("csv_field quotes only when needed", "[export]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"plain", "plain"},
      {"a, b", "\"a, b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"children\xE2\x80\x99s", "children\xE2\x80\x99s"},
      {"", ""},
  };
  for (const auto& [in, want] : cases) {
    SECTION(in) { CHECK(jtai::csv_field(in) == want); }
  }
}

TEST_CASE("markdown_cell keeps a table intact", "[export]") {
  CHECK(jtai::markdown_cell("a | b\nc") == "a \\| b c");
}

TEST_CASE("CSV and Markdown of a small record", "[export]") {
  jtai::Record r;
  r.source.path = "letters/york.txt";
  r.document.kind = jtai::DocumentKind::kJtaiLetter;
  r.document.title = "Joint targeted area inspection in York";
  r.document.date = "2018-11-09";
  r.document.areas = {{"York", "E06000014"}};
  jtai::Finding f;
  f.id = "f1";
  f.kind = jtai::FindingKind::kStrength;
  f.polarity = jtai::Polarity::kPositive;
  f.section = "Key strengths";
  f.text = "Leaders, and \"partners\", work well.";
  f.pages = {1, 2};
  f.agencies = {"police", "health"};
  f.themes = {"leadership-and-governance"};
  r.findings.push_back(f);
  SECTION("CSV row") {
    std::ostringstream out;
    jtai::write_csv_rows(out, r);
    CHECK(out.str() ==
          "letters/york.txt,York,E06000014,2018-11-09,jtai-letter,f1,strength,positive,Key strengths,1;2,"
          "police; health,leadership-and-governance,,\"Leaders, and \"\"partners\"\", work well.\"\r\n");
  }
  SECTION("Markdown report") {
    std::ostringstream out;
    jtai::write_markdown(out, r);
    CHECK(out.str() ==
          "# Joint targeted area inspection in York\n\n"
          "| | |\n|---|---|\n"
          "| File | letters/york.txt (text) |\n| Kind | jtai-letter |\n| Date | 2018-11-09 |\n"
          "| Areas | York (E06000014) |\n| Findings | 1 |\n\n"
          "## Strengths (1)\n\n"
          "1. Leaders, and \"partners\", work well.\n"
          "   <br>*section:* Key strengths · *pages:* 1;2 · *agencies:* police, health · *themes:* leadership-and-governance\n\n");
  }
}
