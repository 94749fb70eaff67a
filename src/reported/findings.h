// Findings of reported text: each sentence of the article's paragraphs that reports a
// strength, concern or recommendation in the report's own voice (voice.h), and the items
// of its lists. Runs on the classified units (units.h) after the quote pass (quotes.h), whose
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

/// Kind and polarity of a sentence that reports a finding: the first frame that asks, warns
/// or praises, else its polarity cues; nothing for a neutral sentence.
std::optional<std::pair<FindingKind, Polarity>> judge_sentence(std::string_view sentence, const Lexicon& lexicon);

/// Findings of UNITS of TEXT, ids f1, f2, ... in document order; SPEECH is the quote pass's
/// reading of each unit. OWN_VOICE: the whole text is the report's (a thematic report), so
/// each paragraph starts in the report's voice; otherwise (news) a finding's sentence says
/// the report speaks or carries on from one that does (voice.h).
std::vector<Finding> reported_findings(std::string_view text, const std::vector<Unit>& units,
                                       const std::vector<UnitSpeech>& speech, bool own_voice,
                                       const Lexicon& lexicon);

}  // namespace jtai::reported
