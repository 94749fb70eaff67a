// Every tuning number of the pipeline in one place, by stage, each with what it bounds.
// They were set by reading the corpus (../shared/corpus); change one only with the gold
// scores and the corpus tests in front of you.
#pragma once

#include <cstddef>

namespace jtai::tuning {

// Segmentation (src/layout/segment.cc).
inline constexpr int kFootnoteReach = 8;                ///< lines from the end of a page a footnote may start
inline constexpr std::size_t kHeadingMaxBytes = 70;     ///< longest line a heading recognised by shape may have
inline constexpr int kHeadingMaxWords = 12;             ///< most words of such a heading

// Document kind (src/kind/kind.cc).
inline constexpr std::size_t kKindHeadLines = 25;  ///< non-blank lines that are the head of a document
inline constexpr int kKindDecides = 3;             ///< weight a kind needs to be decided
/// Bytes before the end of a text signal's first match where RE2 starts to read it
/// (src/data/first_matches.cc): longer than any match of a signal.
inline constexpr std::size_t kFirstMatchWindow = 1024;

// Letter metadata (src/letter/metadata.cc).
inline constexpr std::size_t kLetterHeadLines = 60;       ///< non-blank lines searched for the salutation
inline constexpr std::size_t kLetterDateLines = 15;       ///< lines searched for the date when there is no salutation
inline constexpr std::size_t kLetterTitleExtraLines = 10; ///< lines past the head searched for the title

// Inspection reports (src/inspection/inspection.cc).
inline constexpr std::size_t kInspectionHeadLines = 40;  ///< non-blank lines in which a report states its metadata

// Tagging (src/rules/tagger.cc).
inline constexpr int kMaxCountedMatches = 2;     ///< matches of one rule that count towards its label in a finding
inline constexpr std::size_t kShortFindingWords = 40;   ///< a finding this short (a bullet, a one-sentence request) is about what it names
inline constexpr int kShortFindingThreshold = 2;        ///< ...so one strong match (weight 2) gives a label there, whatever its threshold
inline constexpr int kClearWeight = 4;                  ///< two strong phrases: a subject of the finding whatever its share of the strongest label
inline constexpr std::size_t kLongFormSlack = 2; ///< words of an acronym's long form beyond its capitals ("of", "the")

}  // namespace jtai::tuning
