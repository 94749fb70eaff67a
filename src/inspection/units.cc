// Units of graded inspection reports.
#include "inspection/units.h"

#include <algorithm>
#include <optional>

#include "inspection/page.h"
#include "text/text_util.h"

namespace jtai {
namespace {

constexpr std::size_t kHeadingLines = 4;  // most lines a section heading wraps over

// Lines are filled before they wrap: the width of a full line is that of the widest
// text lines, leaving out the widest few (tables, addresses). Measured on the ILACS
// reports, where the numbers show where paragraphs end: 0.95 keeps 70 of 161 sentence
// ends inside a paragraph together and misses 21 of 403 paragraph ends (without the
// test, all 161 are split).
constexpr double kFullLineQuantile = 0.95;

// Width of S in code points.
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::size_t full_width(std::string_view text, const std::vector<Line>& lines, const std::vector<std::size_t>& idx) {
  std::vector<std::size_t> w;
  for (std::size_t i : idx) w.push_back(width(line_text(text, lines[i])));
  if (w.empty()) return 0;
  std::sort(w.begin(), w.end());
  return w[static_cast<std::size_t>(kFullLineQuantile * static_cast<double>(w.size() - 1))];
}

// True when the first word of NEXT would have fitted at the end of PREV.
bool would_fit(std::string_view prev, std::string_view next, std::size_t full) {
  std::size_t word = next.find_first_of(" \t");
  return width(prev) + 1 + width(next.substr(0, word)) <= full;
}

using Role = InspectionHeading::Role;

// Builds the units and their blocks together; a unit with no text is left out, but for a break.
class Builder {
 public:
  Builder(std::string_view text, const std::vector<Line>& lines, std::size_t text_lines)
      : text_(text), lines_(lines) {
    out_.units.reserve(text_lines);
    out_.blocks.reserve(text_lines, text_lines, text.size());
  }

  void open(UnitKind kind, std::size_t line, std::size_t from) {
    close();
    cur_ = Unit{};
    cur_.kind = kind;
    out_.blocks.open(kind == UnitKind::kBullet    ? BlockKind::kBullet
                     : kind == UnitKind::kHeading ? BlockKind::kHeading
                                                  : BlockKind::kParagraph,
                     line);
    out_.blocks.append(text_, lines_[line], line, from);
  }

  void append(std::size_t line, std::size_t from) { out_.blocks.append(text_, lines_[line], line, from); }

  void close() {
    if (!out_.blocks.is_open()) return;
    bool keep = !out_.blocks.current().text.empty() || cur_.kind == UnitKind::kBreak;
    out_.blocks.close(keep);
    if (keep) out_.units.push_back(std::move(cur_));
  }

  bool is_open() const { return out_.blocks.is_open(); }
  Unit& current() { return cur_; }
  std::string_view current_text() const { return out_.blocks.current().text; }

  ReportUnits take() {
    close();
    return std::move(out_);
  }

