// Corpus summaries: the digest of a record and counting it (writers in summary_write.cc).
#include "jtai/summary.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "jtai/export.h"
#include "text/text_util.h"

namespace jtai {

bool is_concern(FindingKind kind, Polarity polarity) {
  switch (kind) {
    case FindingKind::kAreaForImprovement:
    case FindingKind::kPriorityAction:
    case FindingKind::kConcern:
      return true;
    case FindingKind::kObservation:
      return polarity == Polarity::kNegative || polarity == Polarity::kMixed;
    default:
      return false;
  }
}

namespace {

const char* const kNone = "(none)";

// is_concern for the ids of a digest.
bool concern(const FindingDigest& f) {
  static const std::map<std::string, FindingKind> kinds = [] {
    std::map<std::string, FindingKind> m;
    for (auto k : {FindingKind::kStrength, FindingKind::kAreaForImprovement, FindingKind::kPriorityAction,
                   FindingKind::kPracticeStudy, FindingKind::kConcern, FindingKind::kRecommendation,
                   FindingKind::kObservation})
      m[to_string(k)] = k;
    return m;
  }();
  static const std::map<std::string, Polarity> polarities = [] {
    std::map<std::string, Polarity> m;
    for (auto p : {Polarity::kPositive, Polarity::kNegative, Polarity::kMixed, Polarity::kNeutral}) m[to_string(p)] = p;
    return m;
  }();
  auto k = kinds.find(f.kind);
  auto p = polarities.find(f.polarity);
  return k != kinds.end() && is_concern(k->second, p == polarities.end() ? Polarity::kNeutral : p->second);
}

// Keeps R's grades as its areas' latest of each judgement when R is dated later than the
// report they came from (an undated report only where no other grades the judgement).
void note_grades(Summary* s, const RecordDigest& r) {
  if (r.grades.empty()) return;
  for (const auto& g : r.grades) ++s->grades[g.judgement][g.grade];
  for (const auto& a : r.areas) {
    auto& latest = s->latest_grades[a];
    ++latest.reports;
    for (const auto& g : r.grades) {
      auto [it, added] = latest.judgements.try_emplace(g.judgement, Summary::LatestGrade{g.grade, r.date, r.path});
      if (!added && !r.date.empty() && (it->second.date.empty() || r.date > it->second.date))
        it->second = {g.grade, r.date, r.path};
    }
  }
}

std::vector<std::pair<std::string, long>> by_count(const std::map<std::string, long>& m) {
  std::vector<std::pair<std::string, long>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

}  // namespace

RecordDigest digest(const Record& r) {
  RecordDigest d;
  d.path = r.source.path;
  d.kind = to_string(r.document.kind);
  d.title = r.document.title.value_or("");
  d.date = document_date(r);
  for (const auto& a : r.document.areas) d.areas.push_back(a.name);
  for (const auto& f : r.findings) d.findings.push_back({to_string(f.kind), f.themes, f.agencies, to_string(f.polarity)});
  for (const auto& j : r.document.judgements) d.grades.push_back({j.id, j.grade});
  return d;
}

RecordDigest digest_from_json(const nlohmann::json& j) {
  if (!j.is_object() || j.value("schema", "") != kSchemaId || !j.contains("source") || !j.contains("document"))
    throw std::invalid_argument(fmt::format("not a {} record", kSchemaId));
  RecordDigest d;
  auto str = [](const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : std::string(); };
  d.path = str(j["source"].value("path", nlohmann::json()));
  const auto& doc = j["document"];
  d.kind = str(doc.value("kind", nlohmann::json()));
  d.title = str(doc.value("title", nlohmann::json()));
  d.date = str(doc.value("date", nlohmann::json()));
  if (d.date.empty() && doc.value("fieldwork", nlohmann::json()).is_object())
    d.date = str(doc["fieldwork"].value("end", nlohmann::json()));
  for (const auto& a : doc.value("areas", nlohmann::json::array()))
    if (a.is_object()) d.areas.push_back(str(a.value("name", nlohmann::json())));
  for (const auto& f : j.value("findings", nlohmann::json::array())) {
    FindingDigest fd;
    fd.kind = str(f.value("kind", nlohmann::json()));
    for (const auto& t : f.value("themes", nlohmann::json::array())) fd.themes.push_back(str(t));
    for (const auto& a : f.value("agencies", nlohmann::json::array())) fd.agencies.push_back(str(a));
    if (auto p = str(f.value("polarity", nlohmann::json())); !p.empty()) fd.polarity = p;
    d.findings.push_back(std::move(fd));
  }
  for (const auto& g : doc.value("judgements", nlohmann::json::array()))
    if (g.is_object()) d.grades.push_back({str(g.value("id", nlohmann::json())), str(g.value("grade", nlohmann::json()))});
  return d;
}

void add_to_summary(Summary* s, const RecordDigest& r) {
  ++s->documents;
  ++s->documents_by_kind[r.kind];
  std::string year = r.date.size() >= 4 ? r.date.substr(0, 4) : "(no date)";
  std::vector<std::string> areas = r.areas.empty() ? std::vector<std::string>{kNone} : r.areas;
  ++s->per_year[year]["documents"];
  for (const auto& a : areas) ++s->per_area[a]["documents"];
  Summary::Digest dg{r.path, r.kind, r.date, r.title, join(r.areas, ", "), {}, {}};
  std::map<std::string, long> themes;
  for (const auto& f : r.findings) {
    ++s->findings;
    ++s->findings_by_kind[f.kind];
    s->concerns += concern(f);
    ++dg.counts[f.kind];
    ++s->per_year[year]["findings"];
    ++s->per_year[year][f.kind];
    for (const auto& a : areas) {
      ++s->per_area[a]["findings"];
      ++s->per_area[a][f.kind];
    }
    const std::vector<std::string> none = {kNone};
    const auto& ts = f.themes.empty() ? none : f.themes;
    const auto& as = f.agencies.empty() ? none : f.agencies;
    for (const auto& t : ts) {
      ++s->kind_theme[t][f.kind];
      if (!f.themes.empty()) ++themes[t];
      if (concern(f) && !f.themes.empty()) ++s->concern_themes[t];
      for (const auto& a : as) ++s->theme_agency[t][a];
    }
    for (const auto& a : as) ++s->kind_agency[a][f.kind];
  }
  for (const auto& [t, n] : by_count(themes)) {
    if (dg.top_themes.size() == 3) break;
    dg.top_themes.push_back(t);
  }
  note_grades(s, r);
  s->digests.push_back(std::move(dg));
}

}  // namespace jtai
