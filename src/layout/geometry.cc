// Line boxes from word boxes, and the page measures paragraphs and headings are read by.
#include "layout/geometry.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace jtai {
namespace {

// A line is bold when at least this share of its characters is in a bold face.
constexpr double kBoldShare = 0.8;
// A vertical distance between two lines' tops larger than the normal one by this factor
// is a paragraph gap (blank space a reader sees; normal spacing varies by a point or two).
constexpr double kGapFactor = 1.35;
// Type larger than the body by this factor is a heading; smaller by this factor a note.
constexpr double kLargerType = 1.15;
constexpr double kSmallerType = 0.92;
// A line whose left edge is right of the line above by more than this share of the body
// size on the same page is indented: the first line of a new paragraph.
constexpr double kIndentShare = 1.0;
// Width of a space as a share of the font size (Tahoma, Arial and the like).
constexpr double kSpaceShare = 0.3;
// The column's right edge: this percentile of the right edges of lines of at least
// kColumnMinWords words, so that one overlong line does not move it.
constexpr double kColumnPercentile = 0.95;
constexpr int kColumnMinWords = 6;
// Fewer boxed lines than this and the pages are not measured.
constexpr std::size_t kMinBoxedLines = 8;

bool bold_font(const std::string& font, const std::vector<std::string>& faces) {
  for (const auto& f : faces)
    if (font.find(f) != std::string::npos) return true;
  return false;
}

struct Tally {
  std::map<double, std::size_t> chars_by_size;
  std::size_t chars = 0;
  std::size_t bold = 0;
};

double mode(const std::map<double, std::size_t>& counts) {
  double best = 0;
  std::size_t n = 0;
  for (const auto& [size, c] : counts)
    if (c > n) best = size, n = c;
  return best;
}

double percentile(std::vector<double> v, double p) {
  auto k = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1));
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
  return v[k];
}

}  // namespace

void attach_boxes(std::vector<Line>* lines, const std::vector<WordBox>& words,
                  const std::vector<std::string>& bold_faces) {
  std::vector<Tally> tallies(lines->size());
  std::size_t li = 0;
  for (const auto& w : words) {
    // A word begins past its line's '\n' once it begins where the next line does, or later.
    while (li + 1 < lines->size() && (*lines)[li + 1].begin <= w.begin) ++li;
    if (li == lines->size()) break;
    Line& line = (*lines)[li];
    if (w.begin < line.text_begin) continue;
    if (!line.box) {
      line.box = std::make_unique<LineBox>();
      line.box->left = w.left;
      line.box->top = w.top;
      line.box->first_word = w.right - w.left;
    }
    line.box->right = w.right;
    line.box->last_top = w.top;
    line.box->bottom = w.bottom;
    ++line.box->words;
    Tally& t = tallies[li];
    std::size_t n = w.end - w.begin;
    t.chars_by_size[std::round(w.font_size * 2) / 2] += n;
    t.chars += n;
    if (bold_font(w.font, bold_faces)) t.bold += n;
  }
  for (std::size_t i = 0; i < lines->size(); ++i) {
    if (!(*lines)[i].box) continue;
    const Tally& t = tallies[i];
    (*lines)[i].box->font_size = mode(t.chars_by_size);
    (*lines)[i].box->bold = static_cast<double>(t.bold) >= kBoldShare * static_cast<double>(t.chars);
  }
}

PageMeasures measure_pages(const std::vector<Line>& lines) {
  PageMeasures m;
  std::map<double, std::size_t> sizes;
  std::size_t boxed = 0;
  for (const auto& l : lines)
    if (l.box) {
      ++boxed;
      sizes[l.box->font_size] += l.text_end - l.text_begin;
    }
  if (boxed < kMinBoxedLines) return m;
  m.body_size = mode(sizes);
  std::vector<double> pitches;
  std::vector<double> rights;
  const Line* prev = nullptr;
  for (const auto& l : lines) {
    if (!l.box) continue;
    if (l.box->font_size == m.body_size) {
      if (prev && prev->page == l.page && prev->box->font_size == m.body_size) {
        double d = l.box->top - prev->box->last_top;
        if (d > 0 && d < 3 * m.body_size) pitches.push_back(d);
      }
      if (l.box->words >= kColumnMinWords) rights.push_back(l.box->right);
    }
    prev = &l;
  }
  if (pitches.empty() || rights.empty()) return m;
  m.pitch = percentile(pitches, 0.5);
  m.column_right = percentile(rights, kColumnPercentile);
  m.known = true;
  return m;
}

bool vertical_gap(const Line& prev, const Line& cur, const PageMeasures& m) {
  if (!m.known || !prev.box || !cur.box || prev.page != cur.page) return false;
  return cur.box->top - prev.box->last_top > kGapFactor * m.pitch;
}

bool geometry_break(const Line& prev, const Line& cur, const PageMeasures& m) {
  if (vertical_gap(prev, cur, m)) return true;
  if (prev.page == cur.page && cur.box->left - prev.box->left > kIndentShare * m.body_size) return true;
  double space = kSpaceShare * prev.box->font_size;
  return prev.box->right + space + cur.box->first_word <= m.column_right;
}

bool heading_type(const Line& line, const PageMeasures& m) {
  if (!m.known || !line.box) return false;
  return line.box->bold || line.box->font_size > kLargerType * m.body_size;
}

bool small_type(const Line& line, const PageMeasures& m) {
  return m.known && line.box && line.box->font_size < kSmallerType * m.body_size;
}

}  // namespace jtai
