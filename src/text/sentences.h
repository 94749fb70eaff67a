// Sentence splitting of running text, shared by the analysers: reported text judges its
// paragraphs sentence by sentence (reported/findings.h, reported/metadata.h) and the
// letter path weighs polarity sentence by sentence (text/polarity.h). Runs on the text of
// one paragraph or bullet after segmentation.
#pragma once

#include <string_view>
#include <vector>

namespace jtai {

struct Lexicon;

/// A sentence's byte range [begin, end) in the text it was split from.
struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// True for a mark that may stand between a sentence's full stop and the next sentence:
/// a closing quotation mark or bracket.
bool is_sentence_closer(char32_t c);

/// Sentences of S: one ends at . ! ? (and any closing marks) before white space and a
/// capital, digit or opening quote, but not after an initial or an honorific of
/// data/lexicon/people.tsv. Leading and trailing spaces are left out.
std::vector<Sentence> sentences(std::string_view s, const Lexicon& lexicon);

}  // namespace jtai