 private:
  std::string_view text_;
  const std::vector<Line>& lines_;
  Unit cur_;
  ReportUnits out_;
};

struct HeadingMatch {
  Role role;
  std::size_t lines;
};

// A section heading over the text lines IDX[K ..], shortest first.
std::optional<HeadingMatch> heading_at(std::string_view text, const std::vector<Line>& lines,
                                       const std::vector<std::size_t>& idx, const std::vector<bool>& table,
                                       std::size_t k, const Lexicon& lx) {
  if (!starts_upper(line_text(text, lines[idx[k]]))) return std::nullopt;
  for (std::size_t n = 1; n <= kHeadingLines && k + n <= idx.size(); ++n) {
    if (table[idx[k + n - 1]]) break;
    std::string joined = fold_space(join_lines(text, lines, idx, k, n).text);
    re2::StringPiece s(joined);
    for (const auto& h : lx.inspection_headings)
      if (re2::RE2::FullMatch(s, *h.pattern)) return HeadingMatch{h.role, n};
    for (const auto& h : lx.judgements.graded_headings)
      if (re2::RE2::FullMatch(s, *h.pattern)) return HeadingMatch{Role::kFindings, n};
  }
  return std::nullopt;
}

// Length of the numbered-paragraph marker that S starts with (0 if none), and its number.
std::size_t marker_at(std::string_view s, const Lexicon& lx, std::string* number) {
  for (const auto& re : lx.inspection_layout.marker) {
    re2::StringPiece in(s.data(), s.size());
    re2::StringPiece n;
    if (re2::RE2::Consume(&in, *re, &n)) {
      *number = std::string(n.data(), n.size());
      return static_cast<std::size_t>(in.data() - s.data());
    }
  }
  return 0;
}

}  // namespace

ReportUnits report_units(std::string_view text, const std::vector<Line>& lines,
                               const std::vector<bool>& furniture, const std::vector<bool>& cells,
                               const std::vector<std::size_t>& table_lines, const Lexicon& lx) {
  std::vector<bool> skipped = furniture;
  for (std::size_t i = 0; i < lines.size(); ++i) skipped[i] = skipped[i] || cells[i];
  std::vector<std::size_t> idx = report_text_lines(lines, skipped);
  std::size_t full = full_width(text, lines, idx);
  std::vector<bool> table(lines.size(), false);
  for (std::size_t t : table_lines) table[t] = true;
  Builder b(text, lines, idx.size());
  bool waiting = false;              // a marker stood alone: its text comes on the next line
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t prev = kNone;  // the previous text line
  for (std::size_t k = 0; k < idx.size(); ++k) {
    std::size_t i = idx[k];
    if (table[i]) {
      b.open(UnitKind::kBreak, i, lines[i].text_end);
      b.close();
      prev = kNone;
      waiting = false;
      continue;
    }
    bool hard_gap = false;  // a blank line that is neither a page break nor furniture
    if (prev != kNone) {
      bool saw_blank = false, saw_furniture = false;
      for (std::size_t j = prev + 1; j < i; ++j) (skipped[j] ? saw_furniture : saw_blank) |= true;
      hard_gap = saw_blank && !saw_furniture && lines[i].page == lines[prev].page;
    }
    if (auto h = heading_at(text, lines, idx, table, k, lx)) {
      b.open(UnitKind::kHeading, i, lines[i].text_begin);
      b.current().role = h->role;
      for (std::size_t m = 1; m < h->lines; ++m) b.append(idx[k + m], lines[idx[k + m]].text_begin);
      b.close();
      k += h->lines - 1;
      prev = idx[k];
      waiting = false;
      continue;
    }
    std::string_view s = line_text(text, lines[i]);
    std::string number;
    const BulletMarker* bullet = lx.bullet_at(s);
    if (waiting) {
      b.append(i, lines[i].text_begin);
      waiting = b.current_text().empty();
    } else if (std::size_t m = bullet ? 0 : marker_at(s, lx, &number); m > 0) {
      b.open(UnitKind::kNumbered, i, lines[i].text_begin + m);
      b.current().number = number;
      waiting = b.current_text().empty();
    } else if (bullet && (bullet->level == 1 || !b.is_open())) {
      b.open(UnitKind::kBullet, i, lines[i].text_begin + bullet->marker.size());
      waiting = b.current_text().empty();
    } else {
      std::string_view before = prev == kNone ? std::string_view() : line_text(text, lines[prev]);
      bool prev_ends = prev == kNone || (ends_sentence(before) && would_fit(before, s, full));
      bool in_item = b.is_open() && b.current().kind != UnitKind::kParagraph;
      bool continues = b.is_open() && b.current().kind != UnitKind::kHeading &&
                       (bullet || starts_lower(s) || (!hard_gap && (in_item || !prev_ends)));
      if (continues) b.append(i, lines[i].text_begin);
      else b.open(UnitKind::kParagraph, i, lines[i].text_begin);
    }
    prev = i;
  }
  return b.take();
}

}  // namespace jtai
