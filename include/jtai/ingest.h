// Stage 1 of the pipeline (ingest → normalise → segment → sections → findings →
// metadata → export): reads a document's bytes, recognises the format by content and
// yields the UTF-8 text that every later offset refers to.
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

/// Checks BYTES and turns them into analysable text; throws InputError on empty,
/// binary or invalid UTF-8 input and on formats this build cannot read.
Ingested ingest(const std::string& path, std::string bytes);

/// Lower-case hex SHA-256 of DATA.
std::string sha256_hex(std::string_view data);

}  // namespace jtai
