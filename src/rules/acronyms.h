// Acronyms a document defines ("the vulnerability assessment team (VAT)"), read by the
// rules' `acronyms` statement during tagging, and where findings use them: a use of a
// defined acronym takes the labels of the rules its long form matches (tagger.cc).
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

#include "jtai/model.h"
#include "jtai/rules.h"

namespace jtai {

/// Acronyms TEXT defines by the `acronyms` pattern of RULES, in text order ([] without one).
std::vector<AcronymDefinition> acronym_definitions(std::string_view text, const RuleSet& rules);

/// A rule's match in a finding's text (byte offsets into the text), direct or through a
/// defined acronym.
struct TagHit {
  std::size_t rule;
  std::size_t begin, end;
  bool acronym;
};

/// Where findings name the acronyms of DEFINITIONS, as `\bACRs?\b` finds them: an acronym
/// of word bytes is a whole word of the text, or that word without a final s.
class AcronymFinder {
 public:
  /// The acronyms of DEFINITIONS, each with the rules (of RULES) its long forms match.
  AcronymFinder(const std::vector<AcronymDefinition>& definitions, const RuleSet& rules);

  /// Whether no acronym is defined.
  bool empty() const { return rules_.empty(); }

  /// Appends to HITS the acronym hits of TEXT, one per rule of each use, except a use that
  /// a rule already matches as written (among the first DIRECT hits) through that rule.
  void find(std::string_view text, std::size_t direct, std::vector<TagHit>* hits) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::vector<std::size_t>> rules_;  // per acronym, in the order of their text
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> by_word_;
  std::vector<std::pair<std::unique_ptr<re2::RE2>, std::size_t>> other_;
  std::size_t min_upper_ = SIZE_MAX;  // fewest capitals of an acronym of word bytes
};

}  // namespace jtai
