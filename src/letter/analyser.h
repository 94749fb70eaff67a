// The analyser for JTAI letters (and documents of unknown kind, read as letters): section
// headings, findings per section, letter metadata and the reports a letter cites.
// Runs after kind detection; tagging follows (src/pipeline.cc).
#pragma once

#include <string>
#include <vector>

#include "analysis.h"

namespace jtai {

/// Sections, findings and metadata of the letter DOCUMENT.
Analysis analyse_letter(const Document& document, const Lexicon& lexicon);

/// Titles of the reports that BLOCKS cite, in order of first citation, without repeats.
std::vector<std::string> reports_cited_in(const BlockList& blocks, const Lexicon& lexicon);

}  // namespace jtai
