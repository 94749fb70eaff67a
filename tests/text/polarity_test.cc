// Cue weighting and polarity judgement shared by letters and reported text, named by input.
#include <catch2/catch.hpp>

#include <string>

#include "data/lexicon.h"
#include "text/polarity.h"

using jtai::CueWeights;
using jtai::Polarity;

namespace {

constexpr std::size_t kNone = std::string::npos;

struct Weights {
  int positive, negative;
  std::size_t first_positive, first_negative;
  bool operator==(const Weights&) const = default;
};

Weights of(const CueWeights& c) { return {c.positive, c.negative, c.first_positive, c.first_negative}; }

}  // namespace

namespace Catch {
template <>
struct StringMaker<Weights> {
  static std::string convert(const Weights& w) {
    auto pos = [](std::size_t p) { return p == kNone ? std::string("none") : std::to_string(p); };
    return "{+" + std::to_string(w.positive) + " at " + pos(w.first_positive) + ", -" + std::to_string(w.negative) +
           " at " + pos(w.first_negative) + "}";
  }
};
}  // namespace Catch

TEST_CASE("cue weights by input", "[polarity]") {
  const auto& lx = jtai::Lexicon::builtin();
  struct Case {
    std::string text;
    Weights letter;  // data/lexicon/polarity.tsv alone
    Weights news;    // with data/news/polarity.tsv: the lexicon's reported_polarity, or the two lists
  };
  const std::vector<Case> cases = {
      {"The partnership met in March.", {0, 0, kNone, kNone}, {0, 0, kNone, kNone}},
      {"Work is effective.", {2, 0, 8, kNone}, {2, 0, 8, kNone}},
      {"There is a lack of oversight.", {0, 2, kNone, 11}, {0, 4, kNone, 11}},
      {"Good work, however delays remain.", {2, 3, 0, 11}, {2, 3, 0, 11}},
      {"Leaders praised the effective and effective work.", {4, 0, 20, kNone}, {6, 0, 8, kNone}},
      {"Services are failing children.", {0, 0, kNone, kNone}, {0, 2, kNone, 13}},
      {"Partners offer professional challenge.", {0, 0, kNone, kNone}, {0, 0, kNone, kNone}},
      {"Recruitment is a significant challenge.", {0, 1, kNone, 17}, {0, 1, kNone, 17}},
      {"Leaders face challenges.", {0, 1, kNone, 13}, {0, 1, kNone, 13}},
  };
  for (const auto& c : cases) {
    SECTION(c.text) {
      CHECK(of(jtai::cue_weights(c.text, {&lx.polarity})) == c.letter);
      CHECK(of(jtai::cue_weights(c.text, {&lx.polarity, &lx.news_polarity})) == c.news);
      CHECK(of(jtai::cue_weights(c.text, {&lx.reported_polarity})) == c.news);
    }
  }
}

TEST_CASE("weighed polarity by weights", "[polarity]") {
  const std::vector<std::tuple<int, int, Polarity>> cases = {
      {0, 0, Polarity::kNeutral}, {1, 0, Polarity::kPositive}, {0, 1, Polarity::kNegative},
      {4, 2, Polarity::kPositive}, {2, 4, Polarity::kNegative}, {3, 2, Polarity::kMixed},
      {2, 3, Polarity::kMixed},   {2, 2, Polarity::kMixed},
  };
  for (const auto& [pos, neg, want] : cases) {
    SECTION("+" + std::to_string(pos) + " -" + std::to_string(neg)) {
      CueWeights c;
      c.positive = pos;
      c.negative = neg;
      CHECK(jtai::weighed_polarity(c) == want);
    }
  }
}

TEST_CASE("judge_polarity sentence by sentence by input", "[polarity]") {
  const std::vector<std::pair<std::string, Polarity>> cases = {
      {"", Polarity::kNeutral},
      {"The partnership met in March.", Polarity::kNeutral},
      {"Leaders are effective. Plans are robust.", Polarity::kPositive},
      {"There are delays. Plans are weak.", Polarity::kNegative},
      {"Leaders are effective. There are delays.", Polarity::kMixed},
      {"Good work, however delays remain.", Polarity::kMixed},
      {"Plans are robust. Good work, however delays remain.", Polarity::kPositive},
      {"Plans are robust. Good work, however delays remain. Good work, however delays remain.", Polarity::kMixed},
      {"Services are failing children.", Polarity::kNeutral},
  };
  for (const auto& [text, want] : cases) {
    SECTION(text.empty() ? std::string("(empty)") : text) {
      CHECK(jtai::judge_polarity(text, jtai::Lexicon::builtin()) == want);
    }
  }
}
