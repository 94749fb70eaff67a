// Furniture by rule (data/layout/furniture.tsv), by repetition and by type size.
#include "layout/furniture.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "data/lexicon.h"
#include "tuning.h"

namespace jtai {
namespace {

using Where = FurnitureRule::Where;

// A running line repeats on at least this many pages, and on this share of the pages
// (a section heading may open three pages of a long report by chance; a running header
// is on most of them).
constexpr std::size_t kRunningPages = 3;
constexpr double kRunningShare = 0.4;
// Lines at the top or foot of a page that may be running lines (header, footer): two in
// a PDF, where the place on the page must be the same too; one in text.
constexpr std::size_t kRunningReachPdf = 2;
constexpr std::size_t kRunningReachText = 1;
// PDF: two lines are at the same place when their tops differ by less than this (points).
constexpr double kSamePlace = 3.0;

bool full(const Regex& re, std::string_view s) {
  return re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re);
}

bool any_rule(const Lexicon& lx, Where where, std::string_view s) {
  for (const auto& r : lx.furniture)
    if (r.where == where && full(r.first, s)) return true;
  return false;
}

// The note's text after its reference mark: digits or superscript digits, then a space.
std::size_t after_mark(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] >= '0' && s[i] <= '9') ++i;
    else if (s.substr(i, 2) == "\xC2\xB9" || s.substr(i, 2) == "\xC2\xB2" || s.substr(i, 2) == "\xC2\xB3") i += 2;
    else if (s.substr(i, 2) == "\xE2\x81" && i + 2 < s.size()) i += 3;  // U+2070–U+207F
    else break;
  }
  if (i == 0 || i >= s.size() || s[i] != ' ') return 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// Records the footnote made of LINES[FIRST..LAST] (indices into LINES) as furniture.
void add_note(std::string_view text, const std::vector<Line>& lines, const std::vector<std::size_t>& idx,
              std::vector<LineRole>* roles, std::vector<Footnote>* notes) {
  Footnote note;
  bool started = false;
  for (std::size_t i : idx) {
    (*roles)[i] = LineRole::kFurniture;
    std::string_view s = line_text(text, lines[i]);
    std::size_t from = 0;
    if (!started) {
      if (s.find(' ') == std::string_view::npos && after_mark(std::string(s) + " ") == s.size() + 1) continue;
      from = after_mark(s);
      note.span.begin = lines[i].text_begin + from;
      started = true;
    } else {
      note.text.push_back(' ');
    }
    note.text.append(s.substr(from));
    note.span.end = lines[i].text_end;
  }
  if (started) notes->push_back(std::move(note));
}

// The page end: a page number last, then a footnote above it (a lone mark after a blank
// line, or PDF lines in smaller type that open with a mark).
void mark_page_end(std::string_view text, const std::vector<Line>& lines, const std::vector<std::size_t>& tl,
                   const Lexicon& lx, const PageMeasures& m, std::vector<LineRole>* roles,
                   std::vector<Footnote>* notes) {
  std::size_t limit = tl.size();
  if (any_rule(lx, Where::kPageEnd, line_text(text, lines[tl.back()]))) {
    (*roles)[tl.back()] = LineRole::kFurniture;
    --limit;
  }
  int reach = 0;
  for (std::size_t k = limit; k-- > 0 && reach < tuning::kFootnoteReach; ++reach) {
    std::size_t i = tl[k];
    if (!any_rule(lx, Where::kFootnote, line_text(text, lines[i]))) continue;
    if (i > 0 && lines[i - 1].blank() && lines[i - 1].page == lines[i].page && k + 1 < limit) {
      add_note(text, lines, {tl.begin() + static_cast<std::ptrdiff_t>(k), tl.begin() + static_cast<std::ptrdiff_t>(limit)},
               roles, notes);
      return;
    }
  }
  std::size_t k = limit;
  while (k > 0 && (*roles)[tl[k - 1]] == LineRole::kText && small_type(lines[tl[k - 1]], m)) --k;
  if (k == limit || k == 0 || small_type(lines[tl[k - 1]], m)) return;
  if (after_mark(line_text(text, lines[tl[k]])) == 0 && !any_rule(lx, Where::kFootnote, line_text(text, lines[tl[k]])))
    return;
  add_note(text, lines, {tl.begin() + static_cast<std::ptrdiff_t>(k), tl.begin() + static_cast<std::ptrdiff_t>(limit)},
           roles, notes);
}

