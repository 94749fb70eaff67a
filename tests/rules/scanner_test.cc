// The one-scan matcher (RuleSet::match / match_each, src/rules/match.cc) against RE2
// rule by rule (match_reference), named by input: the same matches, exactly.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "jtai/jtai.h"
#include "jtai/rules.h"
#include "rules/phrases.h"
#include "rules/scanner.h"

using jtai::Diagnostic;
using jtai::parse_rules;
using jtai::RuleMatch;
using jtai::RuleSet;

namespace {

std::shared_ptr<const RuleSet> compile(const std::string& text) {
  std::vector<Diagnostic> d;
  auto rs = RuleSet::compile(parse_rules(text, "t.rules", &d), &d);
  REQUIRE(d.empty());
  return rs;
}

// "rule begin-end" for each match, in order.
std::vector<std::string> show(const RuleSet& rs, const std::vector<RuleMatch>& m) {
  std::vector<std::string> out;
  for (const auto& x : m) out.push_back(rs.rules()[x.rule].id + " " + std::to_string(x.begin) + "-" + std::to_string(x.end));
  return out;
}

const char* kOverlapping =
    "rule r.abc a:b\n  match a b | b c d | c d\n"
    "rule r.police a:p\n  match police | police officer* | officers\n  unless police and crime commissioner*\n"
    "rule r.star a:s\n  match investigat* | investigation team\n"
    "rule r.regex a:r\n  regex access to (?:the )?(?:\\w+ ){0,4}(?:system|systems|records)\n"
    "rule r.dot a:d\n  regex c.re plan\n"
    "rule r.caps a:c\n  match MASH | the hub\n"
    "rule r.apos a:q\n  match children's services | council's\n"
    "rule r.x a:x\n  match b\n  unless a b a\n";

}  // namespace

TEST_CASE("match: the same as RE2 rule by rule", "[rules][scanner]") {
  auto rs = compile(kOverlapping);
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      // "b c d" (2-7) begins inside "a b" and ends after it: from 3 on RE2 decides ("c d").
      {"a b c d", {"r.abc 0-3", "r.x 2-3", "r.abc 4-7"}},
      // The unless phrase vetoes "a b a" (0-5) but not the overlapping 4-9, which RE2 never takes.
      {"a b a b a", {"r.abc 0-3", "r.abc 4-7", "r.x 6-7"}},
      {"police officers met the police and crime commissioner", {"r.police 0-15"}},
      {"investigation team investigating", {"r.star 0-18", "r.star 19-32"}},
      {"access to the new case records", {"r.regex 0-30"}},
      // RE2 stops at the last end Hyperscan reports (29), the longest match, not at "records".
      {"access to the records systems of the council", {"r.regex 0-29"}},
      {"care plan and core plan", {"r.dot 0-9", "r.dot 14-23"}},
      {"the MASH, the mash, the hub", {"r.caps 4-8", "r.caps 20-27"}},
      {"children\u2019s services and the council's", {"r.apos 0-21", "r.apos 30-39"}},
      {"the police\x0bofficer", {"r.police 4-10"}},
      {"\xE2\x84\xAA police", {"r.police 4-10"}},
      {"", {}},
  };
  for (const auto& [text, want] : cases) {
    SECTION(text) {
      CHECK(show(*rs, rs->match(text)) == want);
      CHECK(show(*rs, rs->match_reference(text)) == want);
    }
  }
}

TEST_CASE("match: rules that share patterns, one hit each checked for every rule", "[rules][scanner]") {
  // police, care plan* and the regex are written the same way in two or more rules (s.e
  // and s.f are the same rule but for an unless phrase); MASH and mash, care plan and
  // care plan* are not the same pattern; a rule's unless phrase is another's match.
  auto rs = compile(
      "rule s.a a:a\n  match police | care plan* | MASH\n  unless police and crime commissioner\n"
      "rule s.b a:b\n  match police | care plan | mash\n  regex access to (?:the )?records\n"
      "rule s.c a:c\n  match police and crime commissioner | care plan*\n  regex access to (?:the )?records\n"
      "rule s.d a:d\n  match records\n  unless access to the records\n"
      "rule s.e a:e\n  regex access to (?:the )?records\n  unless the records and\n"
      "rule s.f a:f\n  regex access to (?:the )?records\n");
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"the police and crime commissioner met the police", {"s.b 4-10", "s.c 4-33", "s.a 42-48", "s.b 42-48"}},
      {"care plans, the care plan, the MASH and the mash",
       {"s.a 0-10", "s.c 0-10", "s.a 16-25", "s.b 16-25", "s.c 16-25", "s.a 31-35", "s.b 31-35", "s.b 44-48"}},
      // s.e and s.f are one regex; s.e's unless phrase vetoes its match.
      {"access to the records and the records", {"s.b 0-21", "s.c 0-21", "s.f 0-21", "s.d 30-37"}},
      {"access to records", {"s.b 0-17", "s.c 0-17", "s.e 0-17", "s.f 0-17", "s.d 10-17"}},
  };
  for (const auto& [text, want] : cases) {
    SECTION(text) {
      CHECK(show(*rs, rs->match(text)) == want);
      CHECK(show(*rs, rs->match_reference(text)) == want);
    }
  }
}

TEST_CASE("match: rules Hyperscan cannot read stay with RE2", "[rules][scanner]") {
  auto rs = compile(kOverlapping);
  // r.dot uses `.`, which means a code point to RE2 and a byte to Hyperscan.
  CHECK(rs->rules_in_scanner() == rs->rules().size() - 1);
}

