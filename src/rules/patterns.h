// Rule patterns as regular expressions (stage "tag", used by RuleSet::compile): the RE2
// form that defines what a pattern matches, and the same language in Hyperscan's syntax
// where it can be written exactly (byte mode, ASCII case folding).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "jtai/rules.h"

namespace jtai {

/// P as an RE2 pattern (compiled case-insensitive): phrases as rules.h describes them,
/// regexes as whole words.
std::string re2_pattern(const PatternSpec& p);

/// P as a Hyperscan expression (compiled caseless, byte mode) that matches exactly the
/// spans re2_pattern(P) matches in valid UTF-8 without the hazards below;
/// empty when P uses something that is not written the same way in both (non-ASCII
/// letters, `.`, negated classes, anchors, unusual escapes or flags).
std::optional<std::string> hyperscan_pattern(const PatternSpec& p);

/// Bytes in whose presence the RE2 and Hyperscan forms may differ, so that a text with
/// them is matched by RE2: the only two non-ASCII letters RE2 folds onto ASCII ones
/// (U+017F long s onto s, U+212A Kelvin sign onto k), as literals...
inline constexpr std::string_view kFoldedHazards[] = {"\xC5\xBF", "\xE2\x84\xAA"};

/// ...and the vertical tab, which is in Hyperscan's `\s` but not in RE2's, as a regex.
inline constexpr std::string_view kRegexHazard = "\\x0B";

}  // namespace jtai
