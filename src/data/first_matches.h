// The first match of each pattern of a list in a whole text (stage "kind": the text
// signals). RE2 searching from the start reads up to a pattern's first match, and the
// whole text when the pattern is absent, once per pattern; here one Vectorscan pass of
// every pattern says where each first match ends, and RE2 reads only a short stretch
// before that end.
#pragma once

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "data/regex.h"

namespace jtai {

/// The first match of each pattern of a list in a text, as RE2 finds it from the start.
class FirstMatches {
 public:
  FirstMatches() = default;
  /// The first matches of PATTERNS; the Vectorscan database is built on first use.
  explicit FirstMatches(const std::vector<Regex>& patterns);

  /// The first match in S of each pattern WANTED marks (by index); nullopt for a pattern
  /// not wanted or without a match.
  std::vector<std::optional<std::string_view>> in(std::string_view s, const std::vector<char>& wanted) const;

 private:
  struct Db;  ///< the patterns and the database of those Vectorscan reads as RE2 does
  std::shared_ptr<Db> db_;
};

}  // namespace jtai
