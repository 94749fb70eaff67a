// Stage 3: turns lines into blocks (paragraphs, list items, headings). Page furniture
// (logos, page numbers, footnotes) is found here and set aside; lines wrapped by the
// PDF converter are rejoined; a block carried over a page break stays one block.
// Input comes from normalise.h; output goes to sections.h and findings.h.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/furniture.h"
#include "layout/normalise.h"

namespace jtai {

struct Lexicon;

/// Where a stretch of a block's text comes from in the input.
struct TextPiece {
  std::size_t text_begin = 0;  ///< offset in the block text
  ByteSpan input;              ///< the input bytes it copies, same length
  int page = 1;                ///< page of the line it comes from (set by Block::append)
  bool joins = false;          ///< only white space lies between it and the piece before (Block::append)
};

/// What a block is.
enum class BlockKind : unsigned char { kParagraph, kBullet, kHeading };

/// A paragraph, list item or heading with the input bytes that make it up. Spans and
/// pages are read from the pieces: a text may hold a block every few bytes.
struct Block {
  std::string text;              ///< lines joined with one space; bullet markers left out
  std::vector<TextPiece> pieces; ///< one per line: where each stretch of `text` comes from
  std::uint32_t first_line = 0;  ///< index into the line vector
  std::uint32_t last_line = 0;   ///< inclusive
  BlockKind kind = BlockKind::kParagraph;

  /// Appends the text of LINE of INPUT from byte FROM on (spaces and tabs there left out)
  /// after one space; nothing when only white space is left.
  void append(std::string_view input, const Line& line, std::size_t from);
  /// Input ranges of `text`, one per run of pieces with only white space between them.
  std::vector<ByteSpan> spans() const;
  /// Pages the block touches, ascending.
  std::vector<int> pages() const;
};

/// Output of segment().
struct Segmentation {
  std::vector<LineRole> roles;     ///< one per line
  std::vector<Block> blocks;       ///< in document order
  std::vector<ByteSpan> content;   ///< input ranges that are not furniture
  std::vector<Footnote> footnotes; ///< footnotes set aside as furniture, in document order
};

/// Splits LINES of TEXT into blocks using the layout tables of LEXICON.
Segmentation segment(std::string_view text, const std::vector<Line>& lines, const Lexicon& lexicon);

}  // namespace jtai
