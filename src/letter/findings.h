// Stage 5: findings from the sections of a letter: one per bullet, one per practice
// study, one recommendation for Next steps, one observation per prose paragraph of
// the findings part of a 2022+ letter (taxonomy.md), observations and practice studies
// with the polarity text/polarity.h judges. Input from sections.h; tagging (agencies,
// themes) follows.
#pragma once

#include <vector>

#include "jtai/model.h"
#include "letter/sections.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// Appends block B to finding F: its text after one space, its spans, and its pages
/// past the last F has (graded reports build their findings from blocks the same way).
void add_block(Finding& f, const Block& b);

/// Findings of a letter, ids f1, f2, ... in document order.
std::vector<Finding> extract_findings(const BlockList& blocks, const std::vector<Section>& sections,
                                      const Lexicon& lexicon);

}  // namespace jtai
