// Stage 2 for PDF input: the boxes and fonts of a PDF's words (ingest) laid onto the lines
// of its text, and the measures of the page a reader goes by: the body type, the normal
// line spacing and the right edge of the column. The segmenter (segment.h) asks this
// module where paragraphs end and which lines stand out as headings.
#pragma once

#include <string>
#include <vector>

#include "jtai/ingest.h"
#include "layout/normalise.h"

namespace jtai {

/// Gives each line of LINES that holds words of WORDS its LineBox; a word is bold when its
/// font name contains one of BOLD_FACES.
void attach_boxes(std::vector<Line>* lines, const std::vector<WordBox>& words,
                  const std::vector<std::string>& bold_faces);

/// The measures of a document's pages, from its boxed lines.
struct PageMeasures {
  bool known = false;       ///< false when too few lines have boxes
  double body_size = 0;     ///< font size of most of the text
  double pitch = 0;         ///< normal distance from one line's top to the next
  double column_right = 0;  ///< right edge of the text column
};

/// Measures LINES (only those with boxes count).
PageMeasures measure_pages(const std::vector<Line>& lines);

/// True when a reader sees CUR start a new paragraph after PREV (both boxed): a vertical
/// gap larger than the normal spacing or an indent on the same page, or PREV short of the
/// column by more than CUR's first word.
bool geometry_break(const Line& prev, const Line& cur, const PageMeasures& m);

/// True when there is a gap larger than normal line spacing between PREV and CUR on one page.
bool vertical_gap(const Line& prev, const Line& cur, const PageMeasures& m);

/// True when LINE's type sets it apart from the body as a heading: bold, or larger.
bool heading_type(const Line& line, const PageMeasures& m);

/// True when LINE is set smaller than the body text (a footnote).
bool small_type(const Line& line, const PageMeasures& m);

}  // namespace jtai
