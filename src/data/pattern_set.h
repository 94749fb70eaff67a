// Which patterns of a list may match a text, learnt cheaply, so that a stage runs the
// searches that find positions or groups only for the patterns that can occur (reported text:
// attributions, polarity cues, cited reports, web furniture). RE2's FilteredRE2 names
// the strings each pattern cannot match without; one Hyperscan literal scan finds which
// of them a text holds, and the caller runs only the patterns they leave possible. A list
// whose strings cannot be found that way is one RE2::Set instead.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "data/regex.h"
#include "rules/scanner.h"

namespace jtai {

struct LazySet;  ///< one RE2::Set over a list, compiled on first use (pattern_set.cc)

/// True when one of PATTERNS matches somewhere in S.
bool any_match(const std::vector<Regex>& patterns, std::string_view s);

/// True when one of PATTERNS matches the whole of S.
bool any_full_match(const std::vector<Regex>& patterns, std::string_view s);

/// Whether any pattern of a list matches a text, in one pass of an RE2::Set over the list,
/// compiled on first use (each pattern in turn when they do not share their options, or
/// the set's DFA runs out of memory).
class AnyPattern {
 public:
  AnyPattern() = default;
  /// A set of PATTERNS' own texts and options, matched anywhere in a text (UNANCHORED) or
  /// as the whole of it (ANCHOR_BOTH: patterns that are whole already, `^(?:...)$`, match
  /// the same and a text that no pattern begins is read no further).
  explicit AnyPattern(const std::vector<Regex>& patterns, re2::RE2::Anchor anchor = re2::RE2::UNANCHORED);

  /// True when one of the patterns matches somewhere in S (or, anchored, all of S).
  bool operator()(std::string_view s) const;

 private:
  std::vector<Regex> patterns_;
  std::shared_ptr<LazySet> set_;  ///< null: the patterns do not share their options
  re2::RE2::Anchor anchor_ = re2::RE2::UNANCHORED;
};

/// The patterns of a compiled list that may match a text, in the list's order.
class PatternSet {
 public:
  PatternSet() = default;
  /// A set of PATTERNS' own texts and options, matched anywhere in a text (UNANCHORED)
  /// or as the whole of it (ANCHOR_BOTH); every pattern is a candidate where the filter
  /// cannot judge and they do not share their options for one RE2::Set.
  explicit PatternSet(const std::vector<Regex>& patterns,
                      re2::RE2::Anchor anchor = re2::RE2::UNANCHORED);

  /// Indices of the patterns that may match S (somewhere, or as a whole), ascending: every
  /// one that matches (or whose twin does, data/relax.h), and those whose strings S holds
  /// (patterns without strings: those that match, when two or more share one set); every
  /// index when no set was built or its DFA ran out of memory. Callers search S with each
  /// pattern they are given.
  std::vector<int> candidates(std::string_view s) const;

  /// Indices of the patterns that may match somewhere in S, or (anchored patterns) one of
  /// its lines, ascending; every index when the filter cannot tell.
  std::vector<int> within(std::string_view s) const;

  /// The filter's strings as Hyperscan regexes, numbered from FIRST_ID (its strings in any
  /// ASCII case, then the folded hazards), for a pass that scans them beside other
  /// expressions; empty when the filter cannot judge this list.
  std::vector<Scanner::Expression> filter_expressions(unsigned first_id) const;

  /// within(S) from the numbers, less FIRST_ID, of the filter_expressions S holds.
  std::vector<int> within_holding(std::vector<int> held) const;

 private:
  std::vector<int> by_set(std::string_view s) const;
  std::vector<int> every() const;
  /// The filter's candidates for S into OUT; false when there is no filter or S holds a
  /// folded hazard.
  bool filtered(std::string_view s, std::vector<int>* out) const;
  /// The filter's candidates from the strings FOUND (sorted ids; past the strings: a
  /// folded hazard) into OUT; false for a hazard.
  bool potentials(const std::vector<int>& found, std::vector<int>* out) const;
  /// Drops from OUT the patterns without strings that their set says do not match S.
  void drop_stringless_misses(std::string_view s, std::vector<int>* out) const;

  struct Filter;  ///< the strings' filter, built on first use (a run reads few kinds of text)
  std::shared_ptr<Filter> filter_;
  std::shared_ptr<LazySet> set_;  ///< for texts the filter cannot judge (rare); null: options differ
  int size_ = 0;
};

/// Several pattern lists read over the same text, filtered in one pass of one PatternSet
/// over all their patterns.
class ListFilter {
 public:
  ListFilter() = default;
  /// A filter over LISTS, in this order.
  explicit ListFilter(const std::vector<const std::vector<Regex>*>& lists);

  /// For each list, the indices of its patterns that may match somewhere in S, ascending.
  std::vector<std::vector<int>> candidates(std::string_view s) const;

 private:
  PatternSet set_;
  std::vector<int> starts_;  ///< where each list's patterns start in the set, then their end
};

}  // namespace jtai
