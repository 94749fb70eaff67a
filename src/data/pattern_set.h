// Which patterns of a list match a text, learnt in one pass: one RE2::Set over the
// patterns, so that a stage runs the searches that find positions or groups only for the
// patterns that occur (reported text: attributions, polarity cues, cited reports).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

namespace jtai {

/// True when one of PATTERNS matches somewhere in S.
bool any_match(const std::vector<std::shared_ptr<const re2::RE2>>& patterns, std::string_view s);

/// True when one of PATTERNS matches the whole of S.
bool any_full_match(const std::vector<std::shared_ptr<const re2::RE2>>& patterns, std::string_view s);

/// One RE2::Set over a list of compiled patterns, in the list's order.
class PatternSet {
 public:
  PatternSet() = default;
  /// A set of PATTERNS' own texts and options, matched anywhere in a text (UNANCHORED)
  /// or as the whole of it (ANCHOR_BOTH); every pattern is said to match when they do not
  /// share their options or the set cannot be compiled.
  explicit PatternSet(const std::vector<std::shared_ptr<const re2::RE2>>& patterns,
                      re2::RE2::Anchor anchor = re2::RE2::UNANCHORED);

  /// Indices of the patterns that match S (somewhere, or as a whole), ascending; every
  /// index when the set was not built or its DFA ran out of memory.
  std::vector<int> matching(std::string_view s) const;

 private:
  std::shared_ptr<const re2::RE2::Set> set_;
  int size_ = 0;
};

}  // namespace jtai
