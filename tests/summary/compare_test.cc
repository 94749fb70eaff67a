// Comparisons and timelines: judgements side by side, concern themes persisting, not
// raised again and new, an area's documents in date order with the themes they share.
#include <catch2/catch.hpp>

#include <sstream>

#include "jtai/compare.h"
#include "jtai/timeline.h"
#include "summary/records_util.h"

namespace {

using namespace jtai;
using jtai::test::finding;

Record old_letter() {
  Record r = jtai::test::record(
      "old.txt", DocumentKind::kInspectionReport, "2019-03-01", {jtai::test::halton()},
      {finding("F1", FindingKind::kAreaForImprovement, Polarity::kNegative, {"neglect", "timeliness"}),
       finding("F2", FindingKind::kObservation, Polarity::kMixed, {"assessment"}),
       finding("F3", FindingKind::kStrength, Polarity::kPositive, {"leadership"})});
  r.document.judgements = {{"leaders", "", "requires-improvement", "", {}}, {"in-care", "", "good", "", {}}};
  return r;
}

Record new_letter() {
  Record r = jtai::test::record(
      "new.txt", DocumentKind::kInspectionReport, "2024-05-01", {jtai::test::halton()},
      {finding("F1", FindingKind::kObservation, Polarity::kNegative, {"neglect"}),
       finding("F2", FindingKind::kObservation, Polarity::kPositive, {"assessment"}),
       finding("F3", FindingKind::kPriorityAction, Polarity::kNeutral, {"leadership"})});
  r.document.judgements = {{"leaders", "", "good", "", {}}, {"in-care", "", "good", "", {}}};
  return r;
}

std::vector<std::string> themes(const std::vector<ThemeChange>& v) {
  std::vector<std::string> out;
  for (const auto& t : v) out.push_back(t.theme);
  return out;
}

}  // namespace

TEST_CASE("compare sorts concern themes and lists judgements", "[compare]") {
  Comparison c = compare(old_letter(), new_letter());
  CHECK(c.shared_areas == std::vector<std::string>{"Halton"});
  REQUIRE(c.judgements.size() == 2);
  CHECK(c.judgements[0].id == "leaders");
  CHECK(c.judgements[0].old_grade == "requires-improvement");
  CHECK(c.judgements[0].changed());
  CHECK_FALSE(c.judgements[1].changed());
  CHECK(themes(c.persisting) == std::vector<std::string>{"neglect"});
  CHECK(themes(c.not_raised_again) == std::vector<std::string>{"assessment", "timeliness"});
  CHECK(themes(c.new_themes) == std::vector<std::string>{"leadership"});
  REQUIRE(c.persisting[0].old_findings.size() == 1);
  CHECK(c.persisting[0].old_findings[0].id == "F1");
  CHECK(c.persisting[0].new_findings[0].kind == "observation");
  std::ostringstream md;
  write_comparison("markdown", md, c);
  CHECK(md.str().find("| leaders | requires-improvement | good | yes |") != std::string::npos);
  CHECK(md.str().find("## Concerns persisting: raised in old and again in new (1)\n\n- **neglect**\n"
                      "  - old F1 (area-for-improvement): Finding F1 text.\n") != std::string::npos);
}

TEST_CASE("short_text cuts at a word", "[compare]") {
  CHECK(short_text("short", 10) == "short");
  CHECK(short_text("one two three", 8) == "one two...");
  CHECK(short_text("abcdefghij", 4) == "abcd...");
}

TEST_CASE("TimelineBuilder orders an area's documents and finds persisting themes", "[timeline]") {
  TimelineBuilder b("e06000006");
  CHECK(b.add(new_letter()));
  Record news = jtai::test::record("news.txt", DocumentKind::kNewsArticle, "2020-01-01", {jtai::test::halton()},
                                   {finding("F1", FindingKind::kConcern, Polarity::kNegative, {"neglect"})});
  CHECK(b.add(news));
  CHECK(b.add(old_letter()));
  Record copy = old_letter();
  copy.source.path = "old.pdf";
  copy.source.text_sha256 = "old.txt";  // the same text as old.txt's bytes
  CHECK(b.add(copy));
  CHECK_FALSE(b.add(jtai::test::record("y.txt", DocumentKind::kJtaiLetter, "2021-01-01", {jtai::test::york()}, {})));
  Timeline t = b.finish();
  CHECK(t.area == "Halton");
  REQUIRE(t.entries.size() == 3);
  CHECK(t.entries[0].path == "old.txt");
  CHECK(t.entries[0].same_text == std::vector<std::string>{"old.pdf"});
  CHECK(t.entries[1].path == "news.txt");
  CHECK(t.entries[0].concern_themes == std::map<std::string, long>{{"assessment", 1}, {"neglect", 1}, {"timeliness", 1}});
  REQUIRE(t.persisting.size() == 1);  // the news article is not an inspection
  CHECK(t.persisting[0].from == 0);
  CHECK(t.persisting[0].to == 2);
  CHECK(t.persisting[0].themes == std::vector<std::string>{"neglect"});
  CHECK(t.recurring == std::map<std::string, std::vector<std::size_t>>{{"neglect", {0, 2}}});
  std::ostringstream md;
  write_timeline("markdown", md, t);
  CHECK(md.str().rfind("# Timeline of Halton: 3 documents, 2 inspections\n", 0) == 0);
  CHECK(md.str().find("- 2019-03-01 inspection-report → 2024-05-01 inspection-report: neglect\n") != std::string::npos);
}
