// Record filters: each field, OR within a field, AND across fields, dates, duplicates.
#include <catch2/catch.hpp>

#include "jtai/filter.h"
#include "summary/records_util.h"

namespace {

using namespace jtai;
using jtai::test::finding;

Record sample() {
  return jtai::test::record(
      "h.txt", DocumentKind::kJtaiLetter, "2019-06-10", {jtai::test::halton()},
      {finding("F1", FindingKind::kStrength, Polarity::kPositive, {"voice-of-the-child"}, {"police"}),
       finding("F2", FindingKind::kAreaForImprovement, Polarity::kNegative, {"timeliness"}, {"health"}, {"county-lines"}),
       finding("F3", FindingKind::kObservation, Polarity::kMixed, {"neglect"}, {}),
       finding("F4", FindingKind::kObservation, Polarity::kPositive, {}, {})});
}

// A filter with the fields SET sets.
template <typename Set>
RecordFilter F(Set set) {
  RecordFilter f;
  set(f);
  return f;
}

std::vector<std::string> kept_ids(const RecordFilter& f) {
  Record r = sample();
  std::vector<std::string> out;
  if (!apply_filter(f, &r)) return {"(dropped)"};
  for (const auto& x : r.findings) out.push_back(x.id);
  return out;
}

}  // namespace

TEST_CASE("apply_filter keeps matching documents and findings", "[filter]") {
  const std::vector<std::string> all = {"F1", "F2", "F3", "F4"};
  struct Case {
    const char* name;
    RecordFilter filter;
    std::vector<std::string> kept;
  };
  std::vector<Case> cases = {
      {"no filter", {}, all},
      {"kind jtai-letter", F([](RecordFilter& f) { f.kinds = {"jtai-letter"}; }), all},
      {"kind news-article or inspection-report", F([](RecordFilter& f) { f.kinds = {"news-article", "inspection-report"}; }), {"(dropped)"}},
      {"area by name, any case", F([](RecordFilter& f) { f.areas = {"HALTON"}; }), all},
      {"area by ONS code", F([](RecordFilter& f) { f.areas = {"e06000006"}; }), all},
      {"area York", F([](RecordFilter& f) { f.areas = {"York"}; }), {"(dropped)"}},
      {"since a year", F([](RecordFilter& f) { f.since = "2019"; }), all},
      {"since a later day", F([](RecordFilter& f) { f.since = "2019-06-11"; }), {"(dropped)"}},
      {"until a year covers it", F([](RecordFilter& f) { f.until = "2019"; }), all},
      {"until a month covers it", F([](RecordFilter& f) { f.until = "2019-06"; }), all},
      {"until an earlier month", F([](RecordFilter& f) { f.until = "2019-05"; }), {"(dropped)"}},
      {"finding kind", F([](RecordFilter& f) { f.finding_kinds = {"observation"}; }), {"F3", "F4"}},
      {"polarity negative or mixed", F([](RecordFilter& f) { f.polarities = {"negative", "mixed"}; }), {"F2", "F3"}},
      {"theme", F([](RecordFilter& f) { f.themes = {"neglect", "timeliness"}; }), {"F2", "F3"}},
      {"agency", F([](RecordFilter& f) { f.agencies = {"police"}; }), {"F1"}},
      {"custom label", F([](RecordFilter& f) { f.labels = {"county-lines"}; }), {"F2"}},
      {"label in theme: form", F([](RecordFilter& f) { f.labels = {"theme:neglect"}; }), {"F3"}},
      {"concerns", F([](RecordFilter& f) { f.concerns = true; }), {"F2", "F3"}},
      {"concerns and agency (AND)", F([](RecordFilter& f) { f.agencies = {"health"}; f.concerns = true; }), {"F2"}},
      {"no finding left drops the document", F([](RecordFilter& f) { f.themes = {"exploitation"}; }), {"(dropped)"}},
  };
  for (const auto& c : cases)
    SECTION(c.name) { CHECK(kept_ids(c.filter) == c.kept); }
}

TEST_CASE("undated documents fail date filters", "[filter]") {
  Record r = jtai::test::record("u.txt", DocumentKind::kNewsArticle, "", {}, {});
  CHECK(document_matches({}, r));
  CHECK_FALSE(document_matches(F([](RecordFilter& f) { f.since = "2000"; }), r));
  CHECK_FALSE(document_matches(F([](RecordFilter& f) { f.until = "2030"; }), r));
}

TEST_CASE("validate refuses unknown ids and dates", "[filter]") {
  CHECK_NOTHROW(validate(F([](RecordFilter& f) { f.kinds = {"inspection-report"}; f.since = "2020-01"; f.until = "2024-12-31"; })));
  SECTION("kind") { CHECK_THROWS_WITH(validate(F([](RecordFilter& f) { f.kinds = {"letter"}; })), Catch::Contains("--kind 'letter'")); }
  SECTION("finding kind") { CHECK_THROWS_AS(validate(F([](RecordFilter& f) { f.finding_kinds = {"afi"}; })), std::invalid_argument); }
  SECTION("polarity") { CHECK_THROWS_AS(validate(F([](RecordFilter& f) { f.polarities = {"bad"}; })), std::invalid_argument); }
  SECTION("date") { CHECK_THROWS_WITH(validate(F([](RecordFilter& f) { f.since = "2020/01"; })), Catch::Contains("--since '2020/01'")); }
}

TEST_CASE("describe names every field set", "[filter]") {
  CHECK(describe({}) == "");
  CHECK(describe(F([](RecordFilter& f) { f.kinds = {"jtai-letter", "inspection-report"}; f.since = "2020"; f.concerns = true; })) ==
        "concerns; kind jtai-letter or inspection-report; since 2020");
}

TEST_CASE("DuplicateFolder counts each text once", "[filter]") {
  DuplicateFolder folder;
  Record txt = jtai::test::record("a.txt", DocumentKind::kJtaiLetter, "", {}, {}, "T");
  Record pdf = jtai::test::record("a.pdf", DocumentKind::kJtaiLetter, "", {}, {}, "P");
  pdf.source.text_sha256 = "T";
  Record other = jtai::test::record("b.txt", DocumentKind::kJtaiLetter, "", {}, {}, "B");
  CHECK(folder.first(txt));
  CHECK_FALSE(folder.first(pdf));
  CHECK(folder.first(other));
  auto folded = folder.folded();
  REQUIRE(folded.size() == 1);
  CHECK(folded[0].kept == "a.txt");
  CHECK(folded[0].folded == std::vector<std::string>{"a.pdf"});
}
