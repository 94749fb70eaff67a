// Cross-tabs: parsing --by, counting each field, multi-valued cells, ordering and the formats.
#include <catch2/catch.hpp>

#include <sstream>

#include "jtai/crosstab.h"
#include "summary/records_util.h"

namespace {

using namespace jtai;
using jtai::test::finding;

std::vector<Record> records() {
  Record a = jtai::test::record(
      "a.txt", DocumentKind::kJtaiLetter, "2019-06-10", {jtai::test::halton()},
      {finding("F1", FindingKind::kStrength, Polarity::kPositive, {"neglect"}, {"police"}),
       finding("F2", FindingKind::kAreaForImprovement, Polarity::kNegative, {"neglect", "timeliness"}, {}, {"mine"})});
  Record b = jtai::test::record("b.txt", DocumentKind::kInspectionReport, "2020-02-01",
                                {jtai::test::halton(), jtai::test::york()},
                                {finding("F1", FindingKind::kObservation, Polarity::kMixed, {}, {"health"})});
  b.document.judgements = {{"overall-effectiveness", "", "good", "", {}}, {"leaders", "", "good", "", {}}};
  Record c = jtai::test::record("c.txt", DocumentKind::kInspectionReport, "", {}, {});
  c.document.judgements = {{"overall-effectiveness", "", "inadequate", "", {}}};
  return {a, b, c};
}

// The table of FIELDS over records() as "row/column=n" cells, then "all=total".
std::vector<std::string> cells(const std::string& by) {
  CrossTabBuilder builder(parse_by(by));
  for (const auto& r : records()) builder.add(r);
  const CrossTab& t = builder.table();
  std::vector<std::string> out;
  for (const auto& row : ordered_values(t.fields[0], t.row_totals)) {
    for (const auto& [col, n] : t.cells.at(row)) out.push_back(row + (col.empty() ? "" : "/" + col) + "=" + std::to_string(n));
  }
  out.push_back(t.unit + "=" + std::to_string(t.total));
  return out;
}

}  // namespace

TEST_CASE("parse_by reads one or two fields", "[crosstab]") {
  CHECK(parse_by("year") == std::vector<ByField>{ByField::kYear});
  CHECK(parse_by("year, theme") == std::vector<ByField>{ByField::kYear, ByField::kTheme});
  CHECK(parse_by("judgement") == std::vector<ByField>{ByField::kJudgement, ByField::kGrade});
  CHECK_THROWS_WITH(parse_by("colour"), Catch::Contains("--by 'colour' is not one of year, area, region"));
  CHECK_THROWS_AS(parse_by("year,theme,kind"), std::invalid_argument);
  CHECK_THROWS_AS(parse_by("judgement,theme"), std::invalid_argument);
}

TEST_CASE("CrossTabBuilder counts by every field", "[crosstab]") {
  struct Case {
    const char* by;
    std::vector<std::string> cells;
  };
  std::vector<Case> cases = {
      {"year", {"2019=1", "2020=1", "(no date)=1", "documents=3"}},
      {"area", {"Halton=2", "York=1", "(none)=1", "documents=3"}},
      {"region", {"North West=2", "Yorkshire and the Humber=1", "(none)=1", "documents=3"}},
      {"kind", {"jtai-letter=1", "inspection-report=2", "documents=3"}},
      {"finding-kind", {"strength=1", "area-for-improvement=1", "observation=1", "findings=3"}},
      {"polarity", {"positive=1", "mixed=1", "negative=1", "findings=3"}},
      {"theme", {"neglect=2", "timeliness=1", "(none)=1", "findings=3"}},
      {"agency", {"health=1", "police=1", "(none)=1", "findings=3"}},
      {"label", {"mine=1", "(none)=2", "findings=3"}},
      {"judgement", {"overall-effectiveness/good=1", "overall-effectiveness/inadequate=1", "leaders/good=1",
                     "judgements=3"}},
      {"year,finding-kind", {"2019/area-for-improvement=1", "2019/strength=1", "2020/observation=1", "findings=3"}},
      {"grade,kind", {"good/inspection-report=2", "inadequate/inspection-report=1", "judgements=3"}},
  };
  for (const auto& c : cases)
    SECTION(c.by) { CHECK(cells(c.by) == c.cells); }
}

TEST_CASE("write_crosstab writes Markdown, CSV and JSON", "[crosstab]") {
  CrossTabBuilder builder(parse_by("year,theme"));
  for (const auto& r : records()) builder.add(r);
  builder.table().folded = {{"T", "a.txt", {"a.pdf"}}};
  std::ostringstream md, csv, json;
  write_crosstab("markdown", md, builder.table());
  write_crosstab("csv", csv, builder.table());
  write_crosstab("json", json, builder.table());
  SECTION("markdown") {
    CHECK(md.str().rfind("# Findings by year and theme\n\n| year | neglect | timeliness | (none) | all |\n", 0) == 0);
    CHECK(md.str().find("| 2019 | 2 | 1 |  | 2 |\n") != std::string::npos);
    CHECK(md.str().find("| all | 2 | 1 | 1 | 3 |\n") != std::string::npos);
    CHECK(md.str().find("Same text, counted once: a.txt (kept) and a.pdf.") != std::string::npos);
  }
  SECTION("csv") {
    CHECK(csv.str() == "year,neglect,timeliness,(none),all\r\n2019,2,1,0,2\r\n2020,0,0,1,1\r\nall,2,1,1,3\r\n");
  }
  SECTION("json") {
    CHECK(json.str().find("\"by\": [\n    \"year\",\n    \"theme\"\n  ]") != std::string::npos);
    CHECK(json.str().find("\"kept\": \"a.txt\"") != std::string::npos);
  }
  CHECK_THROWS_AS(write_crosstab("xml", md, builder.table()), std::invalid_argument);
}
