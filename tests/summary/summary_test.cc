// Summary: counting findings by kind, theme, agency, area and year; reading records back.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "jtai/summary.h"

namespace {

jtai::RecordDigest doc(std::string path, std::string date, std::vector<std::string> areas,
                       std::vector<jtai::FindingDigest> findings) {
  return {std::move(path), "jtai-letter", "T", std::move(date), std::move(areas), std::move(findings), {}};
}

}  // namespace

TEST_CASE("add_to_summary counts by input", "[summary]") {
  jtai::Summary s;
  jtai::add_to_summary(&s, doc("a.txt", "2018-11-09", {"York"},
                               {{"strength", {"voice-of-the-child"}, {"police"}},
                                {"area-for-improvement", {"timeliness", "assessment"}, {"health", "police"}},
                                {"area-for-improvement", {"timeliness"}, {}}}));
  jtai::add_to_summary(&s, doc("b.txt", "", {}, {{"observation", {}, {"police"}}}));
  SECTION("totals") {
    CHECK(s.documents == 2);
    CHECK(s.findings == 4);
    CHECK(s.findings_by_kind == std::map<std::string, long>{{"area-for-improvement", 2}, {"observation", 1}, {"strength", 1}});
  }
  SECTION("kind by theme, with (none)") {
    CHECK(s.kind_theme["timeliness"] == std::map<std::string, long>{{"area-for-improvement", 2}});
    CHECK(s.kind_theme["(none)"] == std::map<std::string, long>{{"observation", 1}});
  }
  SECTION("theme by agency") {
    CHECK(s.theme_agency["timeliness"] == std::map<std::string, long>{{"(none)", 1}, {"health", 1}, {"police", 1}});
  }
  SECTION("concern themes") {
    CHECK(s.concerns == 2);
    CHECK(s.concern_themes == std::map<std::string, long>{{"assessment", 1}, {"timeliness", 2}});
  }
  SECTION("per area and year") {
    CHECK(s.per_area["York"] == std::map<std::string, long>{
                                    {"area-for-improvement", 2}, {"documents", 1}, {"findings", 3}, {"strength", 1}});
    CHECK(s.per_year["(no date)"] == std::map<std::string, long>{{"documents", 1}, {"findings", 1}, {"observation", 1}});
  }
  SECTION("digests") {
    REQUIRE(s.digests.size() == 2);
    CHECK(s.digests[0].top_themes == std::vector<std::string>{"timeliness", "assessment", "voice-of-the-child"});
    CHECK(s.digests[1].areas.empty());
  }
}

TEST_CASE("add_to_summary counts concerns by is_concern, grades and each area's latest grades", "[summary]") {
  jtai::Summary s;
  auto graded = [](std::string path, std::string date, std::string grade) {
    auto d = doc(std::move(path), std::move(date), {"Halton"},
                 {{"observation", {"neglect"}, {}, "mixed"}, {"observation", {"leadership"}, {}, "positive"}});
    d.kind = "inspection-report";
    d.grades = {{"overall-effectiveness", grade}, {"leaders", "good"}};
    return d;
  };
  jtai::add_to_summary(&s, graded("new.txt", "2024-01-01", "good"));
  jtai::add_to_summary(&s, graded("old.txt", "2020-01-01", "requires-improvement"));
  jtai::add_to_summary(&s, graded("undated.txt", "", "inadequate"));
  CHECK(s.concerns == 3);
  CHECK(s.concern_themes == std::map<std::string, long>{{"neglect", 3}});
  CHECK(s.grades["overall-effectiveness"] ==
        std::map<std::string, long>{{"good", 1}, {"inadequate", 1}, {"requires-improvement", 1}});
  CHECK(s.grades["leaders"] == std::map<std::string, long>{{"good", 3}});
  jtai::add_to_summary(&s, [&] {
    auto send = graded("send.txt", "2023-06-01", "");
    send.grades = {{"send-outcome", "inconsistent"}};
    return send;
  }());
  const auto& latest = s.latest_grades.at("Halton");
  CHECK(latest.reports == 4);
  CHECK(latest.judgements.at("overall-effectiveness").path == "new.txt");
  CHECK(latest.judgements.at("overall-effectiveness").grade == "good");
  CHECK(latest.judgements.at("send-outcome").date == "2023-06-01");
  std::ostringstream md;
  jtai::write_summary_markdown(md, s);
  CHECK(md.str().find("## Themes most often raised as concerns") != std::string::npos);
  CHECK(md.str().find("| Halton | 4 | good (2024-01-01) | good (2024-01-01) | inconsistent (2023-06-01) |") !=
        std::string::npos);
}

