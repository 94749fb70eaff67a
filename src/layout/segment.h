// Stage 3: turns lines into blocks (paragraphs, list items, headings). Page furniture
// (logos, page numbers, footnotes) is found here and set aside; lines wrapped by the
// PDF converter are rejoined; a block carried over a page break stays one block.
// Input comes from normalise.h; output goes to sections.h and findings.h.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/blocks.h"
#include "layout/furniture.h"
#include "layout/normalise.h"

namespace jtai {

struct Lexicon;

/// Output of segment().
struct Segmentation {
  std::vector<LineRole> roles;     ///< one per line
  BlockList blocks;                ///< in document order
  std::vector<ByteSpan> content;   ///< input ranges that are not furniture
  std::vector<Footnote> footnotes; ///< footnotes set aside as furniture, in document order
};

/// Splits LINES of TEXT into blocks using the layout tables of LEXICON.
Segmentation segment(std::string_view text, const std::vector<Line>& lines, const Lexicon& lexicon);

}  // namespace jtai
