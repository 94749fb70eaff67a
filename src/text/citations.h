// Titles of the reports a text cites, by the report-title patterns of
// data/news/metadata.tsv. Used after segmentation by every analyser: reported text reads
// its units (reported/metadata.h), the pipeline reads a letter's blocks (pipeline.cc).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jtai {

struct Lexicon;

/// Titles of reports TEXT cites ("the CQC's 'Children looked after and safeguarding
/// review of health services'"), space-folded, each once, in pattern then text order.
std::vector<std::string> cited_reports(std::string_view text, const Lexicon& lexicon);

}  // namespace jtai
