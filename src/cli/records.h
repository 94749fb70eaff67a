// Inputs of the subcommands that read documents or records alike (summarise, timeline,
// compare): jtai JSON/JSONL record files are read back, other files go through the
// pipeline, and each Record reaches the caller; also the filter options they share with
// analyse and tag.
#pragma once

#include <functional>
#include <optional>
#include <string_view>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "common.h"
#include "jtai/filter.h"
#include "jtai/model.h"

namespace jtai::cli {

/// Declares --kind, --finding-kind, --polarity, --area, --since, --until, --theme,
/// --agency, --label and --concerns of SUB on FILTER.
void add_filter_options(CLI::App* sub, RecordFilter& filter);

/// Throws UsageError when FILTER holds an unknown id or a bad date.
void check_filter(const RecordFilter& filter);

/// One record of a record file: a JSONL line not parsed yet, or a value parsed already.
struct RecordItem {
  std::string_view text;                ///< the JSONL line (a view into the file's bytes)
  int line = 0;                         ///< its line number; 0 in a JSON array
  std::optional<nlohmann::json> value;  ///< the parsed record of an array or a pretty-printed file
};

/// The records of BYTES: a JSON array, one pretty-printed record, or JSONL (blank lines
/// skipped); throws InputError naming PATH when it is none of them.
std::vector<RecordItem> record_items(const std::string& path, const std::string& bytes);

/// ITEM's JSON value, moved out of it or parsed from its line; throws InputError naming
/// PATH and the line.
nlohmann::json take_record_value(RecordItem& item, const std::string& path);

/// WHAT, after "line N: " when ITEM came from a JSONL line.
std::string item_message(const RecordItem& item, const char* what);

/// The inputs ARGS names, documents and record files (collect() with .json and .jsonl
/// taken from folders too); throws UsageError when there are none.
std::vector<InputFile> collect_records(const BatchArgs& args);

/// Calls EACH with the Record of every one of FILES: record files first (in input order,
/// each record in file order), then documents analysed with ARGS's rules and limits (in
/// input order). Returns how many inputs or records failed (logged as errors).
std::size_t for_each_input_record(const BatchArgs& args, const std::vector<InputFile>& files,
                                  const std::function<void(Record&&)>& each);

}  // namespace jtai::cli
