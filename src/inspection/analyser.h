// Stage 5 for inspection reports (ILACS, the single inspection framework, area SEND and
// other reports that are not JTAI letters): metadata (inspection.cc), judgements
// (judgements.h), page furniture and content (page.h), and findings from the units of
// units.h as taxonomy.md's "Inspection reports" paragraph says: bullets under "What needs
// to improve?" and its kin are areas for improvement (or priority actions, strengths),
// each numbered paragraph with its unnumbered continuation is one observation, summary
// prose is no finding. A report with no judgement and no findings heading is read as a
// letter (letter/findings.h). Input from segment.h; output to tagging and export.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// The document metadata and findings of an inspection report.
struct InspectionAnalysis {
  DocumentMeta meta;
  std::vector<Finding> findings;  ///< ids f1, f2, ... in document order; not yet tagged
};

/// Analyses the inspection report TEXT, split into LINES and segmented as SEGMENTATION.
InspectionAnalysis analyse_inspection(std::string_view text, const std::vector<Line>& lines,
                                      const Segmentation& segmentation, const Lexicon& lexicon);

}  // namespace jtai
