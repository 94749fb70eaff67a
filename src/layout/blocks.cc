// Blocks: the pools behind them, and the views their readers get.
#include "layout/blocks.h"

#include <cassert>

namespace jtai {

std::vector<ByteSpan> Block::spans() const {
  std::vector<ByteSpan> out;
  for (const auto& p : pieces) {
    if (p.joins && !out.empty()) out.back().end = p.input_end;
    else out.push_back(p.input());
  }
  return out;
}

std::vector<int> Block::pages() const {
  std::vector<int> out;
  for (const auto& p : pieces)
    if (out.empty() || out.back() != p.page) out.push_back(p.page);
  return out;
}

void BlockList::reserve(std::size_t blocks, std::size_t pieces, std::size_t text_bytes) {
  entries_.reserve(blocks);
  pieces_.reserve(pieces);
  text_.reserve(text_bytes);
}

void BlockList::open(BlockKind kind, std::size_t line) {
  if (open_) close(false);
  cur_ = Entry{};
  cur_.text_at = static_cast<std::uint32_t>(text_.size());
  cur_.pieces_at = static_cast<std::uint32_t>(pieces_.size());
  cur_.first_line = cur_.last_line = static_cast<std::uint32_t>(line);
  cur_.kind = kind;
  open_ = true;
}

void BlockList::append(std::string_view input, const Line& line, std::size_t line_index, std::size_t from) {
  assert(open_);
  cur_.last_line = static_cast<std::uint32_t>(line_index);
  std::size_t b = from, e = line.text_end;
  while (b < e && (input[b] == ' ' || input[b] == '\t')) ++b;
  if (b >= e) return;
  bool joins = pieces_.size() > cur_.pieces_at;
  for (std::size_t k = joins ? pieces_.back().input_end : b; k < b && joins; ++k) {
    char c = input[k];
    joins = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
  }
  if (text_.size() > cur_.text_at) text_.push_back(' ');
  pieces_.emplace_back(text_.size() - cur_.text_at, ByteSpan{b, e}, line.page, joins);
  text_.insert(text_.end(), input.begin() + static_cast<std::ptrdiff_t>(b), input.begin() + static_cast<std::ptrdiff_t>(e));
}

void BlockList::close(bool keep) {
  if (!open_) return;
  open_ = false;
  if (keep) {
    entries_.push_back(cur_);
    return;
  }
  text_.resize(cur_.text_at);
  pieces_.resize(cur_.pieces_at);
}

Block BlockList::current() const {
  assert(open_);
  return view(cur_, text_.size(), pieces_.size());
}

void BlockList::push(const Block& b) {
  open(b.kind, b.first_line);
  text_.insert(text_.end(), b.text.begin(), b.text.end());
  pieces_.insert(pieces_.end(), b.pieces.begin(), b.pieces.end());
  cur_.last_line = b.last_line;
  close(true);
}

Block BlockList::operator[](std::size_t i) const {
  if (i + 1 < entries_.size()) return view(entries_[i], entries_[i + 1].text_at, entries_[i + 1].pieces_at);
  if (open_) return view(entries_[i], cur_.text_at, cur_.pieces_at);
  return view(entries_[i], text_.size(), pieces_.size());
}

Block BlockList::view(const Entry& e, std::size_t text_end, std::size_t pieces_end) const {
  Block b;
  b.text = std::string_view(text_.data() + e.text_at, text_end - e.text_at);
  b.pieces = std::span<const TextPiece>(pieces_.data() + e.pieces_at, pieces_end - e.pieces_at);
  b.first_line = e.first_line;
  b.last_line = e.last_line;
  b.kind = e.kind;
  return b;
}

}  // namespace jtai
