// Findings of reported text: each sentence of the article's paragraphs that reports a
// strength, concern or recommendation in the report's own voice, and the items of its
// lists. Runs on the classified units (units.h) after the quote pass (quotes.h), whose
// quoted ranges and speakers it leaves out.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "jtai/model.h"
#include "reported/quotes.h"
#include "reported/units.h"

namespace jtai::reported {

/// Kind and polarity of a sentence that reports a finding, or nothing for background.
std::optional<std::pair<FindingKind, Polarity>> judge_sentence(std::string_view sentence, const Lexicon& lexicon);

/// True when the sentence's verb of saying has a subject other than the report's voice
/// ("The Local Government Association said ...").
bool other_voice(std::string_view sentence, const Lexicon& lexicon);

/// Findings of UNITS of TEXT, ids f1, f2, ... in document order; SPEECH is the quote pass's
/// reading of each unit.
std::vector<Finding> reported_findings(std::string_view text, const std::vector<Unit>& units,
                                       const std::vector<UnitSpeech>& speech, const Lexicon& lexicon);

}  // namespace jtai::reported
