// Report: folding documents of one text, the counts of the charts, the areas, and the
// page's JSON and HTML made safe against what documents say.
#include <catch2/catch.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "jtai/report.h"

namespace {

using jtai::FindingKind;
using jtai::Polarity;

jtai::Finding finding(std::string id, FindingKind kind, Polarity polarity, std::vector<std::string> themes,
                      std::string text = "text") {
  jtai::Finding f;
  f.id = std::move(id);
  f.kind = kind;
  f.polarity = polarity;
  f.themes = std::move(themes);
  f.text = std::move(text);
  return f;
}

jtai::Record record(std::string path, std::string sha, std::optional<std::string> date, std::vector<jtai::Area> areas,
                    std::vector<jtai::Finding> findings) {
  jtai::Record r;
  r.source.path = std::move(path);
  r.source.sha256 = std::move(sha);
  r.document.kind = jtai::DocumentKind::kJtaiLetter;
  r.document.title = "Title of " + r.source.path;
  r.document.date = std::move(date);
  r.document.areas = std::move(areas);
  r.findings = std::move(findings);
  return r;
}

jtai::Record york(std::string path) {
  return record(std::move(path), "s1", "2019-05-01", {{"York", "E06000014"}},
                {finding("f1", FindingKind::kAreaForImprovement, Polarity::kNegative, {"timeliness", "assessment"}),
                 finding("f2", FindingKind::kStrength, Polarity::kPositive, {"voice-of-the-child"}),
                 finding("f3", FindingKind::kObservation, Polarity::kNegative, {"timeliness"}),
                 finding("f4", FindingKind::kObservation, Polarity::kPositive, {"assessment"})});
}

// York twice (a PDF whose text is the .txt), Leeds graded in 2021 (dated by its fieldwork
// only, as graded reports are), and an undated news item.
jtai::Report three_documents() {
  jtai::ReportBuilder b;
  b.add(york("b/york.txt"));
  auto pdf = york("a/york.pdf");
  pdf.source.sha256 = "pdf-bytes";
  pdf.source.text_sha256 = "s1";
  b.add(pdf);
  auto leeds = record("c.txt", "s2", std::nullopt, {{"Leeds", std::nullopt}},
                      {finding("f1", FindingKind::kConcern, Polarity::kNegative, {"neglect"}),
                       finding("f2", FindingKind::kRecommendation, Polarity::kNeutral, {"neglect"})});
  leeds.document.kind = jtai::DocumentKind::kInspectionReport;
  leeds.document.fieldwork = jtai::DateRange{"2021-02-22", "2021-03-02"};
  leeds.document.judgements = {{"leaders", "", "requires-improvement", "", {}},
                               {"overall-effectiveness", "", "good", "", {}}};
  b.add(leeds);
  b.add(record("d.txt", "s3", std::nullopt, {},
               {finding("f1", FindingKind::kPriorityAction, Polarity::kNegative, {"timeliness"})}));
  return b.build();
}

}  // namespace

TEST_CASE("ReportBuilder folds, orders and counts by input", "[report]") {
  jtai::Report r = three_documents();
  SECTION("one document per text, the smallest path kept, by date then undated") {
    REQUIRE(r.documents.size() == 3);
    CHECK(r.documents[0].path == "a/york.pdf");
    CHECK(r.documents[0].duplicates == std::vector<std::string>{"b/york.txt"});
    CHECK(r.documents[1].path == "c.txt");
    CHECK(r.documents[2].path == "d.txt");
    CHECK(r.documents[1].kind == "inspection-report");
    CHECK(r.documents[1].date == "2021-03-02");
  }
  SECTION("findings document by document, with concerns as is_concern says") {
    REQUIRE(r.findings.size() == 7);
    CHECK(r.documents[0].first_finding == 0);
    CHECK(r.documents[0].findings == 4);
    CHECK(r.documents[0].concerns == 2);
    CHECK(r.documents[1].first_finding == 4);
    CHECK(r.documents[1].concerns == 1);
    CHECK(r.documents[2].first_finding == 6);
    CHECK(r.findings[6].document == 2);
    CHECK(r.findings[6].kind == "priority-action");
    CHECK(r.findings[6].concern);
  }
  SECTION("concern themes, most raised first, ties by id") {
    CHECK(r.concern_themes.labels == std::vector<std::string>{"timeliness", "assessment", "neglect"});
    REQUIRE(r.concern_themes.series.size() == 1);
    CHECK(r.concern_themes.series[0].values == std::vector<long>{3, 1, 1});
    CHECK(r.concern_themes.points() == 3);
  }
  SECTION("themes by year of the concerns, undated apart") {
    CHECK(r.themes_by_year.labels == std::vector<std::string>{"2019", "2021"});
    REQUIRE(r.themes_by_year.series.size() == 3);
    CHECK(r.themes_by_year.series[0].id == "timeliness");
    CHECK(r.themes_by_year.series[0].values == std::vector<long>{2, 0});
    CHECK(r.themes_by_year.series[1].values == std::vector<long>{1, 0});
    CHECK(r.themes_by_year.series[2].values == std::vector<long>{0, 1});
    CHECK(r.undated_concerns == 1);
  }
  SECTION("grades by judgement in the order of data/report/labels.tsv") {
    CHECK(r.grades_by_judgement.labels == std::vector<std::string>{"Overall effectiveness", "Impact of leaders"});
    REQUIRE(r.grades_by_judgement.series.size() == 2);
    CHECK(r.grades_by_judgement.series[0].id == "good");
    CHECK(r.grades_by_judgement.series[0].label == "Good");
    CHECK(r.grades_by_judgement.series[0].values == std::vector<long>{1, 0});
    CHECK(r.grades_by_judgement.series[1].values == std::vector<long>{0, 1});
  }
  SECTION("areas by name, documents about none last") {
    REQUIRE(r.areas.size() == 3);
    CHECK(r.areas[0].name == "Leeds");
    CHECK(r.areas[0].code.empty());
    CHECK(r.areas[0].documents == std::vector<std::size_t>{1});
    CHECK(r.areas[1].name == "York");
    CHECK(r.areas[1].code == "E06000014");
    CHECK(r.areas[2].name.empty());
    CHECK(r.areas[2].documents == std::vector<std::size_t>{2});
  }
}

