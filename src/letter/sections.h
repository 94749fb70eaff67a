// Stage 4: recognises the section headings of a letter (patterns in
// data/layout/headings.tsv) and assigns every block to a section.
// Input comes from segment.h; output goes to findings.h and metadata.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/segment.h"

namespace jtai {

struct Lexicon;

/// Kinds of section a letter heading can open.
enum class SectionKind {
  kIntro,               ///< before the first findings heading
  kStrengths,
  kAreasForImprovement,
  kPriorityAction,
  kPracticePositive,    ///< practice study: highly effective practice
  kPracticeNegative,    ///< practice study: area(s) for improvement / priority action
  kPractice,            ///< practice study with no verdict in its heading
  kNextSteps,
  kHeadlineFindings,
  kMainFindings,
  kSubheading,          ///< a heading that matches no pattern
  kClosing,             ///< "Yours sincerely" and after
};

/// A run of blocks under one heading.
struct Section {
  SectionKind kind = SectionKind::kIntro;  ///< kind as recognised from the heading
  SectionKind role = SectionKind::kIntro;  ///< kind that decides findings (a subheading takes its parent's)
  std::string heading;                     ///< as written; empty for the intro
  std::size_t heading_block = 0;           ///< index of the heading block (unset for the intro)
  std::size_t first_block = 0;             ///< first block after the heading
  std::size_t end_block = 0;               ///< one past the last block
};

/// The section kind a heading text names, or kSubheading.
SectionKind classify_heading(std::string_view heading, const Lexicon& lexicon);

/// Sections of BLOCKS in order; the first is always the intro.
std::vector<Section> find_sections(const BlockList& blocks, const Lexicon& lexicon);

/// True when the section kind holds findings (the findings part of a letter).
bool is_findings_section(SectionKind kind);

/// Stable id of a section kind, as in data/layout/headings.tsv.
const char* to_string(SectionKind kind);

}  // namespace jtai
