// Inspection reports: metadata, judgements, furniture and findings put together.
#include "inspection/analyser.h"

#include <algorithm>
#include <optional>

#include "data/lexicon.h"
#include "inspection/judgements.h"
#include "inspection/page.h"
#include "inspection/units.h"
#include "inspection/inspection.h"
#include "letter/findings.h"
#include "letter/sections.h"
#include "text/polarity.h"
#include "letter/metadata.h"
#include "letter/sections.h"

namespace jtai {
namespace {

// Numbered paragraphs under findings headings that make a report one whose findings are
// its numbered paragraphs (fewer, and each prose paragraph there is one).
constexpr std::size_t kMinNumbered = 3;

using Role = InspectionHeading::Role;

// Builds findings from units, section by section.
class Assembler {
 public:
  Assembler(bool numbered, const Lexicon& lx) : numbered_(numbered), lx_(lx) {}

  void unit(const Unit& u, const Block& b) {
    if (u.kind == UnitKind::kHeading) {
      flush();
      role_ = u.role;
      heading_ = std::string(b.text);
      seen_item_ = false;
      return;
    }
    if (u.kind == UnitKind::kBreak) {
      flush();
      return;
    }
    if (!heading_ || role_ == Role::kContext || is_non_finding(b.text)) return;
    if (role_ == Role::kFindings) {
      bool opens = numbered_ ? u.kind == UnitKind::kNumbered : !(u.kind == UnitKind::kBullet && cur_);
      if (opens) start(FindingKind::kObservation, Polarity::kNeutral);
      if (cur_) add_block(*cur_, b);
      return;
    }
    // A list: a bullet or number opens an item, a paragraph carries it on; a list written
    // as paragraphs has one item per paragraph.
    bool item = u.kind == UnitKind::kBullet || u.kind == UnitKind::kNumbered;
    if (item || !cur_ || !seen_item_) {
      switch (role_) {
        case Role::kStrengths: start(FindingKind::kStrength, Polarity::kPositive); break;
        case Role::kPriorityAction: start(FindingKind::kPriorityAction, Polarity::kNegative); break;
        case Role::kRecommendations: start(FindingKind::kRecommendation, Polarity::kNeutral); break;
        default: start(FindingKind::kAreaForImprovement, Polarity::kNegative); break;
      }
    }
    seen_item_ = seen_item_ || item;
    add_block(*cur_, b);
  }

  std::vector<Finding> take() {
    flush();
    for (auto& f : out_)
      if (f.kind == FindingKind::kObservation) f.polarity = judge_polarity(f.text, lx_);
    for (std::size_t i = 0; i < out_.size(); ++i) out_[i].id = "f" + std::to_string(i + 1);
    return std::move(out_);
  }

 private:
  bool is_non_finding(std::string_view s) const {
    for (const auto& re : lx_.non_findings)
      if (re2::RE2::FullMatch(s, *re)) return true;
    return false;
  }

  void start(FindingKind kind, Polarity polarity) {
    flush();
    cur_ = Finding{};
    cur_->kind = kind;
    cur_->polarity = polarity;
    cur_->section = heading_;
  }

  void flush() {
    if (cur_ && !cur_->text.empty()) out_.push_back(std::move(*cur_));
    cur_.reset();
  }

  bool numbered_;
  const Lexicon& lx_;
  Role role_ = Role::kContext;
  std::optional<std::string> heading_;  // none before the first heading
  bool seen_item_ = false;
  std::optional<Finding> cur_;
  std::vector<Finding> out_;
};

// True when the units hold enough numbered paragraphs under findings headings.
bool numbered_report(const std::vector<Unit>& units) {
  std::size_t n = 0;
  bool findings = false;
  for (const auto& u : units) {
    if (u.kind == UnitKind::kHeading) findings = u.role == Role::kFindings;
    else if (findings && u.kind == UnitKind::kNumbered) ++n;
  }
  return n >= kMinNumbered;
}

// Inspectorates named anywhere but in the findings (a finding may name another inspectorate).
std::vector<std::string> inspectorates_outside(std::string_view text, const std::vector<Finding>& findings,
                                               const Lexicon& lx) {
  std::string masked(text);
  for (const auto& f : findings)
    for (const auto& s : f.spans) std::fill(masked.begin() + s.begin, masked.begin() + s.end, ' ');
  std::vector<std::string> out;
  for (const auto& ins : lx.inspectorates)
    if (re2::RE2::PartialMatch(masked, *ins.pattern)) out.push_back(ins.label);
  return out;
}

}  // namespace

InspectionAnalysis analyse_inspection(std::string_view text, const std::vector<Line>& lines,
                                      const Segmentation& seg, const Lexicon& lx) {
  InspectionAnalysis out;
  out.meta = extract_inspection_metadata(text, lines, seg, lx);
  std::vector<bool> furniture = report_furniture(text, lines, seg.roles, lx);
  JudgementReading reading = read_judgements(text, lines, report_text_lines(lines, furniture), lx);
  ReportUnits report =
      report_units(text, lines, furniture, column_cells(text, lines, furniture, lx), reading.table_lines, lx);
  const std::vector<Unit>& units = report.units;
  bool findings_heading = std::any_of(units.begin(), units.end(), [](const Unit& u) {
    return u.kind == UnitKind::kHeading && u.role == Role::kFindings;
  });
  if (reading.judgements.empty() && !findings_heading) {
    // Not a report of the kinds data/inspection/ describes: read it as a letter.
    out.findings = extract_findings(seg.blocks, find_sections(seg.blocks, lx), lx);
    return out;
  }
  Assembler a(numbered_report(units), lx);
  for (std::size_t i = 0; i < units.size(); ++i) a.unit(units[i], report.blocks[i]);
  out.findings = a.take();
  out.meta.judgements = std::move(reading.judgements);
  out.meta.content = report_content(lines, furniture);
  out.meta.inspectorates = inspectorates_outside(text, out.findings, lx);
  return out;
}

}  // namespace jtai