// Digits folded, so that "Page 2" and "Page 3" are the same running line.
std::string running_key(std::string_view s) {
  std::string key;
  for (char c : s) key.push_back(c >= '0' && c <= '9' ? '#' : c);
  return key;
}

// Running headers and footers: the same line (digits aside) among the first or last
// lines of three pages or more, at the same height on the page when the PDF says.
void mark_running(std::string_view text, const std::vector<Line>& lines,
                  const std::vector<std::vector<std::size_t>>& pages, const Lexicon& lx,
                  std::vector<LineRole>* roles) {
  std::map<std::string, std::vector<std::size_t>> seen;
  for (const auto& tl : pages) {
    std::set<std::string> on_page;
    for (std::size_t k = 0; k < tl.size(); ++k) {
      std::size_t reach = lines[tl[k]].box ? kRunningReachPdf : kRunningReachText;
      if (k >= reach && k + reach < tl.size()) continue;
      std::string_view s = line_text(text, lines[tl[k]]);
      if ((*roles)[tl[k]] != LineRole::kText || lx.bullet_at(s)) continue;
      std::string key = running_key(s);
      bool letters = std::any_of(key.begin(), key.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
      if (!letters || !on_page.insert(key).second) continue;
      seen[key].push_back(tl[k]);
    }
  }
  for (const auto& [key, at] : seen) {
    if (at.size() < kRunningPages || static_cast<double>(at.size()) < kRunningShare * static_cast<double>(pages.size()))
      continue;
    std::size_t same = 0;
    for (std::size_t i : at) {
      const auto& b = lines[i].box;
      const auto& f = lines[at.front()].box;
      if (!b || !f || std::fabs(b->top - f->top) < kSamePlace) ++same;
    }
    if (same < kRunningPages) continue;
    for (std::size_t i : at) (*roles)[i] = LineRole::kFurniture;
  }
}

}  // namespace

std::vector<LineRole> find_furniture(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx,
                                     const PageMeasures& measures, std::vector<Footnote>* notes) {
  std::vector<LineRole> roles(lines.size(), LineRole::kText);
  std::vector<std::vector<std::size_t>> pages;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (pages.empty() || lines[i].page_start) pages.emplace_back();
    if (lines[i].blank()) roles[i] = LineRole::kBlank;
    else pages.back().push_back(i);
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] != LineRole::kText) continue;
    std::string_view s = line_text(text, lines[i]);
    if (any_rule(lx, Where::kNoteLine, s)) {
      add_note(text, lines, {i}, &roles, notes);
      continue;
    }
    if (any_rule(lx, Where::kLine, s)) {
      roles[i] = LineRole::kFurniture;
      continue;
    }
    std::size_t j = i + 1;
    while (j < lines.size() && lines[j].blank()) ++j;
    for (const auto& r : lx.furniture) {
      if (r.where != Where::kPair || !full(r.first, s)) continue;
      if (j < lines.size() && full(r.second, line_text(text, lines[j]))) {
        roles[i] = roles[j] = LineRole::kFurniture;
        break;
      }
    }
  }
  for (const auto& tl : pages)
    if (!tl.empty()) mark_page_end(text, lines, tl, lx, measures, &roles, notes);
  mark_running(text, lines, pages, lx, &roles);
  std::sort(notes->begin(), notes->end(), [](const Footnote& a, const Footnote& b) { return a.span.begin < b.span.begin; });
  return roles;
}

}  // namespace jtai
