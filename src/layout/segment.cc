// Segmentation: furniture first (it decides which gaps are page breaks), then blocks.
#include "layout/segment.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>

#include "data/lexicon.h"
#include "layout/furniture.h"
#include "layout/geometry.h"
#include "text/text_util.h"
#include "tuning.h"

namespace jtai {
namespace {

// Heading patterns match whole lines (`^(?:...)$`), so matching somewhere is matching all.
bool known_heading(std::string_view s, const Lexicon& lx) { return lx.any_heading(s); }

// True when S ends with a word a heading never ends with: a line ending so is the start
// of a wrapped sentence (data/layout/heading-words.tsv).
bool ends_with_function_word(std::string_view s, const Lexicon& lx) {
  std::size_t space = s.find_last_of(' ');
  if (space == std::string_view::npos) return false;
  return lx.not_heading_end.count(ascii_lower(s.substr(space + 1))) > 0;
}


bool heading_shape(std::string_view s, const Lexicon& lx) {
  if (s.size() > tuning::kHeadingMaxBytes || has_words(s, tuning::kHeadingMaxWords + 1)) return false;
  if (!starts_upper(s) || (s.front() >= '0' && s.front() <= '9')) return false;
  char32_t last = last_code_point(s);
  if (ends_sentence(s) || last == ',' || last == ';' || last == '-' || last == 0x2013) return false;
  return !ends_with_function_word(s, lx);
}

// A line is full when the next line's first word would not have fitted after it: its
// width plus a space and that word exceeds the column by this factor of the column
// (glyph widths are estimates, so a little slack either way).
constexpr double kFullLineSlack = 1.0;
// The column is this percentile of the widths of the lines with enough words to be
// wrapped prose.
constexpr double kColumnPercentile = 0.9;
constexpr int kColumnMinWords = 6;
// A line wider than the column by this factor was joined by the PDF converter with the
// tail of a word hyphenated at its end ("decision-" + "making."): when it ends a
// sentence, the printed last line was that short tail and the paragraph ends there.
constexpr double kMergedLine = 1.015;
// Fewer prose lines than this: no column is measured and sentence ends decide instead.
constexpr std::size_t kColumnMinLines = 8;

// Widths of S's glyphs in the units of data/layout/glyph-widths.tsv. Every prose line of
// a document is measured, so ASCII is looked up in a table built once per document.
class Ruler {
 public:
  explicit Ruler(const Lexicon& lx) : lx_(lx) {
    for (std::size_t c = 0; c < kAscii; ++c) ascii_[c] = glyph(static_cast<char32_t>(c));
  }

  long measure(std::string_view s) const {
    long w = 0;
    for (std::size_t i = 0; i < s.size();) {
      auto byte = static_cast<unsigned char>(s[i]);
      if (byte < kAscii) {
        w += ascii_[byte];
        ++i;
        continue;
      }
      std::size_t len = 1;
      w += glyph(decode_utf8(s, i, &len));
      i += len == 0 ? 1 : len;
    }
    return w;
  }

  int space() const { return lx_.glyph_space; }

 private:
  static constexpr std::size_t kAscii = 128;

  int glyph(char32_t c) const {
    if (c == ' ') return lx_.glyph_space;
    auto it = lx_.glyph_widths.find(c);
    return it == lx_.glyph_widths.end() ? lx_.glyph_default : it->second;
  }

  const Lexicon& lx_;
  std::array<int, kAscii> ascii_{};
};

// The widths of a document's text lines. Prose lines (kColumnMinWords words or more) are
// measured once, for the column, and kept for the paragraph-end test after each; other
// lines are measured when asked for (keeping a width for every line would cost a list of
// one-letter items 8 bytes per 4 of input).
class LineWidths {
 public:
  LineWidths(std::string_view text, const std::vector<Line>& lines, const std::vector<LineRole>& roles,
             const Ruler& ruler)
      : text_(text), lines_(lines), ruler_(ruler) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (roles[i] != LineRole::kText) continue;
      std::string_view s = line_text(text, lines[i]);
      if (!has_words(s, kColumnMinWords)) continue;
      prose_.push_back(static_cast<std::uint32_t>(i));
      widths_.push_back(ruler.measure(s));
    }
  }

