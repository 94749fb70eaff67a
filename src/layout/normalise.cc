// Line splitting with offsets and pages, and UTF-8 validation (utfcpp).
#include "layout/normalise.h"

#include <algorithm>

#include <utf8.h>

namespace jtai {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// U+00A0 (no-break space) is white space in letters too.
std::size_t nbsp_at(std::string_view s, std::size_t i) {
  return (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
          static_cast<unsigned char>(s[i + 1]) == 0xA0)
             ? 2
             : 0;
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  int page = 1;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    Line line;
    line.begin = pos;
    line.end = eol;
    bool form_feed = false;
    for (std::size_t i = pos; i < eol; ++i)
      if (text[i] == '\f') form_feed = true;
    if (form_feed) ++page;
    line.page = page;
    line.page_start = form_feed;
    std::size_t b = pos;
    while (b < eol) {
      if (is_space(text[b])) {
        ++b;
      } else if (std::size_t n = nbsp_at(text, b)) {
        b += n;
      } else {
        break;
      }
    }
    std::size_t e = eol;
    while (e > b) {
      if (is_space(text[e - 1])) {
        --e;
      } else if (e - b >= 2 && nbsp_at(text, e - 2) == 2) {
        e -= 2;
      } else {
        break;
      }
    }
    line.text_begin = b;
    line.text_end = e;
    lines.push_back(std::move(line));
    pos = eol + 1;
  }
  return lines;
}

bool valid_utf8(std::string_view s, std::size_t* bad_offset) {
  auto bad = utf8::find_invalid(s.begin(), s.end());
  if (bad == s.end()) return true;
  if (bad_offset) *bad_offset = static_cast<std::size_t>(bad - s.begin());
  return false;
}

}  // namespace jtai
