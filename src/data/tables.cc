// Parsing of data/*.tsv tables, and checking their patterns (compiled on first use).
#include "data/tables.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <re2/set.h>

#include "data/builtin_data.h"
#include "jtai/errors.h"

namespace jtai {

const std::string& Row::at(std::size_t i) const {
  static const std::string kEmpty;
  return i < fields.size() ? fields[i].text : kEmpty;
}

Table parse_table(std::string_view file, std::string_view text) {
  Table table;
  table.file = std::string(file);
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = eol + 1;
    if (line.empty() || line.front() == '#' || line.find_first_not_of(" \t") == std::string_view::npos) {
      if (eol == text.size()) break;
      continue;
    }
    Row row;
    row.line = line_no;
    row.source = std::string(line);
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      std::string_view f = line.substr(start, tab == std::string_view::npos ? line.size() - start : tab - start);
      row.fields.push_back(Field{std::string(f), static_cast<int>(start) + 1});
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    table.rows.push_back(std::move(row));
    if (eol == text.size()) break;
  }
  return table;
}

Table builtin_table(std::string_view name) {
  auto text = builtin_file(name);
  if (!text) throw DataError("data/" + std::string(name), 0, 0, "built-in data file is missing");
  Table t = parse_table("data/" + std::string(name), *text);
  t.prechecked = true;
  return t;
}

TableSource folder_tables(const std::string& dir) {
  return [dir](std::string_view name) {
    std::filesystem::path path = std::filesystem::path(dir) / std::string(name);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return builtin_table(name);
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in && !in.eof()) throw DataError(path.string(), 0, 0, "cannot read the data file");
    return parse_table(path.string(), text);
  };
}

DataError table_error(const Table& table, const Row& row, int col, const std::string& message) {
  return DataError(Diagnostic{table.file, row.line, col, message, row.source});
}

void require_fields(const Table& table, const Row& row, std::size_t n) {
  if (row.fields.size() < n || row.fields[n - 1].text.empty()) {
    int col = row.fields.empty() ? 1 : row.fields.back().col + static_cast<int>(row.fields.back().text.size());
    throw table_error(table, row, col,
                    "expected " + std::to_string(n) + " tab-separated fields, found " +
                        std::to_string(row.fields.size()));
  }
}

Regex try_compile(std::string_view pattern, PatternOptions options, std::string* error, bool prechecked) {
  std::string p(pattern);
  if (options.word_bounded) p = "\\b(?:" + p + ")\\b";
  if (options.whole) p = "^(?:" + p + ")$";
  re2::RE2::Options o;
  o.set_case_sensitive(!options.case_insensitive);
  o.set_log_errors(false);
  if (prechecked) return Regex(std::move(p), o);
  // A set parses a pattern without compiling it, and reports what RE2 itself would.
  re2::RE2::Set parse(o, re2::RE2::UNANCHORED);
  std::string why;
  if (parse.Add(p, &why) < 0) {
    if (error) *error = why;
    return {};
  }
  return Regex(std::move(p), o);
}

Regex compile_pattern(const Table& table, const Row& row, std::size_t i, PatternOptions options) {
  require_fields(table, row, i + 1);
  std::string error;
  auto re = try_compile(row.fields[i].text, options, &error, table.prechecked);
  if (!re) throw table_error(table, row, row.fields[i].col, "bad pattern: " + error);
  return re;
}

}  // namespace jtai
