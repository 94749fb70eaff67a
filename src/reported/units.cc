// Units of reported text and their classification.
#include "reported/units.h"

#include <algorithm>

#include <re2/re2.h>

#include "data/lexicon.h"
#include "text/sentences.h"
#include "text/text_util.h"

namespace jtai::reported {
namespace {

constexpr std::size_t kFewLines = 5;          // a text with fewer non-blank lines is read as a web page
constexpr std::size_t kLongLineBytes = 100;   // a line longer than this is longer than a wrapped PDF line
constexpr std::size_t kLongLinePercent = 30;  // a text with at least this per cent of long lines is a web page
constexpr int kParagraphWords = 8;            // a line this long that ends a sentence is article text

// True for a line of article text: long enough, and ending a sentence.
bool is_paragraph_line(std::string_view s) {
  if (word_count(s) < kParagraphWords) return false;
  std::string_view t = s;
  // Sentence punctuation, possibly inside closing quotes or brackets; a colon opens a list.
  while (!t.empty()) {
    char32_t c = last_code_point(t);
    if (c == '.' || c == '!' || c == '?') return true;
    if (!is_sentence_closer(c)) return false;
    std::size_t i = t.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;  // back over UTF-8 continuation bytes
    t = t.substr(0, i);
  }
  return false;
}

// A web page saved as text has no form feed, and few lines or many long ones (a paragraph
// a line).
bool is_web_page(std::string_view text, const std::vector<Line>& lines) {
  if (text.find('\f') != std::string_view::npos) return false;
  std::size_t nonblank = 0, long_lines = 0;
  for (const auto& l : lines) {
    if (l.blank()) continue;
    ++nonblank;
    if (l.text_end - l.text_begin > kLongLineBytes) ++long_lines;
  }
  return nonblank < kFewLines || long_lines * 100 >= nonblank * kLongLinePercent;
}

// Each non-blank line of a web page saved as text is a unit; a bullet loses its marker.
std::vector<Unit> line_units(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                             const Lexicon& lx) {
  std::vector<Unit> out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank()) continue;
    Unit u;
    std::size_t b = l.text_begin;
    u.type = seg.roles[i] == LineRole::kFurniture ? UnitType::kFurniture : UnitType::kParagraph;
    if (const BulletMarker* m = lx.bullet_at(line_text(text, l))) {
      u.type = UnitType::kBullet;
      b += m->marker.size();
      while (b < l.text_end && (text[b] == ' ' || text[b] == '\t')) ++b;
    }
    u.text = std::string(text.substr(b, l.text_end - b));
    u.pieces = {{0, {b, l.text_end}}};
    u.pages = {l.page};
    out.push_back(std::move(u));
  }
  return out;
}

// PDF text (form feeds, wrapped lines) is read through the segmenter's blocks.
std::vector<Unit> block_units(const Segmentation& seg) {
  std::vector<Unit> out;
  for (const Block blk : seg.blocks) {
    Unit u;
    u.type = blk.kind == BlockKind::kBullet ? UnitType::kBullet
             : blk.kind == BlockKind::kHeading ? UnitType::kHeading : UnitType::kParagraph;
    u.text = blk.text;
    u.pieces.assign(blk.pieces.begin(), blk.pieces.end());
    u.pages = blk.pages();
    out.push_back(std::move(u));
  }
  return out;
}

// What the web-furniture patterns say of a unit.
struct FurnitureMatch {
  bool furniture = false;
  bool ends_article = false;  // once the article has started
  bool photo = false;         // an image's text: a caption may follow
  bool caption_only = false;  // only the long-line caption shape matched
};

FurnitureMatch web_furniture(const Unit& u, const Lexicon& lx) {
  FurnitureMatch out;
  bool other = false;
  for (int i : lx.web_furniture_set.candidates(u.text)) {
    const WebFurniture& f = lx.web_furniture[static_cast<std::size_t>(i)];
    if (f.caption && u.type == UnitType::kBullet) continue;
    if (!re2::RE2::FullMatch(u.text, *f.pattern)) continue;
    out.furniture = true;
    out.ends_article |= f.ends_article;
    out.photo |= f.photo;
    other |= !f.caption;
  }
  out.caption_only = out.furniture && !other;
  return out;
}

