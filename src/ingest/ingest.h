// Ingest inside the library (the first stage of jtai.h's flow): bytes → the UTF-8 text
// every later offset refers to, with the description of its source.
#pragma once

#include <string>

#include "jtai/ingest.h"

namespace jtai {

struct Lexicon;

/// Checks BYTES and turns them into analysable text (PDF with poppler, HTML with the
/// layout of LEXICON); throws InputError naming PATH on empty, binary or invalid UTF-8
/// input and on documents that cannot be read.
Ingested ingest_document(const std::string& path, std::string bytes, const Lexicon& lexicon);

}  // namespace jtai
