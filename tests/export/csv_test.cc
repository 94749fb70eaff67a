// CSV writer: the header once, one row per finding, fields quoted only when needed.
#include <catch2/catch.hpp>

#include "export/writer_test_util.h"
#include "jtai/export.h"

namespace {

using jtai_test::bare_record;
using jtai_test::failed;
using jtai_test::full_record;
using jtai_test::written;

const std::string kHeader =
    "file,area,area_code,date,year,document_kind,title,inspectorates,theme,judgements,finding_id,kind,polarity,section,pages,"
    "agencies,themes,labels,text\r\n";

// The one finding of full_record(), with the document's year, title, inspectorates and theme.
const std::string kFullRow =
    "\"in/york \"\"2018\"\".pdf\",York; North Yorkshire,E06000014; ,2018-11-09,2018,jtai-letter,"
    "Joint inspection in York,ofsted; cqc,,,f1,strength,positive,"
    "Key strengths,1;2,police; health,leadership-and-governance,,"
    "\"Leaders, and \"\"partners\"\", work well.\t– together\"\r\n";

}  // namespace

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

TEST_CASE("csv_field neutralises cells a spreadsheet would run as formulas", "[export]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"=1+1", "'=1+1"},
      {"+1+1", "'+1+1"},
      {"-1+1", "'-1+1"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"\t=1", "'\t=1"},
      {"- a bullet", "'- a bullet"},
      {"-", "'-"},
      {"-3", "-3"},
      {"+4.5", "+4.5"},
      {"a=1", "a=1"},
  };
  for (const auto& [in, want] : cases) {
    SECTION(in) { CHECK(jtai::csv_field(in) == want); }
  }
}

TEST_CASE("csv writer: the header once, then a row per finding", "[export]") {
  struct Case {
    std::string name;
    std::vector<jtai_test::Step> steps;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"no documents", {}, kHeader},
      {"one record", {written(full_record())}, kHeader + kFullRow},
      {"a record without findings", {written(bare_record("a.txt"))}, kHeader},
      {"records around an error",
       {written(full_record()), failed("b.txt", "empty file"), written(bare_record("a.txt")), written(full_record())},
       kHeader + kFullRow + kFullRow},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(jtai_test::write_run("csv", c.steps.size(), c.steps) == c.want); }
  }
}

TEST_CASE("csv writer: the judgements of a graded inspection as id=grade pairs", "[export]") {
  jtai::Record r = full_record();
  r.document.judgements = {{"leaders", "The impact of leaders", "good", "Good", {1, 5}},
                           {"in-care", "Children in care", "requires-improvement", "Requires improvement to be good", {6, 9}}};
  std::string row = kFullRow;
  row.replace(row.find("ofsted; cqc,,,"), 14, "ofsted; cqc,,leaders=good; in-care=requires-improvement,");
  CHECK(jtai_test::write_run("csv", 1, {written(r)}) == kHeader + row);
}

TEST_CASE("CSV of a small record", "[export]") {
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
  CHECK(jtai_test::write_run("csv", 1, {written(r)}) ==
        kHeader +
            "letters/york.txt,York,E06000014,2018-11-09,2018,jtai-letter,Joint targeted area inspection in York,,,,"
            "f1,strength,positive,Key strengths,1;2,"
            "police; health,leadership-and-governance,,\"Leaders, and \"\"partners\"\", work well.\"\r\n");
}
