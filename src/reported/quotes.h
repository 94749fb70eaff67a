// Quotes of reported text: quotation marks paired within a unit, attributions ("Name,
// role, said", "said Name", "she said") resolved to people, speakers carried forward
// into following paragraphs and speech blocks after "Name said:". Runs on the classified
// units (units.h) before the findings (findings.h), which leave quoted text out.
#pragma once

#include <string>
#include <vector>

#include "jtai/model.h"
#include "reported/units.h"

namespace jtai::reported {

/// A person attribution in a unit's text.
struct Attribution {
  std::size_t b = 0, e = 0;  ///< the attribution's extent in the unit text
  std::string name;          ///< empty for a pronoun
  std::string role;
};

/// What the quote pass learns about one unit.
struct UnitSpeech {
  std::size_t body_from = 0;          ///< where a paragraph's text starts after a run-in heading
  std::vector<Attribution> speakers;  ///< as written, names not resolved
  std::vector<Range> quoted;          ///< quotations kept as quotes
  std::vector<Range> speech;          ///< speech that opens a paragraph, speaker unknown
};

/// The quotes of a document and the people they quote.
struct QuoteReading {
  std::vector<Quote> quotes;
  std::vector<Person> people;    ///< quoted people, each once, in order of first quote
  std::vector<UnitSpeech> units;  ///< one per unit
};

/// The quotes of UNITS.
QuoteReading read_quotes(const std::vector<Unit>& units, const Lexicon& lexicon);

}  // namespace jtai::reported
