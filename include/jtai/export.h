// Last stage: writes records. JSON (docs/output-contract.md, schema in
// docs/schema/analysis.schema.json) with stable key order, so that the same input
// and rules always give byte-identical output; CSV (one row per finding, for
// spreadsheets) and Markdown (a readable report of one document).
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "jtai/model.h"

namespace jtai {

/// Schema id written in every record.
inline constexpr const char* kSchemaId = "jtai.analysis/1";

/// The record as an ordered JSON object.
nlohmann::ordered_json to_json(const Record& record);

/// Writes RECORD as JSON; INDENT < 0 writes one line (JSONL).
void write_json(std::ostream& out, const Record& record, int indent);

/// The CSV header row matching write_csv_rows (RFC 4180, CRLF line ends).
void write_csv_header(std::ostream& out);

/// One CSV row per finding of RECORD: file, area, area code, date, document kind, finding
/// id, kind, polarity, section, pages, agencies, themes, labels, text. Lists are joined
/// with "; "; fields with commas, quotes or line breaks are quoted.
void write_csv_rows(std::ostream& out, const Record& record);

/// One field quoted for CSV when it needs it.
std::string csv_field(std::string_view value);

/// A Markdown report of RECORD: metadata table, then findings grouped by kind with their
/// agencies and themes, then quotes.
void write_markdown(std::ostream& out, const Record& record);

/// TEXT made safe inside a Markdown table cell (pipes escaped, line breaks as spaces).
std::string markdown_cell(std::string_view text);

}  // namespace jtai
