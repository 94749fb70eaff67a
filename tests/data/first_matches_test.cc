// FirstMatches: each pattern's first match in a text, the one RE2 finds searching the
// whole text from its start, whether Hyperscan's pass or RE2 alone finds it.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "data/first_matches.h"
#include "data/tables.h"

namespace {

using Found = std::vector<std::optional<std::string>>;

Found first_matches(const std::vector<std::string>& texts, jtai::PatternOptions options, const std::string& s,
                    const std::vector<char>& wanted) {
  std::vector<jtai::Regex> patterns;
  for (const auto& t : texts) patterns.push_back(jtai::try_compile(t, options, nullptr));
  const jtai::FirstMatches matches(patterns);
  const auto ends = matches.ends(s);
  Found out;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    auto m = wanted[i] ? matches.first(s, i, ends) : std::nullopt;
    out.push_back(m ? std::optional<std::string>(std::string(*m)) : std::nullopt);
  }
  return out;
}

std::string spaces(std::size_t n) { return std::string(n, ' '); }

}  // namespace

TEST_CASE("FirstMatches finds each wanted pattern's first match as RE2 does from the start", "[first_matches]") {
  struct Case {
    std::string name;
    std::vector<std::string> patterns;
    jtai::PatternOptions options;
    std::string text;
    std::vector<char> wanted;
    Found found;
  };
  const std::string far = std::string(5000, 'x') + " the report said it. Ofsted said so.";
  const std::vector<Case> cases = {
      {"first of two matches", {"\\b(said|says)\\b", "Ofsted"}, {}, far, {1, 1}, {"said", "Ofsted"}},
      {"a pattern not wanted", {"\\b(said|says)\\b", "Ofsted"}, {}, far, {0, 1}, {std::nullopt, "Ofsted"}},
      {"an absent pattern", {"inspectors found", "said"}, {}, far, {1, 1}, {std::nullopt, "said"}},
      {"leftmost, not shortest", {"report( said)?", "it\\. Of"}, {}, far, {1, 1}, {"report said", "it. Of"}},
      // The match starts far before where it ends: the window misses it, the whole search does not.
      {"longer than the window", {"Local\\s+Board"}, {}, "Local" + spaces(3000) + "Board", {1},
       {"Local" + spaces(3000) + "Board"}},
      {"anchored at the start", {"^x+ the", "^the"}, {}, far, {1, 1}, {std::string(5000, 'x') + " the", std::nullopt}},
      // Case-insensitive patterns are RE2's alone; RE2 folds the long s onto s.
      {"case-insensitive", {"said"}, {.case_insensitive = true}, "she \u017Faid so", {1}, {"\u017Faid"}},
      {"an empty match", {"z*"}, {}, "abc", {1}, {""}},
      {"non-ASCII text", {"[Cc]hildren\u2019s services", "caf\u00e9 .ay"}, {}, "The children\u2019s services caf\u00e9 d\u00e9y",
       {1, 1}, {"children\u2019s services", std::nullopt}},
      {"a dot takes a whole character", {"caf. d.y"}, {}, "caf\u00e9 d\u00e9y", {1}, {"caf\u00e9 d\u00e9y"}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(first_matches(c.patterns, c.options, c.text, c.wanted) == c.found); }
  }
}

TEST_CASE("FirstMatches with a filter names the patterns a text may hold, as the filter alone does", "[first_matches]") {
  struct Case {
    std::string name;
    std::vector<std::string> patterns;
    jtai::PatternOptions options;
    std::string text;
    std::vector<int> possible;
  };
  const std::vector<Case> cases = {
      {"strings of two patterns", {"\\bOfsted said\\b", "inspectors found", "[Jj]oint targeted"}, {},
       "Ofsted said the inspectors found it", {0, 1}},
      // Strings are found in any case, and in a pattern's parts ("said" without "Ofsted").
      {"strings in any case", {"Ofsted said", "report"}, {}, "OFSTED SAID nothing; a REPORT", {0, 1}},
      {"no strings held", {"Ofsted said", "report"}, {}, "nothing here", {}},
      // "[A-Z]\\w" needs no string of three letters: every text may hold it.
      {"a pattern without strings", {"[A-Z]\\w", "council"}, {}, "no capitals", {0}},
      // RE2 folds the long s onto s: the filter cannot judge, so every pattern may match.
      {"a folded hazard", {"said", "told"}, {.case_insensitive = true}, "she \u017Faid so", {0, 1}},
      {"strings past punctuation", {"children\u2019s services", "local (authority|area)"}, {},
       "The children\u2019s services of the local area", {0, 1}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      std::vector<jtai::Regex> patterns;
      for (const auto& t : c.patterns) patterns.push_back(jtai::try_compile(t, c.options, nullptr));
      const jtai::PatternSet filter(patterns);
      const jtai::FirstMatches matches(patterns, filter);
      const auto ends = matches.ends(c.text);
      CHECK(ends.possible == c.possible);
      CHECK(ends.possible == filter.within(c.text));
    }
  }
}
