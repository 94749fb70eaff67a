// Finding extraction from letter sections.
#include "letter/findings.h"

#include <optional>

#include "data/lexicon.h"
#include "text/polarity.h"

namespace jtai {
namespace {

Finding start(FindingKind kind, Polarity polarity, const Section& s) {
  Finding f;
  f.kind = kind;
  f.polarity = polarity;
  if (!s.heading.empty()) f.section = s.heading;
  return f;
}

bool is_non_finding(const Block& b, const Lexicon& lx) {
  for (const auto& re : lx.non_findings)
    if (re2::RE2::FullMatch(b.text, *re)) return true;
  return false;
}

struct ListKind {
  FindingKind kind;
  Polarity polarity;
};

std::optional<ListKind> list_kind(SectionKind k) {
  switch (k) {
    case SectionKind::kStrengths: return ListKind{FindingKind::kStrength, Polarity::kPositive};
    case SectionKind::kAreasForImprovement: return ListKind{FindingKind::kAreaForImprovement, Polarity::kNegative};
    case SectionKind::kPriorityAction: return ListKind{FindingKind::kPriorityAction, Polarity::kNegative};
    default: return std::nullopt;
  }
}

}  // namespace

void add_block(Finding& f, const Block& b) {
  if (!f.text.empty() && !b.text.empty()) f.text.push_back(' ');
  f.text += b.text;
  for (const ByteSpan& span : b.spans()) f.spans.push_back(span);
  for (int p : b.pages())
    if (f.pages.empty() || f.pages.back() < p) f.pages.push_back(p);
}

std::vector<Finding> extract_findings(const BlockList& blocks, const std::vector<Section>& sections,
                                      const Lexicon& lx) {
  std::vector<Finding> out;
  bool prose_letter = false;
  for (const Section& s : sections)
    if (s.kind == SectionKind::kHeadlineFindings || s.kind == SectionKind::kMainFindings) prose_letter = true;
  for (const Section& s : sections) {
    std::size_t first = s.first_block;
    std::size_t end = s.end_block;
    switch (s.role) {
      case SectionKind::kIntro:
      case SectionKind::kClosing:
        break;
      case SectionKind::kPracticePositive:
      case SectionKind::kPracticeNegative:
      case SectionKind::kPractice:
      case SectionKind::kNextSteps: {
        bool next_steps = s.role == SectionKind::kNextSteps;
        Finding f = start(next_steps ? FindingKind::kRecommendation : FindingKind::kPracticeStudy,
                          next_steps ? Polarity::kNeutral
                          : s.role == SectionKind::kPracticePositive ? Polarity::kPositive
                                                                      : Polarity::kNegative,
                          s);
        for (std::size_t i = first; i < end; ++i) add_block(f, blocks[i]);
        if (f.text.empty()) break;
        if (s.role == SectionKind::kPractice) f.polarity = judge_polarity(f.text, lx);
        out.push_back(std::move(f));
        break;
      }
      default: {
        auto list = list_kind(s.role);
        std::optional<Finding> cur;
        bool seen_bullet = false;
        auto flush = [&] {
          if (cur && !cur->text.empty()) out.push_back(std::move(*cur));
          cur.reset();
        };
        for (std::size_t i = first; i < end; ++i) {
          const Block b = blocks[i];
          if (is_non_finding(b, lx)) continue;
          if (b.kind == BlockKind::kBullet && list) {
            flush();
            cur = start(list->kind, list->polarity, s);
            seen_bullet = true;
          } else if (b.kind == BlockKind::kBullet) {
            // A list inside prose belongs to the paragraph that introduces it.
            if (!cur) cur = start(FindingKind::kObservation, Polarity::kNeutral, s);
          } else if (list && !seen_bullet) {
            // A list section written as paragraphs: each paragraph is one item.
            flush();
            cur = start(list->kind, list->polarity, s);
          } else if (list && !prose_letter) {
            // Before 2022 the finding sections hold only items: a paragraph carries the item on.
          } else {
            flush();
            cur = start(FindingKind::kObservation, Polarity::kNeutral, s);
          }
          if (!cur) cur = start(list ? list->kind : FindingKind::kObservation,
                                list ? list->polarity : Polarity::kNeutral, s);
          add_block(*cur, b);
        }
        flush();
        break;
      }
    }
  }
  // Observations take their polarity from their own text.
  for (auto& f : out)
    if (f.kind == FindingKind::kObservation) f.polarity = judge_polarity(f.text, lx);
  for (std::size_t i = 0; i < out.size(); ++i) out[i].id = "f" + std::to_string(i + 1);
  return out;
}

}  // namespace jtai
