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
  TextPiece() = default;
  /// The piece at TEXT_BEGIN of the block text copying INPUT (offsets under kMaxTextBytes).
  TextPiece(std::size_t at, ByteSpan from, int on_page = 1, bool joined = false)
      : text_begin(static_cast<std::uint32_t>(at)),
        input_begin(static_cast<std::uint32_t>(from.begin)),
        input_end(static_cast<std::uint32_t>(from.end)),
        page(on_page & kMaxPage),
        joins(joined) {}

  static constexpr int kMaxPage = 0x3FFFFFFF;  ///< the largest page the signed 31-bit field holds

  /// The input bytes it copies, as long as its stretch of the block text.
  ByteSpan input() const { return {input_begin, input_end}; }

  std::uint32_t text_begin = 0;   ///< offset in the block text
  std::uint32_t input_begin = 0;  ///< first input byte it copies
  std::uint32_t input_end = 0;    ///< one past the last
  int page : 31 = 1;              ///< page of the line it comes from (set by Block::append)
  bool joins : 1 = false;         ///< only white space lies between it and the piece before (Block::append)
};
// A block has a piece per line, and a text may have a line every few bytes.
static_assert(sizeof(TextPiece) == 16);

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
