// Graded inspection reports: the judgements they state (taxonomy.md, "Judgements"),
// read with data/inspection/judgements.tsv from the judgements table near the top
// (ILACS "Judgement / Grade", the single inspection framework's numbered table with its
// "Children's services in AREA are good" line), statements such as "The Local
// Safeguarding Children Board requires improvement", and the area SEND "Inspection
// outcome". Input: the report's text lines from page.h; output to analyser.h.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"

namespace jtai {

struct Lexicon;

/// The judgements of a report and the lines that state them.
struct JudgementReading {
  std::vector<Judgement> judgements;     ///< one per judgement id, in the order written
  std::vector<std::size_t> table_lines;  ///< line indices of the table and statements, ascending
};

/// Reads the judgements from TEXT_LINES (indices into LINES of the report's text lines).
JudgementReading read_judgements(std::string_view text, const std::vector<Line>& lines,
                                 const std::vector<std::size_t>& text_lines, const Lexicon& lexicon);

/// The grade id that GRADE (as written) names in full, or "" when none does.
std::string grade_id(std::string_view grade, const Lexicon& lexicon);

}  // namespace jtai
