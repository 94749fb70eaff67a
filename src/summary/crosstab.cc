// Cross-tabs (crosstab.h): the values each field gives a document, finding or judgement,
// and counting every combination of a row value and a column value once per item.
#include "jtai/crosstab.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <fmt/format.h>

#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {
namespace {

const char* const kNone = "(none)";

struct FieldInfo {
  ByField field;
  const char* name;
  enum Level { kDocument, kFinding, kJudgement } level;
  std::vector<std::string> order;  ///< natural order of values; empty: by count
};

const std::vector<FieldInfo>& fields() {
  static const std::vector<FieldInfo> all = {
      {ByField::kYear, "year", FieldInfo::kDocument, {}},
      {ByField::kArea, "area", FieldInfo::kDocument, {}},
      {ByField::kRegion, "region", FieldInfo::kDocument, {}},
      {ByField::kKind, "kind", FieldInfo::kDocument,
       {"jtai-letter", "inspection-report", "thematic-report", "news-article", "unknown"}},
      {ByField::kFindingKind, "finding-kind", FieldInfo::kFinding,
       {"strength", "area-for-improvement", "priority-action", "concern", "observation", "practice-study",
        "recommendation"}},
      {ByField::kPolarity, "polarity", FieldInfo::kFinding, {"positive", "mixed", "negative", "neutral"}},
      {ByField::kTheme, "theme", FieldInfo::kFinding, {}},
      {ByField::kAgency, "agency", FieldInfo::kFinding, {}},
      {ByField::kLabel, "label", FieldInfo::kFinding, {}},
      {ByField::kJudgement, "judgement", FieldInfo::kJudgement,
       {"overall-effectiveness", "leaders", "help-and-protection", "in-care", "care-leavers", "adoption", "lscb",
        "send-outcome"}},
      {ByField::kGrade, "grade", FieldInfo::kJudgement,
       {"outstanding", "good", "requires-improvement", "inadequate", "positive", "inconsistent",
        "systemic-failings"}},
  };
  return all;
}

const FieldInfo& info(ByField f) { return fields()[static_cast<std::size_t>(f)]; }

// The region of AREA in data/areas.tsv, by ONS code then name.
std::string region_of(const Area& area) {
  const Lexicon& lex = Lexicon::builtin();
  for (const auto& e : lex.areas)
    if ((area.code && e.code == *area.code) || e.name == area.name) return e.region.empty() ? "(unknown)" : e.region;
  return "(unknown)";
}

std::vector<std::string> or_none(const std::vector<std::string>& v) {
  return v.empty() ? std::vector<std::string>{kNone} : v;
}

std::vector<std::string> document_values(ByField f, const Record& r) {
  const auto& d = r.document;
  switch (f) {
    case ByField::kYear: {
      std::string date = document_date(r);
      return {date.size() >= 4 ? date.substr(0, 4) : "(no date)"};
    }
    case ByField::kKind:
      return {to_string(d.kind)};
    case ByField::kArea:
    case ByField::kRegion: {
      std::vector<std::string> out;
      for (const auto& a : d.areas) out.push_back(f == ByField::kArea ? a.name : region_of(a));
      return or_none(out);
    }
    default:
      return {};
  }
}

// The values of F for one item: a document, and the finding or judgement when counting those.
std::vector<std::string> values(ByField f, const Record& r, const Finding* x, const Judgement* j) {
  switch (info(f).level) {
    case FieldInfo::kDocument:
      return document_values(f, r);
    case FieldInfo::kJudgement:
      return {f == ByField::kJudgement ? j->id : j->grade};
    case FieldInfo::kFinding:
      break;
  }
  switch (f) {
    case ByField::kFindingKind:
      return {to_string(x->kind)};
    case ByField::kPolarity:
      return {to_string(x->polarity)};
    case ByField::kTheme:
      return or_none(x->themes);
    case ByField::kAgency:
      return or_none(x->agencies);
    default:
      return or_none(x->labels);
  }
}

std::set<std::string> unique(std::vector<std::string> v) { return {v.begin(), v.end()}; }

std::vector<std::string> split_fields(std::string_view spec) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t end = spec.find(',', start);
    if (end == std::string_view::npos) end = spec.size();
    out.push_back(fold_space(spec.substr(start, end - start)));
    start = end + 1;
  }
  return out;
}