TEST_CASE("digest_from_json reads jtai records and refuses other JSON", "[summary]") {
  auto rec = nlohmann::json::parse(R"({"schema":"jtai.analysis/1","source":{"path":"x.txt"},
    "document":{"kind":"jtai-letter","title":null,"date":"2020-01-02","areas":[{"name":"York","code":"E06000014"}]},
    "findings":[{"kind":"strength","themes":["neglect"],"agencies":[]}]})");
  auto d = jtai::digest_from_json(rec);
  CHECK(d.path == "x.txt");
  CHECK(d.title.empty());
  CHECK(d.areas == std::vector<std::string>{"York"});
  REQUIRE(d.findings.size() == 1);
  CHECK(d.findings[0].themes == std::vector<std::string>{"neglect"});
  CHECK_THROWS_AS(jtai::digest_from_json(nlohmann::json::parse(R"({"file":"gold.txt"})")), std::invalid_argument);
}

TEST_CASE("summary CSV is tidy: table,row,column,value", "[summary]") {
  jtai::Summary s;
  jtai::add_to_summary(&s, doc("a, b.txt", "2019-01-01", {"York"}, {{"strength", {"neglect"}, {}}}));
  std::ostringstream out;
  jtai::write_summary_csv(out, s);
  std::string csv = out.str();
  CHECK(csv.rfind("table,row,column,value\r\ntotal,documents,,1\r\ntotal,findings,,1\r\n", 0) == 0);
  CHECK(csv.find("kind_by_theme,neglect,strength,1\r\n") != std::string::npos);
  CHECK(csv.find("document,\"a, b.txt\",kind,jtai-letter\r\n") != std::string::npos);
}

TEST_CASE("write_summary writes each listed format", "[summary]") {
  jtai::Summary s;
  jtai::add_to_summary(&s, doc("a.txt", "2019-01-01", {"York"}, {{"strength", {"neglect"}, {}}}));
  CHECK(jtai::summary_formats() == std::vector<std::string>{"markdown", "json", "csv"});
  const std::vector<std::pair<std::string, void (*)(std::ostream&, const jtai::Summary&)>> cases = {
      {"markdown", jtai::write_summary_markdown}, {"json", jtai::write_summary_json}, {"csv", jtai::write_summary_csv}};
  for (const auto& [name, write] : cases) {
    SECTION(name) {
      std::ostringstream by_name, direct;
      jtai::write_summary(name, by_name, s);
      write(direct, s);
      CHECK(by_name.str() == direct.str());
    }
  }
  std::ostringstream out;
  CHECK_THROWS_AS(jtai::write_summary("jsonl", out, s), std::invalid_argument);
}

TEST_CASE("is_concern by kind and polarity", "[summary]") {
  using jtai::FindingKind;
  using jtai::Polarity;
  struct Case {
    FindingKind kind;
    Polarity polarity;
    bool concern;
  };
  const Case cases[] = {
      {FindingKind::kAreaForImprovement, Polarity::kNeutral, true},
      {FindingKind::kPriorityAction, Polarity::kNegative, true},
      {FindingKind::kConcern, Polarity::kNegative, true},
      {FindingKind::kObservation, Polarity::kNegative, true},
      {FindingKind::kObservation, Polarity::kMixed, true},
      {FindingKind::kObservation, Polarity::kPositive, false},
      {FindingKind::kObservation, Polarity::kNeutral, false},
      {FindingKind::kStrength, Polarity::kPositive, false},
      {FindingKind::kPracticeStudy, Polarity::kMixed, false},
      {FindingKind::kRecommendation, Polarity::kNeutral, false},
  };
  for (const auto& c : cases) {
    INFO(jtai::to_string(c.kind) << " " << jtai::to_string(c.polarity));
    CHECK(jtai::is_concern(c.kind, c.polarity) == c.concern);
  }
}
