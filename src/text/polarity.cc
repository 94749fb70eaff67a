// Cue weighting and polarity judgement.
#include "text/polarity.h"

#include <algorithm>

#include <re2/re2.h>

#include "data/lexicon.h"
#include "text/sentences.h"

namespace jtai {
namespace {

constexpr int kClearMargin = 2;  // a side wins when its weight is at least this many times the other's

}  // namespace

CueWeights cue_weights(std::string_view s, std::initializer_list<const PolarityCues*> lists) {
  CueWeights c;
  for (const auto* list : lists) {
    for (int i : list->set.candidates(s)) {
      const PolarityCue& cue = list->cues[static_cast<std::size_t>(i)];
      re2::StringPiece in(s.data(), s.size());
      re2::StringPiece m;
      std::size_t pos = 0;
      while (pos < s.size() && cue.pattern->Match(in, pos, s.size(), re2::RE2::UNANCHORED, &m, 1)) {
        std::size_t at = static_cast<std::size_t>(m.data() - s.data());
        if (cue.polarity == Polarity::kPositive) {
          c.positive += cue.weight;
          c.first_positive = std::min(c.first_positive, at);
        } else {
          c.negative += cue.weight;
          c.first_negative = std::min(c.first_negative, at);
        }
        pos = at + std::max<std::size_t>(m.size(), 1);
      }
    }
  }
  return c;
}

Polarity weighed_polarity(const CueWeights& c) {
  if (c.positive == 0 && c.negative == 0) return Polarity::kNeutral;
  if (c.positive >= kClearMargin * c.negative) return Polarity::kPositive;
  if (c.negative >= kClearMargin * c.positive) return Polarity::kNegative;
  return Polarity::kMixed;
}

Polarity judge_polarity(std::string_view text, const Lexicon& lx) {
  int positive = 0;
  int negative = 0;
  int mixed = 0;
  for (auto [b, e] : sentences(text, lx)) {
    switch (weighed_polarity(cue_weights(text.substr(b, e - b), {&lx.polarity}))) {
      case Polarity::kPositive: ++positive; break;
      case Polarity::kNegative: ++negative; break;
      case Polarity::kMixed: ++mixed; break;
      case Polarity::kNeutral: break;
    }
  }
  if (positive && negative) return Polarity::kMixed;
  if (positive) return mixed > positive ? Polarity::kMixed : Polarity::kPositive;
  if (negative) return mixed > negative ? Polarity::kMixed : Polarity::kNegative;
  return mixed ? Polarity::kMixed : Polarity::kNeutral;
}

}  // namespace jtai
