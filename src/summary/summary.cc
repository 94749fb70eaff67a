// Corpus summaries: counting, and writing them as JSON, tidy CSV and Markdown, each
// format looked up by name.
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

using ojson = nlohmann::ordered_json;
const char* const kNone = "(none)";

// Finding kinds in reading order, for table columns.
const std::vector<std::string>& kind_columns() {
  static const std::vector<std::string> kinds = {"strength",    "area-for-improvement", "priority-action", "concern",
                                                 "observation", "practice-study",       "recommendation"};
  return kinds;
}

bool improvement(const std::string& kind) {
  return kind == "area-for-improvement" || kind == "priority-action" || kind == "concern";
}

std::vector<std::pair<std::string, long>> by_count(const std::map<std::string, long>& m) {
  std::vector<std::pair<std::string, long>> v(m.begin(), m.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  return v;
}

long row_total(const std::map<std::string, long>& row) {
  long t = 0;
  for (const auto& [k, v] : row) t += v;
  return t;
}

std::string thousands(long n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out = n < 0 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

// Columns of TABLE in the order given by PREFERRED first, then the rest sorted.
std::vector<std::string> columns_of(const Summary::Table& table, const std::vector<std::string>& preferred) {
  std::set<std::string> present;
  for (const auto& [r, cols] : table)
    for (const auto& [c, v] : cols) present.insert(c);
  std::vector<std::string> out;
  for (const auto& p : preferred)
    if (present.erase(p)) out.push_back(p);
  out.insert(out.end(), present.begin(), present.end());
  return out;
}

void markdown_table(std::ostream& out, const std::string& corner, const Summary::Table& table,
                    const std::vector<std::string>& preferred, bool sort_by_total) {
  auto cols = columns_of(table, preferred);
  std::vector<std::pair<std::string, long>> rows;
  for (const auto& [r, c] : table) rows.emplace_back(r, row_total(c));
  if (sort_by_total)
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  out << "| " << corner << " |";
  for (const auto& c : cols) out << ' ' << c << " |";
  out << (sort_by_total ? " all |\n|---|" : "\n|---|");
  for (std::size_t i = 0; i < cols.size(); ++i) out << "---:|";
  out << (sort_by_total ? "---:|\n" : "\n");
  for (const auto& [r, total] : rows) {
    out << "| " << markdown_cell(r) << " |";
    const auto& cells = table.at(r);
    for (const auto& c : cols) {
      auto it = cells.find(c);
      out << ' ' << (it == cells.end() ? "" : thousands(it->second)) << " |";
    }
    if (sort_by_total) out << ' ' << thousands(total) << " |";
    out << '\n';
  }
  out << '\n';
}

}  // namespace

RecordDigest digest(const Record& r) {
  RecordDigest d;
  d.path = r.source.path;
  d.kind = to_string(r.document.kind);
  d.title = r.document.title.value_or("");
  d.date = r.document.date.value_or("");
  for (const auto& a : r.document.areas) d.areas.push_back(a.name);
  for (const auto& f : r.findings) d.findings.push_back({to_string(f.kind), f.themes, f.agencies});
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
  for (const auto& a : doc.value("areas", nlohmann::json::array()))
    if (a.is_object()) d.areas.push_back(str(a.value("name", nlohmann::json())));
  for (const auto& f : j.value("findings", nlohmann::json::array())) {
    FindingDigest fd;
    fd.kind = str(f.value("kind", nlohmann::json()));
    for (const auto& t : f.value("themes", nlohmann::json::array())) fd.themes.push_back(str(t));
    for (const auto& a : f.value("agencies", nlohmann::json::array())) fd.agencies.push_back(str(a));
    d.findings.push_back(std::move(fd));
  }
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
      if (improvement(f.kind) && !f.themes.empty()) ++s->improvement_themes[t];
      for (const auto& a : as) ++s->theme_agency[t][a];
    }
    for (const auto& a : as) ++s->kind_agency[a][f.kind];
  }
  for (const auto& [t, n] : by_count(themes)) {
    if (dg.top_themes.size() == 3) break;
    dg.top_themes.push_back(t);
  }
  s->digests.push_back(std::move(dg));
}

void write_summary_json(std::ostream& out, const Summary& s) {
  ojson j;
  j["schema"] = "jtai.summary/1";
  j["documents"] = s.documents;
  j["findings"] = s.findings;
  j["documents_by_kind"] = s.documents_by_kind;
  j["findings_by_kind"] = s.findings_by_kind;
  ojson top = ojson::array();
  for (const auto& [t, n] : by_count(s.improvement_themes)) top.push_back({{"theme", t}, {"findings", n}});
  j["improvement_themes"] = top;
  j["kind_by_theme"] = s.kind_theme;
  j["kind_by_agency"] = s.kind_agency;
  j["agency_by_theme"] = s.theme_agency;
  j["per_area"] = s.per_area;
  j["per_year"] = s.per_year;
  ojson docs = ojson::array();
  for (const auto& d : s.digests)
    docs.push_back({{"path", d.path}, {"kind", d.kind}, {"date", d.date.empty() ? ojson(nullptr) : ojson(d.date)},
                    {"title", d.title}, {"areas", d.areas}, {"findings", d.counts}, {"top_themes", d.top_themes}});
  j["documents_digest"] = docs;
  out << j.dump(2) << '\n';
}

