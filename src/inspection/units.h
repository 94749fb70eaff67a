// Graded inspection reports: the report's lines as units in reading order: headings
// (data/inspection/headings.tsv, or a judgement's heading with its grade from
// data/inspection/judgements.tsv), numbered paragraphs (marker of
// data/inspection/layout.tsv left out of the text), bullets and paragraphs. Page
// furniture and table cells are skipped (a unit runs on across a page break), the lines
// of the judgements table are a break. A line that ends a sentence ends its paragraph
// when the next line's first word would have fitted on it. Input from page.h and judgements.h; output to analyser.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "data/lexicon.h"
#include "layout/blocks.h"
#include "layout/normalise.h"

namespace jtai {

/// What a unit is.
enum class UnitKind { kHeading, kNumbered, kBullet, kParagraph, kBreak };

/// A heading, numbered paragraph, bullet or paragraph; its text and input bytes are its
/// block (ReportUnits).
struct Unit {
  UnitKind kind = UnitKind::kParagraph;
  InspectionHeading::Role role = InspectionHeading::Role::kContext;  ///< of a heading
  std::string number;  ///< of a numbered paragraph, as written without its full stop
};

/// Units in reading order with their blocks: unit I is made of block I (text with the
/// markers left out, spans, pieces, pages and lines).
struct ReportUnits {
  std::vector<Unit> units;  ///< in reading order
  BlockList blocks;         ///< one per unit
};

/// The units of a report whose FURNITURE lines and column CELLS (page.h) are known;
/// TABLE_LINES (ascending) are the lines of its judgements.
ReportUnits report_units(std::string_view text, const std::vector<Line>& lines,
                               const std::vector<bool>& furniture, const std::vector<bool>& cells,
                               const std::vector<std::size_t>& table_lines, const Lexicon& lexicon);

}  // namespace jtai