  /// The width of the text column: a percentile of the prose lines' widths, or 0 when too
  /// few lines say.
  long column() const {
    if (widths_.size() < kColumnMinLines) return 0;
    std::vector<long> w = widths_;
    auto k = static_cast<std::size_t>(kColumnPercentile * static_cast<double>(w.size() - 1));
    std::nth_element(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(k), w.end());
    return w[k];
  }

  /// The width of line I.
  long of(std::size_t i) const {
    auto it = std::lower_bound(prose_.begin(), prose_.end(), i);
    if (it != prose_.end() && *it == i) return widths_[static_cast<std::size_t>(it - prose_.begin())];
    return ruler_.measure(line_text(text_, lines_[i]));
  }

 private:
  std::string_view text_;
  const std::vector<Line>& lines_;
  const Ruler& ruler_;
  std::vector<std::uint32_t> prose_;  ///< the prose lines, ascending (a text is under 4 GiB)
  std::vector<long> widths_;          ///< their widths
};

// True when PREV (line PREV_LINE, whose width WIDTHS give) ends its paragraph: it is
// shorter than the column by more than the first word of NEXT (a reader sees a short last
// line) and does not end on a comma or semicolon; without a column, when PREV ends a sentence.
bool ends_paragraph(std::string_view prev, std::size_t prev_line, std::string_view next, long column,
                    const LineWidths& widths, const Ruler& ruler) {
  if (column == 0) return ends_sentence(prev);
  // A paragraph does not end on a comma or a semicolon, whatever the width of its line
  // (glyph widths are estimates: "robust SMART (Specific," looked short enough to end one).
  if (!prev.empty() && (prev.back() == ',' || prev.back() == ';')) return false;
  const long prev_width = widths.of(prev_line);
  if (ends_sentence(prev) && static_cast<double>(prev_width) > kMergedLine * static_cast<double>(column)) return true;
  std::string_view first = next.substr(0, next.find(' '));
  double fitted = static_cast<double>(prev_width + ruler.space() + ruler.measure(first));
  return fitted <= kFullLineSlack * static_cast<double>(column);
}

// Builds a BlockList line by line; a bullet whose marker had no text after it is left out.
class Builder {
 public:
  Builder(std::string_view text, const std::vector<Line>& lines) : text_(text), lines_(lines) {}

  void reserve(std::size_t blocks, std::size_t pieces) { blocks_.reserve(blocks, pieces, text_.size()); }

  void open(BlockKind kind, std::size_t line, std::size_t from) {
    close();
    blocks_.open(kind, line);
    blocks_.append(text_, lines_[line], line, from);
  }

  void append(std::size_t line, std::size_t from) { blocks_.append(text_, lines_[line], line, from); }

  void close() {
    if (!blocks_.is_open()) return;
    Block cur = blocks_.current();
    blocks_.close(!cur.text.empty() || cur.kind != BlockKind::kBullet);
  }

  bool open_block() const { return blocks_.is_open(); }
  Block current() const { return blocks_.current(); }
  void push(const Block& b) {
    close();
    blocks_.push(b);
  }
  BlockList take() {
    close();
    return std::move(blocks_);
  }

 private:
  std::string_view text_;
  const std::vector<Line>& lines_;
  BlockList blocks_;
};

std::vector<ByteSpan> content_ranges(const std::vector<Line>& lines, const std::vector<LineRole>& roles) {
  std::vector<ByteSpan> out;
  std::optional<ByteSpan> run;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] == LineRole::kFurniture) {
      if (run) out.push_back(*run);
      run.reset();
    } else if (roles[i] == LineRole::kText) {
      if (run) run->end = lines[i].text_end;
      else run = ByteSpan{lines[i].text_begin, lines[i].text_end};
    }
  }
  if (run) out.push_back(*run);
  return out;
}

