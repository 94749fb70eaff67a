// PatternSet: the patterns of a list that match a text, as each pattern's own search says.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "data/pattern_set.h"
#include "data/tables.h"

namespace {

using Patterns = std::vector<std::shared_ptr<const re2::RE2>>;

Patterns compile(const std::vector<std::string>& texts, jtai::PatternOptions options) {
  Patterns out;
  for (const auto& t : texts) out.push_back(jtai::try_compile(t, options, nullptr));
  return out;
}

// The indices of PATTERNS that RE2 finds in S, one search each.
std::vector<int> one_by_one(const Patterns& patterns, const std::string& s) {
  std::vector<int> out;
  for (std::size_t i = 0; i < patterns.size(); ++i)
    if (re2::RE2::PartialMatch(s, *patterns[i])) out.push_back(static_cast<int>(i));
  return out;
}

}  // namespace

TEST_CASE("PatternSet finds the patterns that match, in list order", "[pattern_set]") {
  struct Case {
    std::vector<std::string> patterns;
    jtai::PatternOptions options;
    std::string text;
    std::vector<int> expected;
  };
  const std::vector<Case> cases = {
      {{"said", "told (\\S+ ){1,6}to", "according to"}, {.case_insensitive = true, .word_bounded = true},
       "She told the council to act, according to the report.", {1, 2}},
      {{"said", "says"}, {.case_insensitive = true, .word_bounded = true}, "It unsaid nothing.", {}},
      {{"(?P<name>[A-Z][a-z]+) said", "^(?P<role>[A-Z][a-z]+):$"}, {}, "Chair:", {1}},
      {{"(?P<name>[A-Z][a-z]+) said", "^(?P<role>[A-Z][a-z]+):$"}, {}, "Then Jones said: Chair:", {0}},
      {{"concerns?", "warn(s|ed)"}, {.case_insensitive = true, .word_bounded = true}, "CONCERN was WARNED", {0, 1}},
      {{"x", "y"}, {.whole = true}, "", {}},
      // RE2 folds the long s onto s: the text goes to the set, which finds "said".
      {{"said", "told"}, {.case_insensitive = true}, "she \u017Faid so", {0}},
      // No string of three letters that "[A-Z]\\w" needs: it runs on every text.
      {{"[A-Z]\\w", "council"}, {}, "no capitals in the council", {1}},
      {{"[A-Z]\\w", "council"}, {}, "Ofsted and the council", {0, 1}},
      // The strings are found in any case, and RE2 then says whether the pattern matches.
      {{"Ofsted", "report"}, {}, "OFSTED report", {1}},
  };
  for (const auto& c : cases) {
    SECTION(c.text) {
      Patterns patterns = compile(c.patterns, c.options);
      jtai::PatternSet set(patterns);
      CHECK(set.matching(c.text) == c.expected);
      CHECK(one_by_one(patterns, c.text) == c.expected);
    }
  }
}

TEST_CASE("PatternSet anchored at both ends finds the patterns that are the whole text", "[pattern_set]") {
  Patterns patterns = compile({"share( this)?", "(?:[A-Z][a-z]+ )+Police", "image.*"}, {.whole = true});
  jtai::PatternSet set(patterns, re2::RE2::ANCHOR_BOTH);
  for (const std::string text : {"Share this", "share this page", "Essex Police", "image: a photo", "Police", ""}) {
    std::vector<int> full;
    for (std::size_t i = 0; i < patterns.size(); ++i)
      if (re2::RE2::FullMatch(text, *patterns[i])) full.push_back(static_cast<int>(i));
    CHECK(set.matching(text) == full);
  }
  CHECK(set.matching("share this") == std::vector<int>{0});
  CHECK(set.matching("Share this").empty());  // case-sensitive, as its patterns are
  CHECK(set.matching("Kent Police") == std::vector<int>{1});
  CHECK(jtai::any_full_match(patterns, "Kent Police"));
  CHECK_FALSE(jtai::any_full_match(patterns, "the Kent Police"));
  CHECK(jtai::any_match(compile({"police"}, {.case_insensitive = true}), "the Kent Police"));
}

TEST_CASE("PatternSet says every pattern may match when it cannot be one set", "[pattern_set]") {
  Patterns mixed = compile({"said"}, {.case_insensitive = true});
  Patterns exact = compile({"told"}, {});
  mixed.push_back(exact.front());  // options differ: no set
  CHECK(jtai::PatternSet(mixed).matching("nothing here") == std::vector<int>{0, 1});
  CHECK(jtai::PatternSet().matching("anything").empty());
  CHECK(jtai::PatternSet(Patterns{}).matching("anything").empty());
}
