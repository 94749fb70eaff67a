// Metadata of inspection reports other than JTAI letters (ILACS, area SEND, CQC reviews,
// older joint inspections), read by the inspection-report analyser.
#pragma once

#include <string_view>
#include <vector>

#include "jtai/model.h"
#include "layout/normalise.h"
#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// Title, date published, inspection dates, areas, inspectorates named and the lead
/// inspector, read with data/inspection/metadata.tsv; values the report does not state stay empty.
DocumentMeta extract_inspection_metadata(std::string_view text, const std::vector<Line>& lines,
                                         const Segmentation& segmentation, const Lexicon& lexicon);

}  // namespace jtai
