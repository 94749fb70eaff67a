// A cheaper twin of a pattern with long counted repeats, for Regex::match (every stage
// that reads groups from data-table patterns; the attributions of reported text most).
// RE2 spells `[^,]{2,120}` out as 120 copies of the class, a program too large for its
// fast engines for groups. The twin writes each such repeat of one character as `{2,}`
// in a group of its own. The twin matches every text the pattern does, and its first
// match is the pattern's whenever each relaxed repeat took at most its old bound, since
// every parse the pattern prefers the twin preferred too, and it failed (data/regex.cc).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jtai {

/// A counted repeat that the twin leaves unbounded, and where to check it.
struct RelaxedRepeat {
  int group = 0;  ///< the twin's group around the repeat
  int max = 0;    ///< the repeats the pattern allows; the twin's group must hold no more characters
};

/// A pattern's twin with its long counted repeats left open.
struct RelaxedPattern {
  std::string pattern;                 ///< the twin, in RE2 syntax
  std::vector<int> groups;             ///< the twin's group for each group of the pattern ([0] is 0)
  std::vector<RelaxedRepeat> repeats;  ///< the repeats to check, in the order of the pattern
};

/// The twin of PATTERN (RE2 syntax, parsed without error already) in which every repeat
/// `{m,n}` with n >= MIN_UPPER of one character (a literal, `.`, a class or an escape
/// that stands for one character) is `{m,}` in a new group; nullopt when no repeat is
/// long enough, or every long one is inside a repeated group (which keeps only its last
/// pass), or PATTERN uses syntax this reading leaves alone (`\Q`, octal escapes).
std::optional<RelaxedPattern> relax_repeats(std::string_view pattern, int min_upper);

}  // namespace jtai
