// libFuzzer target: the whole pipeline on a text document (ingest -> layout -> segment ->
// kind -> analyser -> tag -> JSON), with the built-in data and rules. A document either
// becomes a record or is refused with an InputError; nothing else may escape.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "jtai/errors.h"
#include "jtai/export.h"
#include "jtai/jtai.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const jtai::Resources resources = jtai::Resources::builtin();
  try {
    jtai::Record record = jtai::analyse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt", resources);
    std::ostringstream out;
    auto writer = jtai::make_record_writer("jsonl", out);
    writer->begin(1);
    writer->record(record);
    writer->end();
  } catch (const jtai::InputError&) {
  }
  return 0;
}
