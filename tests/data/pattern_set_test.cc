// PatternSet: the patterns of a list that may match a text, beside those that do, as each
// pattern's own search says.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "data/pattern_set.h"
#include "data/tables.h"

namespace {

using Patterns = std::vector<jtai::Regex>;

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

TEST_CASE("PatternSet names every pattern that matches, and few others, in list order", "[pattern_set]") {
  struct Case {
    std::vector<std::string> patterns;
    jtai::PatternOptions options;
    std::string text;
    std::vector<int> candidates;
    std::vector<int> matches;
  };
  const std::vector<Case> cases = {
      {{"said", "told (\\S+ ){1,6}to", "according to"}, {.case_insensitive = true, .word_bounded = true},
       "She told the council to act, according to the report.", {1, 2}, {1, 2}},
      // "unsaid" holds the string "said" but is not the word.
      {{"said", "says"}, {.case_insensitive = true, .word_bounded = true}, "It unsaid nothing.", {0}, {}},
      {{"(?P<name>[A-Z][a-z]+) said", "^(?P<role>[A-Z][a-z]+):$"}, {}, "Chair:", {1}, {1}},
      {{"(?P<name>[A-Z][a-z]+) said", "^(?P<role>[A-Z][a-z]+):$"}, {}, "Then Jones said: Chair:", {0, 1}, {0}},
      {{"concerns?", "warn(s|ed)"}, {.case_insensitive = true, .word_bounded = true}, "CONCERN was WARNED", {0, 1},
       {0, 1}},
      {{"x", "y"}, {.whole = true}, "", {}, {}},
      // RE2 folds the long s onto s: the text goes to the RE2::Set, which finds "said".
      {{"said", "told"}, {.case_insensitive = true}, "she \u017Faid so", {0}, {0}},
      // "[A-Z]\\w" needs no string of three letters, so it is a candidate for every text.
      {{"[A-Z]\\w", "council"}, {}, "no capitals in the council", {0, 1}, {1}},
      {{"[A-Z]\\w", "council"}, {}, "Ofsted and the", {0}, {0}},
      // Strings are found in any case; the pattern's own search then decides.
      {{"Ofsted", "report"}, {}, "OFSTED report", {0, 1}, {1}},
  };
  for (const auto& c : cases) {
    SECTION(c.text) {
      Patterns patterns = compile(c.patterns, c.options);
      jtai::PatternSet set(patterns);
      CHECK(set.candidates(c.text) == c.candidates);
      CHECK(one_by_one(patterns, c.text) == c.matches);
    }
  }
}

TEST_CASE("a list's patterns match with what its filter compiled, the same pattern", "[pattern_set]") {
  for (auto anchor : {re2::RE2::UNANCHORED, re2::RE2::ANCHOR_BOTH}) {
    Patterns patterns = compile({"said", "told (\\S+ ){1,6}to"}, {.case_insensitive = true, .word_bounded = true});
    jtai::PatternSet set(patterns, anchor);
    set.candidates("she said");
    for (const auto& re : patterns) {
      CHECK(re->pattern() == re.pattern());  // never the filter's anchored copy
      CHECK_FALSE(re->options().case_sensitive());
    }
    CHECK(re2::RE2::PartialMatch("They told the council to act", *patterns[1]));
    CHECK_FALSE(re2::RE2::PartialMatch("unsaid", *patterns[0]));
  }
}

TEST_CASE("PatternSet anchored at both ends names the patterns that may be the whole text", "[pattern_set]") {
  Patterns patterns = compile({"share( this)?", "(?:[A-Z][a-z]+ )+Police", "image.*"}, {.whole = true});
  jtai::PatternSet set(patterns, re2::RE2::ANCHOR_BOTH);
  const std::vector<std::pair<std::string, std::vector<int>>> cases = {
      {"Share this", {0}},    // the string "share" is there; the pattern is case-sensitive
      {"share this page", {0}},
      {"Essex Police", {1}},
      {"image: a photo", {2}},
      {"Police", {1}},
      {"", {}},
  };
  for (const auto& [text, want] : cases) {
    std::vector<int> full;
    for (std::size_t i = 0; i < patterns.size(); ++i)
      if (re2::RE2::FullMatch(text, *patterns[i])) full.push_back(static_cast<int>(i));
    CHECK(set.candidates(text) == want);
    CHECK(std::includes(want.begin(), want.end(), full.begin(), full.end()));
  }
  CHECK(jtai::any_full_match(patterns, "Kent Police"));
  CHECK_FALSE(jtai::any_full_match(patterns, "the Kent Police"));
  CHECK(jtai::any_match(compile({"police"}, {.case_insensitive = true}), "the Kent Police"));
}

TEST_CASE("PatternSet says every pattern may match where it cannot judge", "[pattern_set]") {
  Patterns mixed = compile({"said"}, {.case_insensitive = true});
  Patterns exact = compile({"told"}, {});
  mixed.push_back(exact.front());  // options differ: the filter, but no RE2::Set behind it
  jtai::PatternSet set(mixed);
  CHECK(set.candidates("nothing here").empty());
  CHECK(set.candidates("she told them") == std::vector<int>{1});
  CHECK(set.candidates("she \u017Faid so") == std::vector<int>{0, 1});  // a folded hazard, no set
  CHECK(jtai::PatternSet().candidates("anything").empty());
  CHECK(jtai::PatternSet(Patterns{}).candidates("anything").empty());
}

TEST_CASE("PatternSet within a text names the line patterns its lines may match", "[pattern_set]") {
  Patterns lines = compile({"dear .*", "yours sincerely.*", "[A-Z]+"}, {.case_insensitive = true, .whole = true});
  jtai::PatternSet set(lines);
  // "[A-Z]+" needs no string, so it is always named; the others by their strings.
  CHECK(set.within("Ofsted\nDear Director\nText") == std::vector<int>{0, 2});
  CHECK(set.within("Yours sincerely\nA Name") == std::vector<int>{1, 2});
  // A hazard: every pattern, where candidates() would ask a set anchored at the whole text.
  CHECK(set.within("\u212Aent\nDear Director") == std::vector<int>{0, 1, 2});
}

TEST_CASE("AnyPattern matches where one of its patterns does, by input", "[pattern_set]") {
  const Patterns headings = compile({"(key )?strengths:?", "what needs to improve\\??"}, {.case_insensitive = true, .whole = true});
  Patterns mixed = compile({"said"}, {.case_insensitive = true});
  mixed.push_back(compile({"Told"}, {}).front());  // options differ: each pattern in turn
  struct Case {
    const Patterns* patterns;
    std::string text;
    bool want;
  };
  const Case cases[] = {
      {&headings, "Key strengths", true},         {&headings, "Strengths:", true},
      {&headings, "What needs to improve?", true}, {&headings, "Key strengths of the area", false},
      {&headings, "the strengths", false},         {&headings, "", false},
      {&mixed, "she SAID so", true},               {&mixed, "she Told them", true},
      {&mixed, "she told them", false},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    jtai::AnyPattern any(*c.patterns);
    CHECK(any(c.text) == c.want);
    CHECK(any(c.text) == jtai::any_match(*c.patterns, c.text));
    if (c.patterns == &headings) {  // whole patterns: anchored at both ends, the same answers
      jtai::AnyPattern whole(*c.patterns, re2::RE2::ANCHOR_BOTH);
      CHECK(whole(c.text) == c.want);
    }
  }
  CHECK_FALSE(jtai::AnyPattern()("anything"));
  // Anchored, a pattern that is not whole must match all of the text.
  CHECK_FALSE(jtai::AnyPattern(mixed, re2::RE2::ANCHOR_BOTH)("she SAID so"));
  CHECK(jtai::AnyPattern(mixed, re2::RE2::ANCHOR_BOTH)("Told"));
}

TEST_CASE("ListFilter names, list by list, the patterns a text may hold", "[pattern_set]") {
  struct Case {
    std::string text;
    std::vector<std::vector<int>> candidates;
  };
  const jtai::PatternOptions words{.case_insensitive = true, .word_bounded = true};
  const Patterns speech = compile({"said|says", "told (\\S+ ){1,6}to"}, words);
  const Patterns finding = compile({"found|finds?"}, words);
  const Patterns method = compile({"visited", "examined"}, words);
  const jtai::ListFilter filter({&speech, &finding, &method});
  const std::vector<Case> cases = {
      {"Inspectors found that leaders said little.", {{0}, {0}, {}}},
      {"They visited and examined and told him to go.", {{1}, {}, {0, 1}}},
      {"Nothing here.", {{}, {}, {}}},
      // RE2 folds the long s onto s: the filter cannot judge, and the set decides: no
      // match, as RE2's \b (ASCII) does not stand between a space and the long s.
      {"She \u017Faid so.", {{}, {}, {}}},
      {"She \u017Faid it was found.", {{}, {0}, {}}},
  };
  for (const auto& c : cases) {
    SECTION(c.text) {
      const auto found = filter.candidates(c.text);
      CHECK(found == c.candidates);
      // Every pattern that matches is named.
      const std::vector<const Patterns*> lists = {&speech, &finding, &method};
      for (std::size_t k = 0; k < lists.size() && k < found.size(); ++k)
        for (int i : one_by_one(*lists[k], c.text)) CHECK(std::count(found[k].begin(), found[k].end(), i) == 1);
    }
  }
}

TEST_CASE("PatternSet confirms patterns without strings in one pass when there are two or more", "[pattern_set]") {
  struct Case {
    std::vector<std::string> patterns;
    jtai::PatternOptions options;
    std::string text;
    std::vector<int> candidates;
  };
  const std::vector<Case> cases = {
      // "[A-Z]\\w" and "\\d\\d" need no string: their set says whether they match.
      {{"[A-Z]\\w", "\\d\\d", "council"}, {}, "no capitals in the council", {2}},
      {{"[A-Z]\\w", "\\d\\d", "council"}, {}, "Ofsted in 2024", {0, 1}},
      {{"[A-Z]\\w", "\\d\\d", "council"}, {}, "the 12 councils", {1, 2}},
      // Whole-line patterns: the set is anchored at both ends, as FullMatch is.
      {{"(\\S+\\s+){3,}\\S*[^.]", ".*[a-z]{2}[A-Z][a-z].*", "(?i)related stories"}, {.whole = true},
       "one two three four", {0}},
      {{"(\\S+\\s+){3,}\\S*[^.]", ".*[a-z]{2}[A-Z][a-z].*", "(?i)related stories"}, {.whole = true},
       "one two three four.", {}},
      {{"(\\S+\\s+){3,}\\S*[^.]", ".*[a-z]{2}[A-Z][a-z].*", "(?i)related stories"}, {.whole = true},
       "HomeNewsSport", {1}},
  };
  for (const auto& c : cases) {
    SECTION(c.text) {
      const Patterns patterns = compile(c.patterns, c.options);
      const auto anchor = c.options.whole ? re2::RE2::ANCHOR_BOTH : re2::RE2::UNANCHORED;
      const jtai::PatternSet set(patterns, anchor);
      const auto found = set.candidates(c.text);
      CHECK(found == c.candidates);
      for (std::size_t i = 0; i < patterns.size(); ++i) {
        bool matches = c.options.whole ? re2::RE2::FullMatch(c.text, *patterns[i])
                                       : re2::RE2::PartialMatch(c.text, *patterns[i]);
        if (matches) CHECK(std::count(found.begin(), found.end(), static_cast<int>(i)) == 1);
      }
    }
  }
}
