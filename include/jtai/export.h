// Last stage: writes records. A RecordWriter per output format, looked up by name in one
// registry (src/export/registry.cc): JSON (docs/output-contract.md, schema in
// docs/schema/analysis.schema.json) with stable key order, so that the same input and
// rules always give byte-identical output; JSONL (one record or error per line); CSV (one
// row per finding, for spreadsheets); Markdown (a readable report per document); XLSX (a
// workbook with sheets of documents, findings, judgements and quotes). Writers
// stream each record as text, without building a JSON tree of it.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "jtai/model.h"

namespace jtai {

/// Schema id written in every record.
inline constexpr const char* kSchemaId = "jtai.analysis/1";

/// Writes a run's records in one format: begin, then record or error per document in
/// input order, then end. Everything a format puts around or between records (JSON array
/// brackets, the CSV header, Markdown separators) is the writer's.
class RecordWriter {
 public:
  virtual ~RecordWriter() = default;
  /// Starts the output of a run over INPUTS documents.
  virtual void begin(std::size_t /*inputs*/) {}
  /// Writes the record of one document.
  virtual void record(const Record& record) = 0;
  /// Writes that the document at PATH failed with MESSAGE (formats without error records ignore it).
  virtual void error(const std::string& /*path*/, const std::string& /*message*/) {}
  /// Ends the output.
  virtual void end() {}
};

/// A writer of FORMAT (one of record_formats()) onto OUT; throws std::invalid_argument for
/// another name.
std::unique_ptr<RecordWriter> make_record_writer(std::string_view format, std::ostream& out);

/// Names of the record formats, in the registry's order: json, jsonl, csv, markdown, xlsx.
const std::vector<std::string>& record_formats();

/// The record as an ordered JSON object (the JSON writers' output read back), for callers
/// that want to look values up.
nlohmann::ordered_json to_json(const Record& record);

/// The record that JSON (one record as jtai's JSON writers write it) was written from:
/// every field they write, so writing it again gives the same bytes. Throws
/// std::invalid_argument when JSON is not a jtai.analysis/1 record.
Record record_from_json(const nlohmann::json& json);

/// One field quoted for CSV when it needs it; one starting with = + - @ (not a number) gets a leading apostrophe.
std::string csv_field(std::string_view value);

/// TEXT made safe inside a Markdown table cell (pipes escaped, line breaks as spaces, < > & as entities).
std::string markdown_cell(std::string_view text);

}  // namespace jtai
