// Graded inspection reports, first step after segmentation: which lines belong to the
// page rather than the report (the segmenter's furniture, plus the running headers and
// footers and the back-page notice of data/inspection/layout.tsv), the content ranges
// that leaves, and runs of lines joined into one text with a map back to the input.
// Used by judgements.h, units.h and analyser.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// Per line of LINES: true when it is page furniture of an inspection report.
std::vector<bool> report_furniture(std::string_view text, const std::vector<Line>& lines,
                                   const std::vector<LineRole>& roles, const Lexicon& lexicon);

/// Per line of LINES: true for a cell of a table's side column (the "Responsible body"
/// of area SEND priority actions): the column head of data/inspection/layout.tsv, the
/// lines under it up to a blank line, and later lines nearby that repeat one of them
/// (the column carried over a page). Cells are content but in no finding.
std::vector<bool> column_cells(std::string_view text, const std::vector<Line>& lines,
                               const std::vector<bool>& furniture, const Lexicon& lexicon);

/// Indices of the lines that are neither blank nor FURNITURE, in order.
std::vector<std::size_t> report_text_lines(const std::vector<Line>& lines, const std::vector<bool>& furniture);

/// Input ranges of the lines that are not furniture; blank lines do not break a range.
std::vector<ByteSpan> report_content(const std::vector<Line>& lines, const std::vector<bool>& furniture);

/// Lines joined with single spaces, with where each line's stretch of `text` comes from.
struct LineRun {
  std::string text;
  std::vector<TextPiece> pieces;  ///< one per line
};

/// Lines INDICES[FIRST .. FIRST+COUNT) of TEXT joined into one run (fewer at the end).
LineRun join_lines(std::string_view text, const std::vector<Line>& lines, const std::vector<std::size_t>& indices,
                   std::size_t first, std::size_t count);

/// The input bytes of RUN's text [BEGIN, END); END > BEGIN.
ByteSpan input_span(const LineRun& run, std::size_t begin, std::size_t end);

}  // namespace jtai
