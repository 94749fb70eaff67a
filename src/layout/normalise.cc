// Line splitting with offsets and pages, and UTF-8 validation (utfcpp).
#include "layout/normalise.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <stdexcept>

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
  if (text.size() > kMaxTextBytes) throw std::length_error("text larger than kMaxTextBytes");
  std::vector<Line> lines;
  lines.reserve(static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  int page = 1;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    Line line;
    line.begin = static_cast<std::uint32_t>(pos);
    bool form_feed = false;
    for (std::size_t i = pos; i < eol; ++i)
      if (text[i] == '\f') form_feed = true;
    if (form_feed && page < kMaxPage) ++page;
    line.page = page & kMaxPage;  // page stops at kMaxPage
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
    line.text_begin = static_cast<std::uint32_t>(b);
    line.text_end = static_cast<std::uint32_t>(e);
    lines.push_back(std::move(line));
    pos = eol + 1;
  }
  return lines;
}

namespace {

// True when none of the eight bytes at P is above ASCII.
bool all_ascii(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return !(w & 0x8080808080808080ULL);
}

}  // namespace

// Runs of ASCII are skipped eight bytes at a time, and utf8cpp checks each stretch from a
// word with a byte above ASCII up to the next word without one. Both ends of a stretch are
// code point boundaries (an ASCII byte is never part of a sequence), so a sequence cut
// off at the end of a stretch is cut off in the text too.
bool valid_utf8(std::string_view s, std::size_t* bad_offset) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p != end) {
    while (end - p >= 8 && all_ascii(p)) p += 8;
    const char* q = end - p >= 8 ? p + 8 : end;
    while (end - q >= 8 && !all_ascii(q)) q += 8;
    if (end - q < 8) q = end;
    const char* bad = utf8::find_invalid(p, q);
    if (bad != q) {
      if (bad_offset) *bad_offset = static_cast<std::size_t>(bad - s.data());
      return false;
    }
    p = q;
  }
  return true;
}

}  // namespace jtai
