// Line splitting with offsets and pages, and UTF-8 validation.
#include "layout/normalise.h"

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
    int indent = 0;
    while (b < eol) {
      if (is_space(text[b])) {
        if (text[b] == ' ' || text[b] == '\t') ++indent;
        ++b;
      } else if (std::size_t n = nbsp_at(text, b)) {
        b += n;
        ++indent;
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
    line.indent = indent;
    lines.push_back(line);
    pos = eol + 1;
  }
  return lines;
}

bool valid_utf8(std::string_view s, std::size_t* bad_offset) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = 0;
    unsigned cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      n = 1;
      cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
      n = 2;
      cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
      n = 3;
      cp = c & 0x07u;
    } else {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    for (std::size_t k = 1; k <= n; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) {
        if (bad_offset) *bad_offset = i;
        return false;
      }
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    }
    bool overlong = (n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += n + 1;
  }
  return true;
}

}  // namespace jtai