TEST_CASE("match_each: texts scanned together match as they do alone", "[rules][scanner]") {
  auto rs = compile(kOverlapping);
  std::vector<std::string> texts = {"a b", "c d", "police", "officers of", "", "investigat", "ion team", "MASH"};
  std::vector<std::string_view> views(texts.begin(), texts.end());
  auto each = rs->match_each(views);
  auto unordered = rs->match_each(views, false);
  REQUIRE(each.size() == texts.size());
  REQUIRE(unordered.size() == texts.size());
  for (std::size_t k = 0; k < texts.size(); ++k) {
    SECTION(texts[k]) {
      CHECK(show(*rs, each[k]) == show(*rs, rs->match_reference(texts[k])));
      auto same = show(*rs, unordered[k]), want = show(*rs, each[k]);  // the same matches, in some order
      std::sort(same.begin(), same.end());
      std::sort(want.begin(), want.end());
      CHECK(same == want);
    }
  }
}

TEST_CASE("match: built-in rules on random phrase soup", "[rules][scanner]") {
  auto rs = jtai::Resources::builtin().rule_set();
  // Words of the built-in phrases, with the separators and endings that decide matches.
  std::vector<std::string> words;
  for (const auto& r : rs->rules())
    for (const auto& p : r.patterns)
      if (p.type == jtai::PatternSpec::Type::kPhrase) {
        std::istringstream in(p.text);
        for (std::string w; in >> w;) words.push_back(w.back() == '*' ? w.substr(0, w.size() - 1) + "ing" : w);
      }
  const std::vector<std::string> glue = {" ", "  ", "\n", "-", ", ", ". ", "'s ", "\u2019s ", " (", ") ", "s "};
  std::mt19937 rng(16);
  std::vector<std::string> texts;
  for (int n = 0; n < 400; ++n) {
    std::string t;
    std::size_t len = rng() % 60;
    for (std::size_t i = 0; i < len; ++i) t += words[rng() % words.size()] + glue[rng() % glue.size()];
    texts.push_back(t);
  }
  std::vector<std::string_view> views(texts.begin(), texts.end());
  auto each = rs->match_each(views);
  std::size_t differ = 0, matches = 0;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    auto want = rs->match_reference(texts[k]);
    matches += want.size();
    if (show(*rs, each[k]) != show(*rs, want)) {
      ++differ;
      UNSCOPED_INFO(texts[k]);
    }
  }
  CHECK(matches > 1000);
  CHECK(differ == 0);
}

TEST_CASE("match: every built-in rule is read by Hyperscan", "[rules][scanner]") {
  const auto& rs = jtai::Resources::builtin().rules();
  CHECK(rs.rules_in_scanner() == rs.rules().size());
}

TEST_CASE("phrase_literals: spellings and checks by phrase", "[rules][scanner]") {
  struct Want {
    std::vector<std::string> spellings;
    bool caseless, front, back, star;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> exact;
  };
  const std::vector<std::pair<std::string, Want>> cases = {
      {"multi-agency", {{"multi-agency", "multi agency", "multiagency"}, true, true, true, false, {}}},
      {"children's plan", {{"children's plan", "children\u2019s plan"}, true, true, true, false, {}}},
      {"NPS officers", {{"NPS officers"}, true, true, true, false, {{0, 3}}}},
      {"MASH", {{"MASH"}, false, true, true, false, {}}},
      {"investigat*", {{"investigat"}, true, true, true, true, {}}},
      {"A&E", {{"A&E"}, false, true, true, false, {}}},
  };
  for (const auto& [phrase, want] : cases) {
    SECTION(phrase) {
      auto got = jtai::phrase_literals(phrase);
      REQUIRE(got);
      std::vector<std::string> spellings;
      for (const auto& l : *got) spellings.push_back(l.bytes);
      CHECK(spellings == want.spellings);
      CHECK(got->front().caseless == want.caseless);
      CHECK(got->front().front_boundary == want.front);
      CHECK(got->front().back_boundary == want.back);
      CHECK(got->front().star == want.star);
      CHECK(got->front().exact == want.exact);
    }
  }
  for (std::string phrase : {"-led", "well- known", "a--b", "caf\u00e9", "x'*"}) {
    SECTION(phrase) { CHECK_FALSE(jtai::phrase_literals(phrase)); }
  }
}

// Debian 12's Vectorscan 5.4.9 missed these matches on AVX-512 CPUs for about a quarter of
// the prefix lengths (docs/performance.md); every database here is only as good as this.
TEST_CASE("Scanner: two literals are found wherever the text puts them", "[rules][scanner]") {
  for (bool literal : {true, false}) {
    auto scanner = jtai::Scanner::compile({{"said", 0, 0}, {"Ofsted", 0, 1}}, literal, nullptr);
    REQUIRE(scanner);
    std::size_t wrong = 0;
    for (std::size_t n = 0; n <= 400; ++n) {
      std::string text = std::string(n, 'x') + " the report said it. Ofsted said so.";
      std::vector<jtai::ScanHit> hits;
      scanner->scan(text, &hits);
      std::vector<std::pair<unsigned, std::size_t>> got;
      for (const auto& h : hits) got.emplace_back(h.id, h.to);
      const std::vector<std::pair<unsigned, std::size_t>> want = {{0, n + 16}, {1, n + 27}, {0, n + 32}};
      if (got != want) ++wrong;
    }
    INFO((literal ? "as literals" : "as regexes"));
    CHECK(wrong == 0);
  }
}
