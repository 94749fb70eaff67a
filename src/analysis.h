// What every analyser works on and gives back (the "analyse" stage of jtai.h's flow):
// the document as ingested, split into lines and segmented, with its decided kind; and
// the metadata, findings and quotes the analyser for that kind finds. Tagging follows.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// A document ready for its analyser.
struct Document {
  std::string_view text;            ///< the text every offset refers to
  const std::vector<Line>& lines;   ///< its lines
  const Segmentation& segmentation; ///< its blocks, furniture and content ranges
  DocumentKind kind = DocumentKind::kUnknown;
};

/// What an analyser finds in a document.
struct Analysis {
  DocumentMeta meta;
  std::vector<Finding> findings;
  std::vector<Quote> quotes;
};

/// An analyser: one per kind of document (chosen in src/pipeline.cc).
using Analyser = Analysis (*)(const Document& document, const Lexicon& lexicon);

}  // namespace jtai