void write_summary_csv(std::ostream& out, const Summary& s) {
  out << "table,row,column,value\r\n";
  auto cell = [&](std::string_view table, const std::string& row, const std::string& col, const std::string& value) {
    out << table << ',' << csv_field(row) << ',' << csv_field(col) << ',' << csv_field(value) << "\r\n";
  };
  cell("total", "documents", "", std::to_string(s.documents));
  cell("total", "findings", "", std::to_string(s.findings));
  for (const auto& [k, n] : s.documents_by_kind) cell("documents_by_kind", k, "documents", std::to_string(n));
  for (const auto& [k, n] : s.findings_by_kind) cell("findings_by_kind", k, "findings", std::to_string(n));
  for (const auto& [t, n] : by_count(s.improvement_themes)) cell("improvement_themes", t, "findings", std::to_string(n));
  auto table = [&](std::string_view name, const Summary::Table& t) {
    for (const auto& [r, cols] : t)
      for (const auto& [c, v] : cols) cell(name, r, c, std::to_string(v));
  };
  table("kind_by_theme", s.kind_theme);
  table("kind_by_agency", s.kind_agency);
  table("agency_by_theme", s.theme_agency);
  table("per_area", s.per_area);
  table("per_year", s.per_year);
  for (const auto& d : s.digests) {
    cell("document", d.path, "kind", d.kind);
    cell("document", d.path, "date", d.date);
    cell("document", d.path, "areas", d.areas);
    cell("document", d.path, "title", d.title);
    for (const auto& [k, n] : d.counts) cell("document", d.path, k, std::to_string(n));
    cell("document", d.path, "top_themes", join(d.top_themes, "; "));
  }
}

void write_summary_markdown(std::ostream& out, const Summary& s) {
  out << "# jtai summary: " << thousands(s.documents) << " documents, " << thousands(s.findings) << " findings\n\n";
  out << "| document kind | documents |\n|---|---:|\n";
  for (const auto& [k, n] : by_count(s.documents_by_kind)) out << "| " << k << " | " << thousands(n) << " |\n";
  out << "\n| finding kind | findings |\n|---|---:|\n";
  for (const auto& k : kind_columns())
    if (s.findings_by_kind.count(k)) out << "| " << k << " | " << thousands(s.findings_by_kind.at(k)) << " |\n";
  long improvements = 0;
  for (const auto& [k, n] : s.findings_by_kind)
    if (improvement(k)) improvements += n;
  out << "\n## Themes most often raised as areas for improvement\n\n"
      << "Share of the " << thousands(improvements)
      << " areas for improvement, priority actions and concerns that carry the theme.\n\n"
      << "| # | theme | findings | share |\n|---:|---|---:|---:|\n";
  int rank = 0;
  for (const auto& [t, n] : by_count(s.improvement_themes)) {
    if (++rank > 10) break;
    out << "| " << rank << " | " << t << " | " << thousands(n) << " | "
        << (improvements ? fmt::format("{:.0f}%", 100.0 * static_cast<double>(n) / static_cast<double>(improvements))
                         : "-")
        << " |\n";
  }
  out << "\n## Findings by theme and kind\n\n";
  markdown_table(out, "theme", s.kind_theme, kind_columns(), true);
  out << "## Findings by agency and kind\n\n";
  markdown_table(out, "agency", s.kind_agency, kind_columns(), true);
  out << "## Findings by theme and agency\n\n";
  markdown_table(out, "theme", s.theme_agency, {}, true);
  std::vector<std::string> count_cols = {"documents", "findings"};
  count_cols.insert(count_cols.end(), kind_columns().begin(), kind_columns().end());
  out << "## Per area\n\n";
  markdown_table(out, "area", s.per_area, count_cols, false);
  out << "## Per year\n\n";
  markdown_table(out, "year", s.per_year, count_cols, false);
  out << "## Documents\n\n| file | kind | date | areas | findings | top themes |\n|---|---|---|---|---|---|\n";
  for (const auto& d : s.digests) {
    std::vector<std::string> counts;
    for (const auto& k : kind_columns())
      if (d.counts.count(k)) counts.push_back(fmt::format("{} {}", d.counts.at(k), k));
    out << "| " << markdown_cell(d.path) << " | " << d.kind << " | " << d.date << " | " << markdown_cell(d.areas)
        << " | " << markdown_cell(join(counts, ", ")) << " | " << join(d.top_themes, ", ") << " |\n";
  }
}

namespace {

// The summary formats by name: one line per format.
const std::pair<const char*, void (*)(std::ostream&, const Summary&)> kSummaryFormats[] = {
    {"markdown", write_summary_markdown},
    {"json", write_summary_json},
    {"csv", write_summary_csv},
};

}  // namespace

void write_summary(std::string_view format, std::ostream& out, const Summary& summary) {
  for (const auto& [name, write] : kSummaryFormats)
    if (format == name) return write(out, summary);
  throw std::invalid_argument(
      fmt::format("unknown summary format '{}' (one of {})", format, fmt::join(summary_formats(), ", ")));
}

const std::vector<std::string>& summary_formats() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& [name, write] : kSummaryFormats) out.emplace_back(name);
    return out;
  }();
  return names;
}

}  // namespace jtai
