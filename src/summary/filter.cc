// Record filters (filter.h): document fields, then finding fields, each field an OR of
// its values.
#include "jtai/filter.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <fmt/format.h>

#include "jtai/summary.h"
#include "text/text_util.h"

namespace jtai {
namespace {

constexpr std::array kDocumentKinds{DocumentKind::kJtaiLetter, DocumentKind::kThematicReport, DocumentKind::kNewsArticle,
                                    DocumentKind::kInspectionReport, DocumentKind::kUnknown};
constexpr std::array kFindingKinds{FindingKind::kStrength,      FindingKind::kAreaForImprovement,
                                   FindingKind::kPriorityAction, FindingKind::kPracticeStudy,
                                   FindingKind::kConcern,        FindingKind::kRecommendation,
                                   FindingKind::kObservation};
constexpr std::array kPolarities{Polarity::kPositive, Polarity::kNegative, Polarity::kMixed, Polarity::kNeutral};

bool any_of(const std::vector<std::string>& wanted, const std::string& value) {
  return std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

bool any_in(const std::vector<std::string>& wanted, const std::vector<std::string>& values) {
  for (const auto& v : values)
    if (any_of(wanted, v)) return true;
  return false;
}

template <typename E, std::size_t N>
void check_ids(const char* option, const std::vector<std::string>& values, const std::array<E, N>& known) {
  for (const auto& v : values) {
    bool ok = false;
    std::vector<std::string> names;
    for (E e : known) {
      names.emplace_back(to_string(e));
      ok = ok || v == to_string(e);
    }
    if (!ok) throw std::invalid_argument(fmt::format("{} '{}' is not one of {}", option, v, join(names, ", ")));
  }
}

bool digits(const std::string& s, std::size_t from, std::size_t n) {
  for (std::size_t i = from; i < from + n; ++i)
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
  return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD.
bool iso_prefix(const std::string& s) {
  if (s.size() == 4) return digits(s, 0, 4);
  if (s.size() == 7) return digits(s, 0, 4) && s[4] == '-' && digits(s, 5, 2);
  return s.size() == 10 && digits(s, 0, 4) && s[4] == '-' && digits(s, 5, 2) && s[7] == '-' && digits(s, 8, 2);
}

// The last date a prefix covers, as a string that compares after every date in it.
std::string period_end(const std::string& s) {
  if (s.size() == 4) return s + "-12-31";
  if (s.size() == 7) return s + "-31";
  return s;
}

}  // namespace

bool RecordFilter::has_finding_filter() const {
  return !finding_kinds.empty() || !polarities.empty() || !themes.empty() || !agencies.empty() || !labels.empty() ||
         concerns;
}

bool RecordFilter::empty() const {
  return kinds.empty() && areas.empty() && since.empty() && until.empty() && !has_finding_filter();
}

void validate(const RecordFilter& f) {
  check_ids("--kind", f.kinds, kDocumentKinds);
  check_ids("--finding-kind", f.finding_kinds, kFindingKinds);
  check_ids("--polarity", f.polarities, kPolarities);
  for (const auto& [option, value] : {std::pair{"--since", &f.since}, std::pair{"--until", &f.until}})
    if (!value->empty() && !iso_prefix(*value))
      throw std::invalid_argument(fmt::format("{} '{}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", option, *value));
}

std::string document_date(const Record& r) {
  if (r.document.date) return *r.document.date;
  return r.document.fieldwork ? r.document.fieldwork->end : std::string();
}

bool area_matches(const Area& area, const std::string& query) {
  std::string q = ascii_lower(query);
  return ascii_lower(area.name) == q || (area.code && ascii_lower(*area.code) == q);
}

bool document_matches(const RecordFilter& f, const Record& r) {
  const auto& d = r.document;
  if (!f.kinds.empty() && !any_of(f.kinds, to_string(d.kind))) return false;
  if (!f.areas.empty()) {
    bool found = false;
    for (const auto& a : d.areas)
      for (const auto& q : f.areas) found = found || area_matches(a, q);
    if (!found) return false;
  }
  std::string date = document_date(r);
  if (!f.since.empty() && (date.empty() || date < f.since)) return false;
  if (!f.until.empty() && (date.empty() || date > period_end(f.until))) return false;
  return true;
}

bool finding_matches(const RecordFilter& f, const Finding& x) {
  if (!f.finding_kinds.empty() && !any_of(f.finding_kinds, to_string(x.kind))) return false;
  if (!f.polarities.empty() && !any_of(f.polarities, to_string(x.polarity))) return false;
  if (!f.themes.empty() && !any_in(f.themes, x.themes)) return false;
  if (!f.agencies.empty() && !any_in(f.agencies, x.agencies)) return false;
  if (!f.labels.empty()) {
    bool found = any_in(f.labels, x.labels);
    for (const auto& t : x.themes) found = found || any_of(f.labels, "theme:" + t);
    for (const auto& a : x.agencies) found = found || any_of(f.labels, "agency:" + a);
    if (!found) return false;
  }
  return !f.concerns || is_concern(x);
}

bool apply_filter(const RecordFilter& f, Record* r) {
  if (!document_matches(f, *r)) return false;
  if (!f.has_finding_filter()) return true;
  auto& fs = r->findings;
  fs.erase(std::remove_if(fs.begin(), fs.end(), [&](const Finding& x) { return !finding_matches(f, x); }), fs.end());
  return !fs.empty();
}

std::string describe(const RecordFilter& f) {
  std::vector<std::string> parts;
  auto field = [&](const char* name, const std::vector<std::string>& values) {
    if (!values.empty()) parts.push_back(fmt::format("{} {}", name, join(values, " or ")));
  };
  if (f.concerns) parts.emplace_back("concerns");
  field("kind", f.kinds);
  field("area", f.areas);
  if (!f.since.empty()) parts.push_back("since " + f.since);
  if (!f.until.empty()) parts.push_back("until " + f.until);
  field("finding kind", f.finding_kinds);
  field("polarity", f.polarities);
  field("theme", f.themes);
  field("agency", f.agencies);
  field("label", f.labels);
  return join(parts, "; ");
}

bool DuplicateFolder::first(const Record& r) {
  const std::string& key = r.source.text_sha256 ? *r.source.text_sha256 : r.source.sha256;
  if (key.empty()) return true;  // a record without hashes cannot be matched
  auto [it, added] = index_.emplace(key, groups_.size());
  if (added) {
    groups_.push_back({key, r.source.path, {}});
    return true;
  }
  groups_[it->second].folded.push_back(r.source.path);
  return false;
}

std::vector<FoldedDocuments> DuplicateFolder::folded() const {
  std::vector<FoldedDocuments> out;
  for (const auto& g : groups_)
    if (!g.folded.empty()) out.push_back(g);
  return out;
}

}  // namespace jtai
