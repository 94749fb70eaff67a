// Tab-separated data files (data/*.tsv): parsing with line and column numbers, and
// compiling their patterns with file:line:col diagnostics. Used by lexicon.cc.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "data/regex.h"
#include "jtai/errors.h"

namespace jtai {

/// One tab-separated field and the 1-based byte column where it starts.
struct Field {
  std::string text;
  int col = 1;
};

/// One non-comment, non-blank line of a table.
struct Row {
  int line = 0;
  std::string source;  ///< the line as written, for diagnostics
  std::vector<Field> fields;
  /// Field I's text, or "" when the row is shorter.
  const std::string& at(std::size_t i) const;
};

/// A parsed data file.
struct Table {
  std::string file;  ///< name used in diagnostics
  std::vector<Row> rows;
  /// Embedded at build time, where a test loads it with every check: its patterns are
  /// not parsed again at load, only compiled on first use.
  bool prechecked = false;
};

/// Splits TEXT into rows; '#' starts a comment line, blank lines are skipped.
Table parse_table(std::string_view file, std::string_view text);

/// The embedded table data/NAME, prechecked; throws DataError when it is missing.
Table builtin_table(std::string_view name);

/// Where a set of tables comes from: NAME ("layout/bullets.tsv") → the parsed table.
using TableSource = std::function<Table(std::string_view name)>;

/// Tables read from DIR/NAME, or the built-in table where DIR has no such file.
TableSource folder_tables(const std::string& dir);

/// A DataError at column COL of ROW of TABLE, carrying the row's line for a caret.
DataError table_error(const Table& table, const Row& row, int col, const std::string& message);

/// Throws DataError at ROW unless it has at least N fields.
void require_fields(const Table& table, const Row& row, std::size_t n);

/// Matching options for compile_pattern.
struct PatternOptions {
  bool case_insensitive = false;
  bool word_bounded = false;  ///< wrap in \b...\b
  bool whole = false;         ///< anchor both ends
};

/// Field I of ROW as an RE2 pattern, parsed now (unless TABLE is prechecked) and
/// compiled on first use; throws DataError pointing at the field when it does not parse.
Regex compile_pattern(const Table& table, const Row& row, std::size_t i, PatternOptions options);

/// PATTERN with OPTIONS, parsed now (unless PRECHECKED) and compiled on first use; a
/// null Regex, and ERROR set, when it does not parse.
Regex try_compile(std::string_view pattern, PatternOptions options, std::string* error, bool prechecked = false);

}  // namespace jtai
