// Polarity from weighted cues (data/lexicon/polarity.tsv, and for reported text also
// data/news/polarity.tsv), shared by the analysers: the letter path judges observations
// and practice studies (letter/findings.h), reported text judges each sentence
// (reported/findings.h). Runs on finding text after segmentation.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/model.h"

namespace jtai {

struct Lexicon;
struct PolarityCues;

/// Weighted cue totals of a text and where each side's first cue starts.
struct CueWeights {
  int positive = 0;
  int negative = 0;
  std::size_t first_positive = std::string::npos;
  std::size_t first_negative = std::string::npos;
};

/// Cue weights of TEXT summed over every match of every cue of LISTS, in order.
CueWeights cue_weights(std::string_view text, std::initializer_list<const PolarityCues*> lists);

/// The polarity WEIGHTS give: a side wins when it clearly outweighs the other, mixed when
/// both have weight and neither does, neutral without cues.
Polarity weighed_polarity(const CueWeights& weights);

/// Polarity of TEXT judged sentence by sentence (text/sentences.h) with the cues of
/// data/lexicon/polarity.tsv: a text with clearly positive and clearly negative sentences
/// is mixed, whatever the totals.
Polarity judge_polarity(std::string_view text, const Lexicon& lexicon);

}  // namespace jtai
