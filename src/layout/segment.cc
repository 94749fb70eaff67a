// Segmentation: furniture first (it decides which gaps are page breaks), then blocks.
#include "layout/segment.h"

#include <algorithm>
#include <optional>

#include "data/lexicon.h"
#include "layout/geometry.h"
#include "text/text_util.h"
#include "tuning.h"

namespace jtai {
namespace {

using Where = FurnitureRule::Where;

bool full(const Regex& re, std::string_view s) {
  return re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re);
}

bool any_rule(const Lexicon& lx, Where where, std::string_view s) {
  for (const auto& r : lx.furniture)
    if (r.where == where && full(r.first, s)) return true;
  return false;
}


std::vector<LineRole> find_furniture(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx) {
  std::vector<LineRole> roles(lines.size(), LineRole::kText);
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].blank()) roles[i] = LineRole::kBlank;

  auto next_text = [&](std::size_t i) -> std::optional<std::size_t> {
    for (std::size_t j = i + 1; j < lines.size(); ++j)
      if (!lines[j].blank()) return j;
    return std::nullopt;
  };

  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] != LineRole::kText) continue;
    std::string_view s = line_text(text, lines[i]);
    if (any_rule(lx, Where::kLine, s) || any_rule(lx, Where::kNoteLine, s)) {
      roles[i] = LineRole::kFurniture;
      continue;
    }
    for (const auto& r : lx.furniture) {
      if (r.where != Where::kPair || !full(r.first, s)) continue;
      auto j = next_text(i);
      if (j && full(r.second, line_text(text, lines[*j]))) {
        roles[i] = roles[*j] = LineRole::kFurniture;
        break;
      }
    }
  }

  // Page ends: the last line of each page may be a page number, with a footnote above it.
  std::size_t start = 0;
  while (start < lines.size()) {
    std::size_t end = start + 1;
    while (end < lines.size() && !lines[end].page_start) ++end;
    std::vector<std::size_t> text_lines;
    for (std::size_t i = start; i < end; ++i)
      if (!lines[i].blank()) text_lines.push_back(i);
    if (!text_lines.empty()) {
      std::size_t last = text_lines.back();
      std::size_t footnote_limit = text_lines.size();
      if (any_rule(lx, Where::kPageEnd, line_text(text, lines[last]))) {
        roles[last] = LineRole::kFurniture;
        --footnote_limit;
      }
      // A footnote: a lone marker line after a blank line, followed only by its text.
      int reach = 0;
      for (std::size_t k = footnote_limit; k-- > 0 && reach < tuning::kFootnoteReach; ++reach) {
        std::size_t i = text_lines[k];
        if (!any_rule(lx, Where::kFootnote, line_text(text, lines[i]))) continue;
        bool after_blank = i > start && lines[i - 1].blank();
        bool has_text = k + 1 < footnote_limit;
        if (after_blank && has_text) {
          for (std::size_t m = k; m < footnote_limit; ++m) roles[text_lines[m]] = LineRole::kFurniture;
          break;
        }
      }
    }
    start = end;
  }
  return roles;
}

bool known_heading(std::string_view s, const Lexicon& lx) {
  for (const auto& h : lx.headings)
    if (full(h.pattern, s)) return true;
  return false;
}

// True when S ends with a word a heading never ends with: a line ending so is the start
// of a wrapped sentence (data/layout/heading-words.tsv).
bool ends_with_function_word(std::string_view s, const Lexicon& lx) {
  std::size_t space = s.find_last_of(' ');
  if (space == std::string_view::npos) return false;
  return lx.not_heading_end.count(ascii_lower(s.substr(space + 1))) > 0;
}


bool heading_shape(std::string_view s, const Lexicon& lx) {
  if (s.size() > tuning::kHeadingMaxBytes || word_count(s) > tuning::kHeadingMaxWords) return false;
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

// Width of S in the glyph units of data/layout/glyph-widths.tsv.
long measure(std::string_view s, const Lexicon& lx) {
  long w = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    char32_t c = decode_utf8(s, i, &len);
    if (c == ' ') w += lx.glyph_space;
    else {
      auto it = lx.glyph_widths.find(c);
      w += it == lx.glyph_widths.end() ? lx.glyph_default : it->second;
    }
    i += len == 0 ? 1 : len;
  }
  return w;
}

// The width of the document's text column, or 0 when too few lines say.
long column_width(std::string_view text, const std::vector<Line>& lines, const std::vector<LineRole>& roles,
                  const Lexicon& lx) {
  std::vector<long> widths;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] != LineRole::kText) continue;
    std::string_view s = line_text(text, lines[i]);
    if (word_count(s) >= kColumnMinWords) widths.push_back(measure(s, lx));
  }
  if (widths.size() < kColumnMinLines) return 0;
  auto k = static_cast<std::size_t>(kColumnPercentile * static_cast<double>(widths.size() - 1));
  std::nth_element(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(k), widths.end());
  return widths[k];
}

