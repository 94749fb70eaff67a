// An area's timeline (timeline.h): the documents about it, folded by text, sorted by
// date, with the concern themes successive inspections share; written as Markdown or JSON.
#include "jtai/timeline.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "jtai/compare.h"
#include "jtai/export.h"
#include "text/text_util.h"

namespace jtai {
namespace {

using ojson = nlohmann::ordered_json;

// Finding kinds in reading order, for the counts column.
const std::vector<std::string> kKinds = {"strength",    "area-for-improvement", "priority-action", "concern",
                                         "observation", "practice-study",       "recommendation"};

std::vector<std::pair<std::string, long>> by_count(const std::map<std::string, long>& m) {
  std::vector<std::pair<std::string, long>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

std::string counts_text(const TimelineEntry& e) {
  std::vector<std::string> parts;
  for (const auto& k : kKinds)
    if (e.counts.count(k)) parts.push_back(fmt::format("{} {}", e.counts.at(k), k));
  return join(parts, ", ");
}

std::string grades_text(const TimelineEntry& e) {
  std::vector<std::string> parts;
  for (const auto& [id, grade] : e.grades) parts.push_back(id + ": " + grade);
  return join(parts, ", ");
}

std::string themes_text(const TimelineEntry& e) {
  std::vector<std::string> parts;
  for (const auto& [t, n] : by_count(e.concern_themes)) parts.push_back(fmt::format("{} ({})", t, n));
  return join(parts, ", ");
}

std::string when(const TimelineEntry& e) {
  return e.date.empty() ? "undated" : e.fieldwork_date ? e.date + " (fieldwork)" : e.date;
}

void write_markdown(std::ostream& out, const Timeline& t) {
  long inspections = 0;
  for (const auto& e : t.entries) inspections += e.inspection;
  out << "# Timeline of " << t.area << ": " << t.entries.size() << " documents, " << inspections << " inspections\n\n"
      << "| date | kind | file | grades | findings | themes raised as concerns (concerns) |\n"
      << "|---|---|---|---|---|---|\n";
  for (const auto& e : t.entries) {
    std::string file = e.path;
    if (!e.same_text.empty()) file += " (same text: " + join(e.same_text, ", ") + ")";
    out << "| " << when(e) << " | " << e.kind << " | " << markdown_cell(file) << " | " << grades_text(e) << " | "
        << counts_text(e) << " | " << themes_text(e) << " |\n";
  }
  out << "\n## Themes that persist from one inspection to the next\n\n";
  if (t.persisting.empty()) out << "Fewer than two inspections of the area were given.\n";
  for (const auto& p : t.persisting) {
    const auto &a = t.entries[p.from], &b = t.entries[p.to];
    out << "- " << when(a) << " " << a.kind << " → " << when(b) << " " << b.kind << ": "
        << (p.themes.empty() ? "none" : join(p.themes, ", ")) << '\n';
  }
  out << "\n## Themes raised as concerns by more than one inspection\n\n";
  if (t.recurring.empty()) out << "None.\n";
  else out << "| theme | inspections | dates |\n|---|---:|---|\n";
  for (const auto& [theme, idx] : t.recurring) {
    std::vector<std::string> dates;
    for (std::size_t i : idx) dates.push_back(when(t.entries[i]));
    out << "| " << theme << " | " << idx.size() << " | " << join(dates, ", ") << " |\n";
  }
}

void write_json(std::ostream& out, const Timeline& t) {
  ojson j;
  j["schema"] = "jtai.timeline/1";
  j["area"] = t.area;
  ojson entries = ojson::array();
  for (const auto& e : t.entries) {
    ojson grades = ojson::object();
    for (const auto& [id, grade] : e.grades) grades[id] = grade;
    entries.push_back({{"path", e.path}, {"kind", e.kind}, {"date", e.date.empty() ? ojson(nullptr) : ojson(e.date)},
                       {"date_is_fieldwork", e.fieldwork_date}, {"title", e.title}, {"inspection", e.inspection}, {"grades", grades}, {"findings", e.counts},
                       {"concern_themes", e.concern_themes}, {"same_text", e.same_text}});
  }
  j["documents"] = entries;
  ojson persisting = ojson::array();
  for (const auto& p : t.persisting)
    persisting.push_back({{"from", t.entries[p.from].path}, {"to", t.entries[p.to].path}, {"themes", p.themes}});
  j["persisting"] = persisting;
  ojson recurring = ojson::object();
  for (const auto& [theme, idx] : t.recurring) {
    ojson paths = ojson::array();
    for (std::size_t i : idx) paths.push_back(t.entries[i].path);
    recurring[theme] = paths;
  }
  j["recurring"] = recurring;
  out << j.dump(2) << '\n';
}

}  // namespace

TimelineBuilder::TimelineBuilder(std::string query) : query_(std::move(query)), area_(query_) {}

bool TimelineBuilder::add(const Record& r) {
  const Area* area = nullptr;
  for (const auto& a : r.document.areas)
    if (!area && area_matches(a, query_)) area = &a;
  if (!area) return false;
  area_ = area->name;
  if (!folder_.first(r)) return true;
  TimelineEntry e;
  e.path = r.source.path;
  e.kind = to_string(r.document.kind);
  e.title = r.document.title.value_or("");
  e.date = document_date(r);
  e.fieldwork_date = !r.document.date && r.document.fieldwork;
  e.inspection = r.document.kind == DocumentKind::kJtaiLetter || r.document.kind == DocumentKind::kInspectionReport;
  for (const auto& j : r.document.judgements) e.grades.emplace_back(j.id, j.grade);
  for (const auto& f : r.findings) ++e.counts[to_string(f.kind)];
  for (const auto& [theme, idx] : concern_themes(r)) e.concern_themes[theme] = static_cast<long>(idx.size());
  entries_.push_back(std::move(e));
  return true;
}

Timeline TimelineBuilder::finish() const {
  Timeline t{area_, entries_, {}, {}};
  for (const auto& g : folder_.folded())
    for (auto& e : t.entries)
      if (e.path == g.kept) e.same_text = g.folded;
  std::stable_sort(t.entries.begin(), t.entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    return a.date != b.date ? a.date < b.date : a.path < b.path;
  });
  std::vector<std::size_t> inspections;
  for (std::size_t i = 0; i < t.entries.size(); ++i)
    if (t.entries[i].inspection) inspections.push_back(i);
  for (std::size_t k = 0; k + 1 < inspections.size(); ++k) {
    PersistingThemes p{inspections[k], inspections[k + 1], {}};
    for (const auto& [theme, n] : t.entries[p.from].concern_themes)
      if (t.entries[p.to].concern_themes.count(theme)) p.themes.push_back(theme);
    t.persisting.push_back(std::move(p));
  }
  for (std::size_t i : inspections)
    for (const auto& [theme, n] : t.entries[i].concern_themes) t.recurring[theme].push_back(i);
  std::erase_if(t.recurring, [](const auto& kv) { return kv.second.size() < 2; });
  return t;
}

void write_timeline(std::string_view format, std::ostream& out, const Timeline& timeline) {
  if (format == "markdown") return write_markdown(out, timeline);
  if (format == "json") return write_json(out, timeline);
  throw std::invalid_argument(fmt::format("unknown timeline format '{}' (markdown or json)", format));
}

}  // namespace jtai
