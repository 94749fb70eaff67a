// Stage 3's output type: the blocks of a text (paragraphs, list items, headings, or the
// units of a graded report) and where each stretch of their text comes from in the input.
// A text may hold a block every few bytes (a list of one-letter items), so a block is a
// small entry and the texts and pieces of all blocks share two pools. Built by the
// segmenter (segment.h) and the report units (inspection/units.h); read by the letter,
// inspection and news analysers through `Block` views.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"

namespace jtai {

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

  /// The input bytes it copies, as long as its stretch of the block text.
  ByteSpan input() const { return {input_begin, input_end}; }

  std::uint32_t text_begin = 0;   ///< offset in the block text
  std::uint32_t input_begin = 0;  ///< first input byte it copies
  std::uint32_t input_end = 0;    ///< one past the last
  int page : 31 = 1;              ///< page of the line it comes from (set by BlockList::append)
  bool joins : 1 = false;         ///< only white space lies between it and the piece before (BlockList::append)
};
// A block has a piece per line, and a text may have a line every few bytes.
static_assert(sizeof(TextPiece) == 16);

/// What a block is.
enum class BlockKind : unsigned char { kParagraph, kBullet, kHeading };

/// A block as its readers see it: views into the BlockList that holds it, valid while
/// that list lives and is not added to.
struct Block {
  std::string_view text;              ///< lines joined with one space; bullet markers left out
  std::span<const TextPiece> pieces;  ///< one per line: where each stretch of `text` comes from
  std::uint32_t first_line = 0;       ///< index into the line vector
  std::uint32_t last_line = 0;        ///< inclusive
  BlockKind kind = BlockKind::kParagraph;

  /// Input ranges of `text`, one per run of pieces with only white space between them.
  std::vector<ByteSpan> spans() const;
  /// Pages the block touches, ascending.
  std::vector<int> pages() const;
};

/// Blocks in document order. One block at a time is open: lines are appended to it, and
/// closing it keeps it or leaves it out.
class BlockList {
 public:
  /// Reads the blocks in order as Block views.
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Block;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Block;

    const_iterator() = default;
    const_iterator(const BlockList* list, std::size_t at) : list_(list), at_(at) {}
    Block operator*() const { return (*list_)[at_]; }
    const_iterator& operator++() {
      ++at_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++at_;
      return before;
    }
    bool operator==(const const_iterator& o) const { return at_ == o.at_; }

   private:
    const BlockList* list_ = nullptr;
    std::size_t at_ = 0;
  };

  /// Room for BLOCKS blocks, PIECES pieces and TEXT_BYTES bytes of text, all upper bounds.
  void reserve(std::size_t blocks, std::size_t pieces, std::size_t text_bytes);

  /// Opens an empty block of KIND at LINE; a block already open is left out.
  void open(BlockKind kind, std::size_t line);
  /// Appends to the open block the text of LINE (number LINE_INDEX) of INPUT from byte
  /// FROM on (spaces and tabs there left out) after one space; nothing when only white
  /// space is left. LINE_INDEX becomes the block's last line either way.
  void append(std::string_view input, const Line& line, std::size_t line_index, std::size_t from);
  /// Closes the open block: kept when KEEP, else left out with its text and pieces.
  void close(bool keep);
  /// True while a block is open.
  bool is_open() const { return open_; }
  /// The open block (only while one is).
  Block current() const;
  /// Adds a copy of B, a block of another list, as a closed block (an open block is left out).
  void push(const Block& b);

  /// Closed blocks.
  std::size_t size() const { return entries_.size(); }
  /// True when no block is closed.
  bool empty() const { return entries_.empty(); }
  /// The closed block I.
  Block operator[](std::size_t i) const;
  /// The first closed block.
  Block front() const { return (*this)[0]; }
  /// The last closed block.
  Block back() const { return (*this)[entries_.size() - 1]; }
  /// The first closed block.
  const_iterator begin() const { return {this, 0}; }
  /// Past the last closed block.
  const_iterator end() const { return {this, entries_.size()}; }

 private:
  // A block's text and pieces run up to where the next block's begin (or the pool's
  // end): the pools hold the blocks in order, so an entry keeps only where they start.
  struct Entry {
    std::uint32_t text_at = 0;
    std::uint32_t pieces_at = 0;
    std::uint32_t first_line = 0, last_line = 0;
    BlockKind kind = BlockKind::kParagraph;
  };
  static_assert(sizeof(Entry) == 20);

  Block view(const Entry& e, std::size_t text_end, std::size_t pieces_end) const;

  std::vector<Entry> entries_;
  std::vector<TextPiece> pieces_;
  std::vector<char> text_;  // a vector: moving the list keeps the views valid
  Entry cur_;
  bool open_ = false;
};

}  // namespace jtai
