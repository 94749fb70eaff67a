// Whose voice a sentence of reported text is in: the report's (the report, its inspectors,
// an inspectorate, or a pronoun that refers back to them), another speaker's (a person or
// another organisation saying something), or none it states itself. Read by the quote pass
// (quotes.h: a quotation the report speaks is no person's) and by the findings (findings.h:
// only the report's voice reports findings), sentence by sentence with the voice carried on.
#pragma once

#include <string_view>

namespace jtai {
struct Lexicon;
}

namespace jtai::reported {

/// The voice a sentence is in.
enum class Voice { kNone, kReport, kOther };

/// What a sentence says of its own voice.
struct SentenceVoice {
  Voice voice = Voice::kNone;  ///< the sentence's voice, CARRIED when it names none
  bool method = false;         ///< the report's voice saying what the inspections did or will do
};

/// The voice of SENTENCE: FIRST_PERSON when it opens with the writer's "we"; else the
/// subject of its first verb of saying or finding, a subject after the verb ("…, says the
/// report"), or CARRIED (the voice of the sentence before) when the subject is a pronoun
/// that refers back or the sentence names no speaker.
SentenceVoice voice_of(std::string_view sentence, Voice carried, const Lexicon& lexicon,
                       Voice first_person = Voice::kOther);

}  // namespace jtai::reported