TEST_CASE("themes by year: eight themes, the others summed", "[report]") {
  std::vector<jtai::Finding> findings;
  // Theme t0 raised ten times, t1 nine times, ... t9 once.
  for (int t = 0; t < 10; ++t)
    for (int k = 0; k < 10 - t; ++k)
      findings.push_back(finding("f", FindingKind::kConcern, Polarity::kNegative, {"t" + std::to_string(t)}));
  jtai::ReportBuilder b;
  b.add(record("x.txt", "s", "2020-01-01", {}, findings));
  jtai::Report r = b.build();
  REQUIRE(r.themes_by_year.series.size() == 9);
  CHECK(r.themes_by_year.series[7].id == "t7");
  CHECK(r.themes_by_year.series[7].values == std::vector<long>{3});
  CHECK(r.themes_by_year.series[8].id == "other");
  CHECK(r.themes_by_year.series[8].values == std::vector<long>{2 + 1});
  CHECK(r.themes_by_year.points() == 9);
}

TEST_CASE("script_safe_json by input", "[report]") {
  SECTION("a closing script tag, a comment opener and an ampersand") {
    nlohmann::ordered_json j = {{"t", "</script><!-- a&b"}};
    CHECK(jtai::script_safe_json(j) == R"({"t":"\u003c/script\u003e\u003c!-- a\u0026b"})");
  }
  SECTION("line and paragraph separators") {
    nlohmann::ordered_json j = {{"t", "a\u2028b\u2029c é"}};
    CHECK(jtai::script_safe_json(j) == "{\"t\":\"a\\u2028b\\u2029c \xC3\xA9\"}");
  }
  SECTION("invalid UTF-8 becomes U+FFFD") {
    nlohmann::ordered_json j = {{"t", std::string("a\xFF")}};
    CHECK(jtai::script_safe_json(j) == "{\"t\":\"a\xEF\xBF\xBD\"}");
  }
}

TEST_CASE("report_json counts and rows", "[report]") {
  auto j = jtai::report_json(three_documents(), "T");
  CHECK(j["counts"].dump() ==
        R"({"documents":3,"findings":7,"concerns":4,"folded":1,"undated_concerns":1})");
  CHECK(j["findings"][4].dump() == R"([1,"f1","concern","negative",1,"",["neglect"],"text"])");
  CHECK(j["documents"][1]["grades"].dump() == R"([["leaders","requires-improvement"],["overall-effectiveness","good"]])");
  CHECK(j["areas"][2].dump() == R"({"name":"","code":"","documents":[2]})");
}

TEST_CASE("write_report_html keeps hostile text inside the data", "[report]") {
  jtai::ReportBuilder b;
  b.add(record("</script><script>alert(1)</script>.txt", "s", "2020-01-01", {{"<b>Area</b>", std::nullopt}},
               {finding("f1", FindingKind::kConcern, Polarity::kNegative, {"x"}, "</SCRIPT><img src=x onerror=alert(2)>")}));
  std::ostringstream out;
  jtai::write_report_html(out, b.build(), "A <b>\"title\"</b> & 'more'");
  std::string page = out.str();
  auto count = [&](const std::string& s) {
    std::size_t n = 0;
    for (auto at = page.find(s); at != std::string::npos; at = page.find(s, at + 1)) ++n;
    return n;
  };
  SECTION("the title is escaped") {
    CHECK(page.find("<title>A &lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; &#39;more&#39;</title>") != std::string::npos);
  }
  SECTION("only the template's three scripts close, and no document markup is left") {
    CHECK(count("</script>") == 3);
    CHECK(count("</SCRIPT>") == 0);
    CHECK(count("<img") == 0);
    CHECK(count("<b>") == 0);
    // the path, and the title made of it
    CHECK(count("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)") == 2);
  }
  SECTION("every placeholder filled, Chart.js inside, no address to load") {
    CHECK(count("@JTAI_") == 0);
    CHECK(count("Chart.js v") == 1);
    CHECK(count(" src=\"") == 0);
    CHECK(count(" href=\"http") == 0);
  }
}
