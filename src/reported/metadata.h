// Metadata of reported text: date, byline and title from the head; inspectorates, theme,
// areas, other places and reports cited from the article's own text. Runs on the
// classified units (units.h); patterns from data/news/metadata.tsv and data/lexicon/.
#pragma once

#include <vector>

#include "jtai/model.h"
#include "reported/units.h"

namespace jtai::reported {

/// Date, byline (also as the author in people) and title from the head units into *META.
void read_head(const std::vector<Unit>& units, const Lexicon& lexicon, DocumentMeta* meta);

/// Inspectorates, theme, areas, places and reports cited from the units that are not
/// furniture into *META; the areas are those of the title (read_head first), the lead
/// and sentences that say the text is about them.
void read_body_metadata(const std::vector<Unit>& units, const Lexicon& lexicon, DocumentMeta* meta);

}  // namespace jtai::reported
