// Inputs of the subcommands that read documents or records alike (summarise, timeline,
// compare): jtai JSON/JSONL record files are read back, other files go through the
// pipeline, and each Record reaches the caller; also the filter options they share with
// analyse and tag.
#pragma once

#include <functional>

#include <CLI/CLI.hpp>

#include "common.h"
#include "jtai/filter.h"
#include "jtai/model.h"

namespace jtai::cli {

/// Declares --kind, --finding-kind, --polarity, --area, --since, --until, --theme,
/// --agency, --label and --concerns of SUB on FILTER.
void add_filter_options(CLI::App* sub, RecordFilter& filter);

/// Throws UsageError when FILTER holds an unknown id or a bad date.
void check_filter(const RecordFilter& filter);

/// The inputs ARGS names, documents and record files (collect() with .json and .jsonl
/// taken from folders too); throws UsageError when there are none.
std::vector<InputFile> collect_records(const BatchArgs& args);

/// Calls EACH with the Record of every one of FILES: record files first (in input order,
/// each record in file order), then documents analysed with ARGS's rules and limits (in
/// input order). Returns how many inputs or records failed (logged as errors).
std::size_t for_each_input_record(const BatchArgs& args, const std::vector<InputFile>& files,
                                  const std::function<void(Record&&)>& each);

}  // namespace jtai::cli
