// Dates written out in text ("9 November 2018") to ISO 8601, with month names from
// data/lexicon/months.tsv.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <re2/re2.h>

#include "jtai/model.h"

namespace jtai {

struct Lexicon;

/// "YYYY-MM-DD" from day, month name and year strings; nullopt when they make no date.
std::optional<std::string> iso_date(std::string_view day, std::string_view month, std::string_view year,
                                    const Lexicon& lexicon);

/// The date of a match of RE whose named groups d, m and y hold day, month name and year.
std::optional<std::string> date_of(const re2::RE2& re, const std::vector<re2::StringPiece>& groups,
                                   const Lexicon& lexicon);

/// The range of a match of RE with groups d1 m1 y1 (start; month and year may be left out,
/// then they are the end's) and d2 m2 y2 (end; a missing year is DEFAULT_YEAR); nullopt
/// unless both ends are dates.
std::optional<DateRange> date_range(const re2::RE2& re, const std::vector<re2::StringPiece>& groups,
                                    std::string_view default_year, const Lexicon& lexicon);

/// The value of the named capture group NAME of the last match, or "" when it did not take part.
std::string group(const re2::RE2& re, const std::vector<re2::StringPiece>& groups, const std::string& name);

/// The value of capture group INDEX of the last match, or "" when it did not take part
/// (or INDEX is -1, no such group).
std::string group_text(const std::vector<re2::StringPiece>& groups, int index);

/// Runs RE (unanchored) over TEXT; on a match fills GROUPS (index 0 = whole match).
bool search(const re2::RE2& re, std::string_view text, std::vector<re2::StringPiece>* groups);

}  // namespace jtai