std::optional<std::size_t> next_text_line(const std::vector<LineRole>& roles, std::size_t i) {
  for (std::size_t j = i + 1; j < roles.size(); ++j)
    if (roles[j] == LineRole::kText) return j;
  return std::nullopt;
}

// A paragraph of a text (not PDF) longer than this is several run together: the longest
// paragraph of a letter a PDF shows is under 1,900 bytes. pdftotext text cannot show the
// end of a paragraph on a full line; such a run is split where a line ends a sentence
// and the next line starts with a capital.
constexpr std::size_t kRunOnBytes = 2000;

// The line of LINES whose text holds byte AT.
std::size_t line_at(const std::vector<Line>& lines, std::size_t at) {
  auto it = std::upper_bound(lines.begin(), lines.end(), at, [](std::size_t a, const Line& l) { return a < l.begin; });
  return static_cast<std::size_t>(it - lines.begin()) - 1;
}

bool run_on(const std::vector<Line>& lines, const Block& b) {
  return b.kind == BlockKind::kParagraph && b.text.size() > kRunOnBytes && !lines[b.first_line].box;
}

// BLOCKS with every run-on text paragraph split at its line-final sentence ends; BLOCKS
// themselves when none is (the common case, and no copy of a long list of blocks).
BlockList split_run_ons(std::string_view text, const std::vector<Line>& lines, BlockList blocks) {
  if (std::none_of(blocks.begin(), blocks.end(), [&](const Block& b) { return run_on(lines, b); })) return blocks;
  Builder builder(text, lines);
  for (const Block& b : blocks) {
    if (!run_on(lines, b)) {
      builder.push(b);
      continue;
    }
    std::string_view prev;
    for (const auto& piece : b.pieces) {
      std::string_view s = text.substr(piece.input_begin, piece.input_end - piece.input_begin);
      std::size_t line = line_at(lines, piece.input_begin);
      if (prev.empty() || (ends_sentence(prev) && starts_upper(s))) builder.open(BlockKind::kParagraph, line, piece.input_begin);
      else builder.append(line, piece.input_begin);
      prev = s;
    }
  }
  return builder.take();
}

// What heading_end() reads.
struct Page {
  std::string_view text;
  const std::vector<Line>& lines;
  const std::vector<LineRole>& roles;
  const PageMeasures& measures;
  const Lexicon& lx;
};

// The last line of the heading that line I (starting with a capital) opens, or nullopt:
// a known heading on one line or wrapped onto two; a line in heading type after a
// paragraph's end with the lines in that type right under it; on a text line, a line
// shaped like a heading where one may stand (MAY_HEAD) before the start of a block.
std::optional<std::size_t> heading_end(const Page& p, std::size_t i, bool prev_ends, bool may_head) {
  std::string_view s = line_text(p.text, p.lines[i]);
  std::optional<std::size_t> next = next_text_line(p.roles, i);
  auto next_text = [&] { return line_text(p.text, p.lines[*next]); };
  if (next && *next == i + 1 && known_heading(std::string(s) + " " + std::string(next_text()), p.lx)) return next;
  if (prev_ends && heading_type(p.lines[i], p.measures)) {
    std::size_t last = i;
    while (next && *next == last + 1 && heading_type(p.lines[*next], p.measures) &&
           !vertical_gap(p.lines[last], p.lines[*next], p.measures) && !p.lx.bullet_at(next_text())) {
      last = *next;
      next = next_text_line(p.roles, last);
    }
    return last;
  }
  if (known_heading(s, p.lx)) return i;
  if (p.lines[i].box && p.measures.known) return std::nullopt;
  bool next_starts_block = !next || starts_upper(next_text()) || p.lx.bullet_at(next_text()) != nullptr;
  if (may_head && heading_shape(s, p.lx) && next_starts_block) return i;
  return std::nullopt;
}

}  // namespace

