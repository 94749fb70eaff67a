// Stage 6: document metadata of a letter (date, recipients, title, areas, inspectorates,
// theme, fieldwork, response deadline, signatories, content ranges), read with the
// patterns of data/letter/metadata.tsv and the tables of data/areas.tsv and
// data/lexicon/. Input from normalise.h, segment.h and sections.h.
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

/// Metadata of another inspection report (ILACS, area SEND, CQC review): title, date
/// published, inspection dates, areas, inspectorates named and the lead inspector, read
/// with data/inspection/metadata.tsv; values the report does not state stay empty.
DocumentMeta extract_inspection_metadata(std::string_view text, const std::vector<Line>& lines,
                                         const Segmentation& segmentation, const Lexicon& lexicon);

/// A person named at the start of LINE ("Sir Mark Rowley, Commissioner, Metropolitan
/// Police Service"): name without honorifics or post-nominals, then role and organisation.
std::optional<Person> parse_person_line(std::string_view line, const Lexicon& lexicon);

/// True when TOK can be part of a personal name: capitalised, with lower-case letters,
/// and not a word that starts a role or organisation (data/lexicon/people.tsv).
bool name_like(std::string_view tok, const Lexicon& lexicon);

/// Local authority areas named in TEXT, in order of first mention, without repeats.
std::vector<Area> find_areas(std::string_view text, const Lexicon& lexicon);

}  // namespace jtai
