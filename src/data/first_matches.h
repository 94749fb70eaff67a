// The first match of each pattern of a list in a whole text (stage "kind": the text
// signals). RE2 searching from the start reads up to a pattern's first match, and the
// whole text when the pattern is absent, once per pattern; here one Hyperscan pass of
// every pattern says where each first match ends, and RE2 reads only a short stretch
// before that end. The same pass reads the strings of a PatternSet over the list, so it
// also says which patterns the text may hold.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "data/pattern_set.h"
#include "data/regex.h"

namespace jtai {

/// The first match of each pattern of a list in a text, as RE2 finds it from the start.
class FirstMatches {
 public:
  /// Where each pattern's first match ends in one text, from one Hyperscan pass.
  struct Ends {
    std::vector<std::size_t> at;  ///< by pattern; npos: none, or a pattern RE2 alone reads
    std::vector<int> possible;    ///< the filter's within(S)
  };

  FirstMatches() = default;
  /// The first matches of PATTERNS, and FILTER's within() of the same texts; the Hyperscan
  /// database is built on first use.
  explicit FirstMatches(const std::vector<Regex>& patterns, PatternSet filter = {});

  /// One pass over S by every pattern Hyperscan reads and the filter's strings.
  Ends ends(std::string_view s) const;

  /// Pattern I's first match in S, read near where ENDS (ends(S)) says it ends; nullopt
  /// when it has none.
  std::optional<std::string_view> first(std::string_view s, std::size_t i, const Ends& ends) const;

 private:
  struct Db;  ///< the patterns and the database of those Hyperscan reads as RE2 does
  std::shared_ptr<Db> db_;
};

}  // namespace jtai
