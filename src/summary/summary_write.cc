// Writing corpus summaries (summary.h) as JSON, tidy CSV and Markdown, each format looked
// up by name.
#include <algorithm>
#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "jtai/export.h"
#include "jtai/summary.h"
#include "text/text_util.h"

namespace jtai {
namespace {

using ojson = nlohmann::ordered_json;

// Themes listed under "Themes most often raised as concerns".
constexpr int kTopThemes = 10;

// Grades in the order of the taxonomy, for table columns.
const std::vector<std::string> kGradeColumns = {"outstanding",  "good",         "requires-improvement", "inadequate",
                                                "positive",     "inconsistent", "systemic-failings"};

// Finding kinds in reading order, for table columns.
const std::vector<std::string>& kind_columns() {
  static const std::vector<std::string> kinds = {"strength",    "area-for-improvement", "priority-action", "concern",
                                                 "observation", "practice-study",       "recommendation"};
  return kinds;
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

// The themes most often raised as concerns, with their share of all concerns.
void write_concern_themes(std::ostream& out, const Summary& s) {
  out << "\n## Themes most often raised as concerns\n\n"
      << "Share of the " << thousands(s.concerns)
      << " concerns (areas for improvement, priority actions, concerns, and negative or mixed observations) "
         "that carry the theme.\n\n"
      << "| # | theme | concerns | share |\n|---:|---|---:|---:|\n";
  int rank = 0;
  for (const auto& [t, n] : by_count(s.concern_themes)) {
    if (++rank > kTopThemes) break;
    out << "| " << rank << " | " << t << " | " << thousands(n) << " | "
        << (s.concerns ? fmt::format("{:.0f}%", 100.0 * static_cast<double>(n) / static_cast<double>(s.concerns)) : "-")
        << " |\n";
  }
}

// Grades per judgement and each area's latest grades, when graded reports were summarised.
void write_grades(std::ostream& out, const Summary& s) {
  if (s.grades.empty()) return;
  out << "\n## Grades by judgement\n\n";
  markdown_table(out, "judgement", s.grades, kGradeColumns, false);
  out << "## Latest grades per area\n\nEach judgement's grade from the area's latest report that grades it "
         "(the date of that report in brackets).\n\n| area | graded reports |";
  std::vector<std::string> ids;
  for (const auto& [id, grades] : s.grades) ids.push_back(id);
  for (const auto& id : ids) out << ' ' << id << " |";
  out << "\n|---|---:|";
  for (std::size_t i = 0; i < ids.size(); ++i) out << "---|";
  out << '\n';
  for (const auto& [area, l] : s.latest_grades) {
    out << "| " << markdown_cell(area) << " | " << l.reports << " |";
    for (const auto& id : ids) {
      auto it = l.judgements.find(id);
      out << ' '
          << (it == l.judgements.end() ? ""
                                       : fmt::format("{} ({})", it->second.grade,
                                                     it->second.date.empty() ? "undated" : it->second.date))
          << " |";
    }
    out << '\n';
  }
}

}  // namespace

void write_summary_json(std::ostream& out, const Summary& s) {
  ojson j;
  j["schema"] = "jtai.summary/2";
  j["documents"] = s.documents;
  j["findings"] = s.findings;
  j["documents_by_kind"] = s.documents_by_kind;
  j["findings_by_kind"] = s.findings_by_kind;
  j["concerns"] = s.concerns;
  ojson top = ojson::array();
  for (const auto& [t, n] : by_count(s.concern_themes)) top.push_back({{"theme", t}, {"findings", n}});
  j["concern_themes"] = top;
  j["grades_by_judgement"] = s.grades;
  ojson latest = ojson::object();
  for (const auto& [area, l] : s.latest_grades) {
    ojson grades = ojson::object();
    for (const auto& [id, g] : l.judgements)
      grades[id] = {{"grade", g.grade}, {"date", g.date.empty() ? ojson(nullptr) : ojson(g.date)}, {"path", g.path}};
    latest[area] = {{"graded_reports", l.reports}, {"judgements", grades}};
  }
  j["latest_grades"] = latest;
  ojson folded = ojson::array();
  for (const auto& g : s.folded) folded.push_back({{"text_sha256", g.text_sha256}, {"kept", g.kept}, {"folded", g.folded}});
  j["folded"] = folded;
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
  cell("total", "concerns", "", std::to_string(s.concerns));
  for (const auto& [t, n] : by_count(s.concern_themes)) cell("concern_themes", t, "findings", std::to_string(n));
  auto table = [&](std::string_view name, const Summary::Table& t) {
    for (const auto& [r, cols] : t)
      for (const auto& [c, v] : cols) cell(name, r, c, std::to_string(v));
  };
  table("kind_by_theme", s.kind_theme);
  table("kind_by_agency", s.kind_agency);
  table("agency_by_theme", s.theme_agency);
  table("per_area", s.per_area);
  table("per_year", s.per_year);
  table("grades_by_judgement", s.grades);
  for (const auto& [area, l] : s.latest_grades) {
    cell("latest_grades", area, "graded_reports", std::to_string(l.reports));
    for (const auto& [id, g] : l.judgements) {
      cell("latest_grades", area, id, g.grade);
      cell("latest_grades", area, id + " date", g.date);
    }
  }
  for (const auto& g : s.folded)
    for (const auto& f : g.folded) cell("folded", f, "same_text_as", g.kept);
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
  write_concern_themes(out, s);
  write_grades(out, s);
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
  if (!s.folded.empty()) {
    out << "## Duplicates folded\n\nDocuments with the same text are counted once:\n\n";
    for (const auto& g : s.folded)
      out << "- " << markdown_cell(g.kept) << " (counted), " << markdown_cell(join(g.folded, ", ")) << '\n';
    out << '\n';
  }
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