Segmentation segment(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx) {
  Segmentation out;
  const PageMeasures measures = measure_pages(lines);
  out.roles = find_furniture(text, lines, lx, measures, &out.footnotes);
  const Ruler ruler(lx);
  const LineWidths widths(text, lines, out.roles, ruler);
  const long column = widths.column();
  Builder builder(text, lines);
  // Every block opens on a text line and every piece is one, so their count bounds both.
  const auto text_lines = static_cast<std::size_t>(std::count(out.roles.begin(), out.roles.end(), LineRole::kText));
  builder.reserve(text_lines, text_lines);

  bool saw_blank = false;
  bool saw_furniture = false;
  bool waiting_bullet = false;       // a marker stood alone; its text comes on a later line
  std::optional<std::size_t> prev;  // previous text line
  bool prev_heading = false;

  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (out.roles[i] == LineRole::kBlank) {
      saw_blank = true;
      continue;
    }
    if (out.roles[i] == LineRole::kFurniture) {
      saw_furniture = true;
      continue;
    }
    std::string_view s = line_text(text, lines[i]);
    bool hard_gap = saw_blank && !saw_furniture;
    // PDF lines are read by their place on the page; text lines by their length.
    bool boxed = measures.known && prev && lines[*prev].box && lines[i].box;
    bool prev_ends = !prev || prev_heading || hard_gap ||
                     (boxed ? geometry_break(lines[*prev], lines[i], measures)
                            : ends_paragraph(line_text(text, lines[*prev]), *prev, s, column, widths, ruler));
    // A page that ends on a sentence end, the next opening with a capital: a paragraph
    // ends there. The page's last line is full either way, so its width cannot tell.
    bool prev_sentence = prev && ends_sentence(line_text(text, lines[*prev]));
    if (prev_sentence && lines[*prev].page != lines[i].page && starts_upper(s)) prev_ends = true;
    // A heading may follow a full line that ends a sentence: its own shape says it stands alone.
    bool may_head = prev_ends || prev_sentence;
    saw_blank = saw_furniture = false;

    const BulletMarker* bullet = lx.bullet_at(s);
    if (bullet && bullet->level == 1) {
      builder.open(BlockKind::kBullet, i, lines[i].text_begin + bullet->marker.size());
      waiting_bullet = builder.current().pieces.empty();
      prev = i;
      prev_heading = false;
      continue;
    }
    if (bullet && builder.open_block() && builder.current().kind != BlockKind::kHeading) {
      builder.append(i, lines[i].text_begin);  // a sub-point stays inside its item
      prev = i;
      prev_heading = false;
      continue;
    }

    if (!waiting_bullet && starts_upper(s)) {
      if (auto last = heading_end({text, lines, out.roles, measures, lx}, i, prev_ends, may_head)) {
        builder.open(BlockKind::kHeading, i, lines[i].text_begin);
        for (std::size_t j = i + 1; j <= *last; ++j)
          if (out.roles[j] == LineRole::kText) builder.append(j, lines[j].text_begin);
        builder.close();
        i = *last;
        prev = i;
        prev_heading = true;
        continue;
      }
    }

    bool continues = false;
    if (builder.open_block()) {
      const Block cur = builder.current();
      if (waiting_bullet || starts_lower(s)) continues = true;
      else if (hard_gap) continues = false;
      else if (cur.kind == BlockKind::kBullet) continues = true;
      else continues = !prev_ends;
    }
    if (continues) builder.append(i, lines[i].text_begin);
    else builder.open(BlockKind::kParagraph, i, lines[i].text_begin);
    waiting_bullet = false;
    prev = i;
    prev_heading = false;
  }
  out.blocks = split_run_ons(text, lines, builder.take());
  out.content = content_ranges(lines, out.roles);
  return out;
}

}  // namespace jtai
