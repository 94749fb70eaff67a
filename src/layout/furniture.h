// Stage 3, first step: page furniture, the lines that belong to the page and not to the
// document: logos, page numbers, running headers and footers (the same line at the same
// place on three pages or more), and footnotes (a reference mark at the foot of a page,
// or, in a PDF, smaller type there). The segmenter (segment.h) reads the roles found here.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/geometry.h"
#include "layout/normalise.h"

namespace jtai {

struct Lexicon;

/// What a line is to the segmenter.
enum class LineRole : unsigned char { kText, kBlank, kFurniture };

/// The role of each line of LINES of TEXT by the furniture rules of LEXICON and, for PDF
/// lines, the page MEASURES; the footnotes found are appended to FOOTNOTES.
std::vector<LineRole> find_furniture(std::string_view text, const std::vector<Line>& lines, const Lexicon& lexicon,
                                     const PageMeasures& measures, std::vector<Footnote>* footnotes);

}  // namespace jtai
