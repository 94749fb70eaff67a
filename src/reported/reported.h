// Reported text (news articles, thematic reports, other pages that report on inspections):
// the metadata, findings and quotes stages for documents that are not inspection letters.
// Runs after kind detection (kind.h) in place of the letter stages: web furniture and
// content, title/date/byline/areas/inspectorates/theme/reports cited, sentence-level
// findings (strength, concern, recommendation) and quotes attributed to named people.
// The steps are units.h (units and content), quotes.h, findings.h and metadata.h.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// What analyse_reported() finds.
struct ReportedText {
  DocumentMeta meta;
  std::vector<Finding> findings;
  std::vector<Quote> quotes;
};

/// Analyses TEXT (split into LINES, segmented as SEGMENTATION) as reported text of KIND.
ReportedText analyse_reported(std::string_view text, const std::vector<Line>& lines,
                              const Segmentation& segmentation, DocumentKind kind, const Lexicon& lexicon);

}  // namespace jtai
