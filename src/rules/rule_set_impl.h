// The compiled form of a RuleSet (internal to src/rules, stage "tag"): the RE2 form of
// every rule, which defines what it matches, and Hyperscan databases of every pattern
// that can be written exactly for it: phrases as literals, the rest as regexes.
// rule_set.cc compiles it; match.cc finds matches with one scan per database and
// resolves them rule by rule as RE2 would.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include <re2/re2.h>

#include "data/regex.h"
#include "jtai/rules.h"
#include "rules/phrases.h"
#include "rules/scanner.h"

namespace jtai {

struct RuleSet::Impl {
  /// What a Hyperscan expression id stands for.
  struct Target {
    enum class Kind : std::uint8_t { kMatch, kUnless, kHazard };
    Kind kind = Kind::kMatch;
    std::uint32_t rule = 0;
    std::uint32_t phrase = 0;  ///< kUnless: which of the rule's unless phrases
  };

  /// The targets of each expression id: one expression stands for every rule pattern
  /// written the same way, so that a hit is found and checked once, however many rules
  /// share it. A hazard's id stands for that hazard alone.
  struct Targets {
    std::vector<std::uint32_t> first;  ///< by id, where its targets start in `all`; then one past the last
    std::vector<Target> all;
    std::span<const Target> of(unsigned id) const { return {all.data() + first[id], all.data() + first[id + 1]}; }
  };

  /// Per rule, leftmost-longest; compiled at load, or on first use (rule_set.cc says when);
  /// null: no pattern kept.
  std::vector<Regex> rule_re;
  std::vector<std::vector<Regex>> unless;  ///< per rule
  std::vector<std::vector<PatternSpec>> unless_phrases;        ///< per rule, as `unless`
  std::vector<std::size_t> re2_rules;  ///< rules with a pattern Hyperscan cannot read: RE2 finds all their matches
  std::vector<char> unless_by_re2;     ///< per rule: an unless phrase Hyperscan cannot read
  std::vector<char> unless_literal;    ///< per rule: every unless phrase spelt as literals (its hits are all its matches)
  std::unique_ptr<Scanner> literal_scanner;  ///< phrases spelt as literals, over folded text; null: every rule by RE2
  std::vector<PhraseLiteral> literals;       ///< by literal id
  Targets literal_targets;                   ///< by literal id
  std::unique_ptr<Scanner> regex_scanner;    ///< the other patterns, over the text as given; null: none
  Targets regex_targets;                     ///< by expression id
  std::unique_ptr<re2::RE2> acronyms;  ///< how a document defines an acronym
  LabelTable labels;
};

}  // namespace jtai
