// Metadata of a letter (part of the letter analyser): date, recipients, title, areas,
// inspectorates, theme, fieldwork, response deadline, signatories and content ranges,
// read with the patterns of data/letter/metadata.tsv and the tables of data/areas.tsv
// and data/lexicon/. Reads the lines, blocks and sections of the letter.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "letter/sections.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// Metadata of an inspection letter; values the letter does not state stay empty.
DocumentMeta extract_letter_metadata(std::string_view text, const std::vector<Line>& lines,
                                     const Segmentation& segmentation, const std::vector<Section>& sections,
                                     const Lexicon& lexicon);

}  // namespace jtai