// True when PREV ends its paragraph: it is shorter than the column by more than the
// first word of NEXT (a reader sees a short last line); without a column, when PREV
// ends a sentence.
bool ends_paragraph(std::string_view prev, std::string_view next, long column, const Lexicon& lx) {
  if (column == 0) return ends_sentence(prev);
  if (ends_sentence(prev) &&
      static_cast<double>(measure(prev, lx)) > kMergedLine * static_cast<double>(column))
    return true;
  std::string_view first = next.substr(0, next.find(' '));
  double fitted = static_cast<double>(measure(prev, lx) + lx.glyph_space + measure(first, lx));
  return fitted <= kFullLineSlack * static_cast<double>(column);
}

class Builder {
 public:
  Builder(std::string_view text, const std::vector<Line>& lines) : text_(text), lines_(lines) {}

  void open(BlockKind kind, std::size_t line, std::size_t from) {
    close();
    cur_ = Block{};
    cur_->kind = kind;
    cur_->first_line = line;
    cur_->last_line = line;
    if (from < lines_[line].text_end) add(line, from);
  }

  void append(std::size_t line, std::size_t from) {
    if (from < lines_[line].text_end) add(line, from);
    cur_->last_line = line;
  }

  void close() {
    if (cur_) {
      if (!cur_->text.empty() || cur_->kind != BlockKind::kBullet) blocks_.push_back(std::move(*cur_));
      cur_.reset();
    }
  }

  bool open_block() const { return cur_.has_value(); }
  const Block& current() const { return *cur_; }
  std::vector<Block> take() {
    close();
    return std::move(blocks_);
  }

 private:
  void add(std::size_t line, std::size_t from) {
    std::size_t b = from;
    while (b < lines_[line].text_end && (text_[b] == ' ' || text_[b] == '\t')) ++b;
    std::size_t e = lines_[line].text_end;
    if (b >= e) return;
    if (!cur_->text.empty()) cur_->text.push_back(' ');
    cur_->pieces.push_back({cur_->text.size(), {b, e}});
    cur_->text.append(text_.substr(b, e - b));
    bool whitespace_between = !cur_->spans.empty();
    if (whitespace_between) {
      for (std::size_t k = cur_->spans.back().end; k < b; ++k) {
        char c = text_[k];
        if (!(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f')) {
          whitespace_between = false;
          break;
        }
      }
    }
    if (whitespace_between) cur_->spans.back().end = e;
    else cur_->spans.push_back({b, e});
    int page = lines_[line].page;
    if (cur_->pages.empty() || cur_->pages.back() != page) cur_->pages.push_back(page);
  }

  std::string_view text_;
  const std::vector<Line>& lines_;
  std::optional<Block> cur_;
  std::vector<Block> blocks_;
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

}  // namespace

Segmentation segment(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx) {
  Segmentation out;
  out.roles = find_furniture(text, lines, lx);
  const long column = column_width(text, lines, out.roles, lx);
  const PageMeasures measures = measure_pages(lines);
  Builder builder(text, lines);

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
                            : ends_paragraph(line_text(text, lines[*prev]), s, column, lx));
    // A heading may follow a full line that ends a sentence: its own shape says it stands alone.
    bool may_head = prev_ends || ends_sentence(line_text(text, lines[*prev]));
    saw_blank = saw_furniture = false;

    const BulletMarker* bullet = lx.bullet_at(s);
    if (bullet && bullet->level == 1) {
      builder.open(BlockKind::kBullet, i, lines[i].text_begin + bullet->marker.size());
      waiting_bullet = !builder.current().spans.size();
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

    std::optional<std::size_t> next = next_text_line(out.roles, i);
    bool next_starts_block = !next || starts_upper(line_text(text, lines[*next])) ||
                             lx.bullet_at(line_text(text, lines[*next])) != nullptr;
    // A known heading wrapped onto two lines.
    if (!waiting_bullet && next && *next == i + 1 && starts_upper(s) &&
        known_heading(std::string(s) + " " + std::string(line_text(text, lines[*next])), lx)) {
      builder.open(BlockKind::kHeading, i, lines[i].text_begin);
      builder.append(*next, lines[*next].text_begin);
      builder.close();
      i = *next;
      prev = i;
      prev_heading = true;
      continue;
    }
    // A line in heading type standing alone after a paragraph's end, with the lines in
    // the same type right under it.
    if (!waiting_bullet && starts_upper(s) && (prev_ends || !prev) && heading_type(lines[i], measures)) {
      builder.open(BlockKind::kHeading, i, lines[i].text_begin);
      while (next && *next == i + 1 && heading_type(lines[*next], measures) &&
             !vertical_gap(lines[i], lines[*next], measures) && !lx.bullet_at(line_text(text, lines[*next]))) {
        i = *next;
        builder.append(i, lines[i].text_begin);
        next = next_text_line(out.roles, i);
      }
      builder.close();
      prev = i;
      prev_heading = true;
      continue;
    }
    bool by_shape = lines[i].box && measures.known ? false : may_head && heading_shape(s, lx) && next_starts_block;
    bool heading = !waiting_bullet && starts_upper(s) && (known_heading(s, lx) || by_shape);
    if (heading) {
      builder.open(BlockKind::kHeading, i, lines[i].text_begin);
      builder.close();
      prev = i;
      prev_heading = true;
      continue;
    }

    bool continues = false;
    if (builder.open_block()) {
      const Block& cur = builder.current();
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
  out.blocks = builder.take();
  out.content = content_ranges(lines, out.roles);
  return out;
}

}  // namespace jtai
