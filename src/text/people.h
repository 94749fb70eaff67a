// People named in documents (a helper several analysers use): whether a word can be part
// of a personal name, and a person line ("Sir Mark Rowley, Commissioner, Metropolitan
// Police Service") read into name, role and organisation, with the honorifics,
// post-nominals and role words of data/lexicon/people.tsv.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/model.h"

namespace jtai {

struct Lexicon;

/// A person named at the start of LINE: name without honorifics or post-nominals, then
/// role and organisation; nullopt when LINE does not start with a name.
std::optional<Person> parse_person_line(std::string_view line, const Lexicon& lexicon);

/// True when TOK can be part of a personal name: capitalised, with lower-case letters,
/// and not a word that starts a role or organisation (data/lexicon/people.tsv).
bool name_like(std::string_view tok, const Lexicon& lexicon);

/// S without ASCII characters of CHARS, or en dashes, at either end.
std::string trim_chars(std::string_view s, std::string_view chars);

/// Separators around the parts of a person line: spaces, tabs, commas and dashes.
inline constexpr std::string_view kSeparators = " \t,-";

}  // namespace jtai
