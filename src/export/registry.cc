// The record formats by name (export stage): one table line per format, naming the
// factory that the format's own file defines (json.cc, csv.cc, markdown.cc, xlsx.cc). The CLI's
// --format choices are these names, in this order.
#include <stdexcept>

#include <fmt/format.h>

#include "jtai/export.h"

namespace jtai {

// Each makes the writer of one format; a new format's factory joins this declaration.
using RecordWriterFactory = std::unique_ptr<RecordWriter>(std::ostream& out);
RecordWriterFactory make_json_writer, make_jsonl_writer, make_csv_writer, make_markdown_writer,
    make_xlsx_writer;

namespace {

struct RecordFormat {
  const char* name;
  RecordWriterFactory* make;
};

const RecordFormat kRecordFormats[] = {
    {"json", make_json_writer},
    {"jsonl", make_jsonl_writer},
    {"csv", make_csv_writer},
    {"markdown", make_markdown_writer},
    {"xlsx", make_xlsx_writer},
};

}  // namespace

std::unique_ptr<RecordWriter> make_record_writer(std::string_view format, std::ostream& out) {
  for (const auto& f : kRecordFormats)
    if (format == f.name) return f.make(out);
  throw std::invalid_argument(
      fmt::format("unknown record format '{}' (one of {})", format, fmt::join(record_formats(), ", ")));
}

const std::vector<std::string>& record_formats() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& f : kRecordFormats) out.emplace_back(f.name);
    return out;
  }();
  return names;
}

}  // namespace jtai
