// Rule phrases as plain literals (stage "tag", used by RuleSet::compile and match.cc):
// each phrase written out in its few spellings (' or ’, a hyphen as -, a space or
// nothing), words joined by one space, to be found by Hyperscan's literal matcher in
// text whose runs of white space are folded to one space (FoldedText); what a literal
// cannot say (whole words, ALL-CAPS words, a hyphen's space being one space, `*`) is
// checked on each hit.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jtai {

/// One spelling of a phrase and the checks a hit of it must pass.
struct PhraseLiteral {
  std::string bytes;                                        ///< words joined by one space
  bool caseless = true;                                     ///< false when every word is ALL CAPS
  bool front_boundary = false;                              ///< `\b` before the first byte
  bool back_boundary = false;                               ///< `\b` after the last byte (or after the `*` ending)
  bool star = false;                                        ///< the last word takes any ending (`\w*`)
  std::vector<std::pair<std::uint32_t, std::uint32_t>> exact;  ///< [from, to) of ALL-CAPS words, matched as written
  std::vector<std::uint32_t> single_space;                  ///< offsets of a hyphen spelt as a space: one ' ' in the text
};

/// The spellings of PHRASE that together match exactly what its RE2 form does; empty
/// when it has none (non-ASCII letters, a hyphen at a word's edge, too many spellings).
std::optional<std::vector<PhraseLiteral>> phrase_literals(std::string_view phrase);

/// Texts joined, each followed by a NUL, with every run of RE2 white space ([\t\n\f\r ])
/// folded to one space; offsets map back to the texts as given.
class FoldedText {
 public:
  /// Folds TEXTS into one buffer.
  explicit FoldedText(const std::vector<std::string_view>& texts);

  /// The folded buffer.
  const std::string& text() const { return text_; }

  /// Where each text begins in the folded buffer.
  const std::vector<std::size_t>& starts() const { return starts_; }

  /// The offset in the texts joined unfolded (each followed by one NUL) of folded byte AT.
  std::size_t unfolded(std::size_t at) const;

  /// True when the folded space at AT was a single ' ' in the text.
  bool single_space(std::size_t at) const;

 private:
  struct Run {
    std::size_t at;     // folded offset of the space a run became
    std::size_t shift;  // bytes dropped up to and including this run
  };
  std::string text_;
  std::vector<std::size_t> starts_;
  std::vector<Run> runs_;  // every run that was not one ' ', in order
};

/// The end of a hit of L at [FROM, TO) of the folded TEXT once L's checks pass, else 0.
std::size_t checked_end(const PhraseLiteral& l, const FoldedText& text, std::size_t from, std::size_t to);

}  // namespace jtai
