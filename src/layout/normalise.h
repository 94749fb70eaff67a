// Stage 2: the ingested text as lines with byte offsets and page numbers. Nothing is
// rewritten: every later stage refers to the input's own bytes, and white space and
// form feeds are read here so that the segmenter sees clean line boundaries.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace jtai {

/// Where a line of PDF text stands on its page, measured from its words (points, y
/// growing down from the top of the page).
struct LineBox {
  double left = 0;        ///< left edge of the first word
  double right = 0;       ///< right edge of the last word
  double top = 0;         ///< top of the first word
  double last_top = 0;    ///< top of the last word (lower than `top` when the converter joined two printed lines)
  double bottom = 0;      ///< bottom of the last word
  double first_word = 0;  ///< width of the first word
  double font_size = 0;   ///< size of most of the line's characters
  int words = 0;          ///< words of the PDF's word list on the line
  bool bold = false;      ///< most of its characters are set in a bold face
};

/// The most bytes a text may hold: line offsets are 32-bit, which keeps a line small.
inline constexpr std::size_t kMaxTextBytes = UINT32_MAX;

/// The largest page number a line or a block piece keeps (a signed 31-bit field).
inline constexpr int kMaxPage = 0x3FFFFFFF;

/// One input line. `text_begin..text_end` is the line without surrounding white
/// space and form feeds; empty when the line is blank. A text may have a line every few
/// bytes (a list of one-letter items), so a line is kept small: the PDF box is held apart,
/// and where the line ends is where the next begins (one byte earlier, its '\n').
struct Line {
  std::unique_ptr<LineBox> box;     ///< PDF input: the line on its page (layout/geometry.h)
  std::uint32_t begin = 0;          ///< first byte of the line (a text holds at most kMaxTextBytes)
  std::uint32_t text_begin = 0;     ///< first non-space byte
  std::uint32_t text_end = 0;       ///< one past the last non-space byte
  int page : 31 = 1;                ///< 1-based page: form feeds start a new page (at most kMaxPage)
  bool page_start : 1 = false;      ///< a form feed opens this line's page

  /// True when the line holds only white space.
  bool blank() const { return text_begin == text_end; }
};
static_assert(sizeof(Line) == 24);

/// Splits TEXT into lines; a form feed anywhere in a line starts a new page there.
/// Throws std::length_error when TEXT holds more than kMaxTextBytes.
std::vector<Line> split_lines(std::string_view text);

/// The trimmed text of LINE.
inline std::string_view line_text(std::string_view text, const Line& line) {
  return text.substr(line.text_begin, line.text_end - line.text_begin);
}

/// True when TEXT is valid UTF-8; BAD_OFFSET gets the first bad byte otherwise.
bool valid_utf8(std::string_view text, std::size_t* bad_offset);

}  // namespace jtai
