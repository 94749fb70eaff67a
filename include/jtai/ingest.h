// The first stage of the pipeline (jtai.h): a document's bytes, read from a file or
// standard input, and the UTF-8 text that every later offset refers to. ingest() itself
// is declared in jtai.h, since reading HTML needs the data tables of Resources.
#pragma once

#include <string>
#include <string_view>

#include "jtai/model.h"

namespace jtai {

/// A document's text, ready for normalise(); offsets in the record refer to `text`.
struct Ingested {
  Source source;
  std::string text;
};

/// Reads PATH ("-" for standard input); throws InputError naming the file.
std::string read_bytes(const std::string& path);

/// The format of BYTES judged from their first bytes, not a file name.
SourceFormat detect_format(std::string_view bytes);

/// Lower-case hex SHA-256 of DATA.
std::string sha256_hex(std::string_view data);

}  // namespace jtai