// "(none)", "(no date)", "(unknown)": shown after the real values.
bool placeholder(const std::string& v) { return !v.empty() && v[0] == '('; }

}  // namespace

const std::vector<std::string>& by_field_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& f : fields()) out.emplace_back(f.name);
    return out;
  }();
  return names;
}

const char* to_string(ByField field) { return info(field).name; }

std::vector<ByField> parse_by(std::string_view spec) {
  std::vector<ByField> out;
  for (const auto& name : split_fields(spec)) {
    auto it = std::find_if(fields().begin(), fields().end(), [&](const FieldInfo& f) { return name == f.name; });
    if (it == fields().end())
      throw std::invalid_argument(
          fmt::format("--by '{}' is not one of {}", name, fmt::join(by_field_names(), ", ")));
    out.push_back(it->field);
  }
  if (out.empty() || out.size() > 2) throw std::invalid_argument("--by takes one or two fields, as in --by year,theme");
  bool finding = false, judgement = false;
  for (ByField f : out) {
    finding = finding || info(f).level == FieldInfo::kFinding;
    judgement = judgement || info(f).level == FieldInfo::kJudgement;
  }
  if (finding && judgement)
    throw std::invalid_argument("--by cannot count judgements and findings in one table");
  if (out.size() == 1 && out[0] == ByField::kJudgement) out.push_back(ByField::kGrade);
  return out;
}

CrossTabBuilder::CrossTabBuilder(std::vector<ByField> by) {
  table_.fields = std::move(by);
  table_.unit = "documents";
  for (ByField f : table_.fields) {
    if (info(f).level == FieldInfo::kFinding) table_.unit = "findings";
    if (info(f).level == FieldInfo::kJudgement) table_.unit = "judgements";
  }
}

void CrossTabBuilder::add(const Record& r) {
  long before = table_.total;
  auto count = [&](const Finding* x, const Judgement* j) {
    auto rows = unique(values(table_.fields[0], r, x, j));
    auto cols = table_.fields.size() > 1 ? unique(values(table_.fields[1], r, x, j)) : std::set<std::string>{""};
    ++table_.total;
    for (const auto& row : rows) {
      ++table_.row_totals[row];
      for (const auto& col : cols) ++table_.cells[row][col];
    }
    if (table_.fields.size() > 1)
      for (const auto& col : cols) ++table_.column_totals[col];
  };
  if (table_.unit == "findings") {
    for (const auto& x : r.findings) count(&x, nullptr);
  } else if (table_.unit == "judgements") {
    for (const auto& j : r.document.judgements) count(nullptr, &j);
  } else {
    count(nullptr, nullptr);
  }
  if (table_.total > before) ++table_.documents;
}

std::vector<std::string> ordered_values(ByField field, const CrossTab::Counts& totals) {
  std::vector<std::string> out;
  const auto& order = info(field).order;
  for (const auto& v : order)
    if (totals.count(v)) out.push_back(v);
  std::vector<std::pair<std::string, long>> rest;
  std::vector<std::string> last;
  for (const auto& [v, n] : totals) {
    if (placeholder(v)) last.push_back(v);
    else if (std::find(order.begin(), order.end(), v) == order.end()) rest.emplace_back(v, n);
  }
  if (field != ByField::kYear && order.empty())
    std::stable_sort(rest.begin(), rest.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  for (const auto& [v, n] : rest) out.push_back(v);
  out.insert(out.end(), last.begin(), last.end());
  return out;
}

}  // namespace jtai
