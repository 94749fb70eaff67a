// Writing cross-tabs (crosstab.h) as a Markdown table, a wide CSV (one row per row value,
// one column per column value, totals last) and JSON, each format looked up by name.
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "jtai/crosstab.h"
#include "jtai/export.h"

namespace jtai {
namespace {

using ojson = nlohmann::ordered_json;

bool two(const CrossTab& t) { return t.fields.size() > 1; }

std::vector<std::string> rows_of(const CrossTab& t) { return ordered_values(t.fields[0], t.row_totals); }
std::vector<std::string> columns_of(const CrossTab& t) {
  return two(t) ? ordered_values(t.fields[1], t.column_totals) : std::vector<std::string>{};
}

long cell(const CrossTab& t, const std::string& row, const std::string& col) {
  auto r = t.cells.find(row);
  if (r == t.cells.end()) return 0;
  auto c = r->second.find(col);
  return c == r->second.end() ? 0 : c->second;
}

std::string title(const CrossTab& t) {
  std::string s = fmt::format("{} by {}", t.unit, to_string(t.fields[0]));
  if (two(t)) s += fmt::format(" and {}", to_string(t.fields[1]));
  s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// The notes under a table: what multi-valued fields do, and which documents were folded.
std::vector<std::string> notes(const CrossTab& t) {
  std::vector<std::string> out;
  out.push_back(fmt::format("{} {} from {} documents{}.", t.total, t.unit, t.documents,
                            t.filter.empty() ? "" : fmt::format(" ({})", t.filter)));
  out.emplace_back("An item with several values of a field (a finding with two themes, a letter about two areas) "
                   "counts in each of their rows or columns, so totals are of items, not sums of cells.");
  for (const auto& g : t.folded)
    out.push_back(fmt::format("Same text, counted once: {} (kept) and {}.", g.kept, fmt::join(g.folded, ", ")));
  return out;
}

void write_markdown(std::ostream& out, const CrossTab& t) {
  out << "# " << title(t) << "\n\n";
  auto cols = columns_of(t);
  out << "| " << to_string(t.fields[0]) << " |";
  for (const auto& c : cols) out << ' ' << markdown_cell(c) << " |";
  out << (two(t) ? " all |\n|---|" : fmt::format(" {} |\n|---|", t.unit));
  for (std::size_t i = 0; i <= cols.size(); ++i) out << "---:|";
  out << '\n';
  for (const auto& r : rows_of(t)) {
    out << "| " << markdown_cell(r) << " |";
    for (const auto& c : cols) {
      long n = cell(t, r, c);
      out << ' ' << (n ? std::to_string(n) : "") << " |";
    }
    out << ' ' << t.row_totals.at(r) << " |\n";
  }
  out << "| all |";
  for (const auto& c : cols) out << ' ' << t.column_totals.at(c) << " |";
  out << ' ' << t.total << " |\n\n";
  for (const auto& n : notes(t)) out << "- " << markdown_cell(n) << '\n';
}

void write_csv(std::ostream& out, const CrossTab& t) {
  auto cols = columns_of(t);
  out << csv_field(to_string(t.fields[0]));
  for (const auto& c : cols) out << ',' << csv_field(c);
  out << ',' << (two(t) ? "all" : t.unit) << "\r\n";
  for (const auto& r : rows_of(t)) {
    out << csv_field(r);
    for (const auto& c : cols) out << ',' << cell(t, r, c);
    out << ',' << t.row_totals.at(r) << "\r\n";
  }
  out << "all";
  for (const auto& c : cols) out << ',' << t.column_totals.at(c);
  out << ',' << t.total << "\r\n";
}

void write_json(std::ostream& out, const CrossTab& t) {
  ojson j;
  j["schema"] = "jtai.crosstab/1";
  ojson by = ojson::array();
  for (ByField f : t.fields) by.push_back(to_string(f));
  j["by"] = by;
  j["unit"] = t.unit;
  j["filter"] = t.filter;
  j["documents"] = t.documents;
  j["total"] = t.total;
  ojson rows = ojson::array();
  auto cols = columns_of(t);
  for (const auto& r : rows_of(t)) {
    ojson row;
    row[to_string(t.fields[0])] = r;
    row["total"] = t.row_totals.at(r);
    if (two(t)) {
      ojson counts = ojson::object();
      for (const auto& c : cols)
        if (long n = cell(t, r, c)) counts[c] = n;
      row["counts"] = counts;
    }
    rows.push_back(row);
  }
  j["rows"] = rows;
  if (two(t)) {
    ojson totals = ojson::object();
    for (const auto& c : cols) totals[c] = t.column_totals.at(c);
    j["column_totals"] = totals;
  }
  ojson folded = ojson::array();
  for (const auto& g : t.folded) folded.push_back({{"text_sha256", g.text_sha256}, {"kept", g.kept}, {"folded", g.folded}});
  j["folded"] = folded;
  out << j.dump(2) << '\n';
}

const std::pair<const char*, void (*)(std::ostream&, const CrossTab&)> kFormats[] = {
    {"markdown", write_markdown},
    {"json", write_json},
    {"csv", write_csv},
};

}  // namespace

void write_crosstab(std::string_view format, std::ostream& out, const CrossTab& table) {
  for (const auto& [name, write] : kFormats)
    if (format == name) return write(out, table);
  throw std::invalid_argument(fmt::format("unknown table format '{}'", format));
}

}  // namespace jtai
