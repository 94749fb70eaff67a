// Document kind (after segment, before metadata and findings in the flow): weighs the
// signals of data/document/kinds.tsv found in the text and decides jtai-letter,
// inspection-report, thematic-report, news-article or unknown, keeping the signals that
// decided it as evidence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"

namespace jtai {

struct Lexicon;

/// A decided kind and the signals behind it ("news-article +2 head: press release").
struct KindDecision {
  DocumentKind kind = DocumentKind::kUnknown;
  std::vector<std::string> evidence;
};

/// The kind of the document TEXT split into LINES.
KindDecision classify_document(std::string_view text, const std::vector<Line>& lines, const Lexicon& lexicon);

}  // namespace jtai