// Marks web furniture, the head (lines before the article's first paragraph), headings
// and list introductions. The long-line caption shape applies neither to the page's first
// line of text (its headline) nor to the last unit of a text cut off mid-sentence (an
// excerpt), which is article text whatever its length; a line that is not a sentence right
// after an image's text is that image's caption.
void classify_units(std::vector<Unit>* units, bool cut_off, const Lexicon& lx) {
  bool started = false;
  bool ended = false;
  bool after_photo = false;
  bool first_text = true;  // no unit of the page's own text yet: the first is its headline, however long
  for (std::size_t i = 0; i < units->size(); ++i) {
    Unit& u = (*units)[i];
    bool last_cut = cut_off && i + 1 == units->size() && started;
    if (u.type == UnitType::kFurniture) continue;
    FurnitureMatch f = ended ? FurnitureMatch{true, false, false, false} : web_furniture(u, lx);
    bool caption = after_photo && u.type != UnitType::kBullet && !is_paragraph_line(u.text);
    after_photo = f.photo;
    bool exempt = (last_cut || first_text) && f.caption_only;
    if (!f.furniture || exempt) first_text = false;
    if (f.furniture && !exempt) {
      if (f.ends_article && started) ended = true;
      u.type = UnitType::kFurniture;
      continue;
    }
    if (caption) {
      u.type = UnitType::kFurniture;
      continue;
    }
    if (u.type == UnitType::kBullet) continue;
    bool paragraph = is_paragraph_line(u.text) || last_cut;
    if (!started && !paragraph && u.type != UnitType::kHeading) {
      u.type = UnitType::kHead;
      continue;
    }
    if (paragraph) started = true;
    if (!u.text.empty() && u.text.back() == ':') u.type = UnitType::kListIntro;
    else if (!paragraph) u.type = started ? UnitType::kHeading : UnitType::kHead;
  }
}

// True when TEXT stops in the middle of a sentence, without a final line break: an excerpt
// cut off.
bool is_cut_off(std::string_view text) {
  if (text.empty() || text.back() == '\n') return false;
  std::string_view t = text.substr(0, text.find_last_not_of(" \t") + 1);
  if (t.empty()) return false;
  char32_t c = last_code_point(t);
  return c != '.' && c != '!' && c != '?' && c != ':' && !is_sentence_closer(c);
}

}  // namespace

bool is_prose(const Unit& u) {
  return u.type == UnitType::kParagraph || u.type == UnitType::kBullet || u.type == UnitType::kListIntro;
}

std::vector<ByteSpan> spans_of(const Unit& u, std::size_t b, std::size_t e) {
  std::vector<ByteSpan> out;
  for (const auto& p : u.pieces) {
    std::size_t pb = p.text_begin, pe = p.text_begin + (p.input_end - p.input_begin);
    std::size_t lo = std::max(b, pb), hi = std::min(e, pe);
    if (lo >= hi) continue;
    out.push_back({p.input_begin + (lo - pb), p.input_begin + (hi - pb)});
  }
  return out;
}

std::string text_of(std::string_view input, const std::vector<ByteSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (!out.empty()) out += ' ';
    out += input.substr(s.begin, s.end - s.begin);
  }
  return out;
}

std::vector<Unit> classified_units(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                                   const Lexicon& lx) {
  std::vector<Unit> units = is_web_page(text, lines) ? line_units(text, lines, seg, lx) : block_units(seg);
  classify_units(&units, is_cut_off(text), lx);
  return units;
}

std::size_t after_glued_heading(const std::string& text, const Lexicon& lx) {
  for (const auto& re : lx.cues.glued_heading) {
    // First without groups: RE2 then tests with its DFA, which stops where the text leaves
    // the pattern, where a search for groups anchored at both ends goes straight to a
    // backtracker that reads the unit whole.
    if (!re2::RE2::FullMatch(text, *re)) continue;
    re2::StringPiece heading, rest;
    if (re2::RE2::FullMatch(text, *re, &heading, &rest) && rest.data())
      return static_cast<std::size_t>(rest.data() - text.data());
  }
  return 0;
}

std::vector<ByteSpan> content_ranges(std::string_view text, const std::vector<Unit>& units) {
  std::vector<ByteSpan> out;
  for (const auto& u : units) {
    if (u.type == UnitType::kFurniture || u.pieces.empty()) continue;
    ByteSpan span{u.pieces.front().input_begin, u.pieces.back().input_end};
    if (u.type == UnitType::kBullet)  // a bullet's marker belongs to its line
      while (span.begin > 0 && text[span.begin - 1] != '\n') --span.begin;
    if (!out.empty() && span.begin >= out.back().end &&
        text.substr(out.back().end, span.begin - out.back().end).find_first_not_of(" \t\r\n\f") ==
            std::string_view::npos) {
      out.back().end = span.end;
      continue;
    }
    out.push_back(span);
  }
  return out;
}

}  // namespace jtai::reported
