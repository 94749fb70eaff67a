// Section finding: headings classified by data/layout/headings.tsv.
#include "letter/sections.h"

#include "data/lexicon.h"

namespace jtai {
namespace {

bool is_list_role(SectionKind k) {
  return k == SectionKind::kStrengths || k == SectionKind::kAreasForImprovement || k == SectionKind::kPriorityAction;
}

bool is_practice_role(SectionKind k) {
  return k == SectionKind::kPracticePositive || k == SectionKind::kPracticeNegative || k == SectionKind::kPractice;
}

bool is_prose_role(SectionKind k) {
  return k == SectionKind::kHeadlineFindings || k == SectionKind::kMainFindings || k == SectionKind::kSubheading;
}

}  // namespace

SectionKind classify_heading(std::string_view heading, const Lexicon& lx) {
  for (const auto& h : lx.headings)
    if (re2::RE2::FullMatch(re2::StringPiece(heading.data(), heading.size()), *h.pattern)) return h.kind;
  return SectionKind::kSubheading;
}

bool is_findings_section(SectionKind k) {
  return k != SectionKind::kIntro && k != SectionKind::kClosing;
}

std::vector<Section> find_sections(const BlockList& blocks, const Lexicon& lx) {
  struct Heading {
    std::size_t block;
    SectionKind kind;
  };
  std::vector<Heading> headings;  // a text may hold millions of blocks and few headings
  bool prose_findings = false;  // 2022+ letters: paragraphs of the findings part are observations
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind != BlockKind::kHeading) continue;
    headings.push_back({i, classify_heading(blocks[i].text, lx)});
    SectionKind k = headings.back().kind;
    if (k == SectionKind::kHeadlineFindings || k == SectionKind::kMainFindings) prose_findings = true;
  }

  std::vector<Section> sections;
  sections.push_back(Section{});
  for (const auto& [i, kind] : headings) {
    Section& cur = sections.back();
    if (kind == SectionKind::kSubheading) {
      // An unrecognised heading opens a section only among the finding lists and prose,
      // and ends a practice study of a prose letter (its paragraphs are observations
      // again); inside the intro, next steps or the sign-off it is just text.
      bool ends_practice = prose_findings && is_practice_role(cur.role);
      if (!is_list_role(cur.role) && !is_prose_role(cur.role) && !ends_practice) continue;
    }
    if (cur.role == SectionKind::kClosing) continue;
    cur.end_block = i;
    Section next;
    next.kind = kind;
    next.heading = blocks[i].text;
    next.heading_block = i;
    next.first_block = i + 1;
    if (kind == SectionKind::kSubheading)
      next.role = prose_findings ? SectionKind::kSubheading : cur.role;
    else
      next.role = kind;
    sections.push_back(next);
  }
  sections.back().end_block = blocks.size();
  return sections;
}

const char* to_string(SectionKind k) {
  switch (k) {
    case SectionKind::kIntro: return "intro";
    case SectionKind::kStrengths: return "strengths";
    case SectionKind::kAreasForImprovement: return "areas-for-improvement";
    case SectionKind::kPriorityAction: return "priority-action";
    case SectionKind::kPracticePositive: return "practice-positive";
    case SectionKind::kPracticeNegative: return "practice-negative";
    case SectionKind::kPractice: return "practice";
    case SectionKind::kNextSteps: return "next-steps";
    case SectionKind::kHeadlineFindings: return "headline-findings";
    case SectionKind::kMainFindings: return "main-findings";
    case SectionKind::kSubheading: return "subheading";
    case SectionKind::kClosing: return "closing";
  }
  return "intro";
}

}  // namespace jtai
