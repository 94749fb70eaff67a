// Judgements of graded inspection reports.
#include "inspection/judgements.h"

#include <algorithm>
#include <optional>

#include "data/lexicon.h"
#include "inspection/page.h"
#include "text/text_util.h"

namespace jtai {
namespace {

constexpr std::size_t kTableReach = 60;      // text lines from the top within which the table starts
constexpr std::size_t kHeadingLines = 3;     // most lines a judgement's heading wraps over
constexpr std::size_t kGradeLines = 2;       // most lines a grade wraps over ("Requires improvement / to be good")
constexpr std::size_t kStatementLines = 2;   // most lines a judgement statement wraps over
constexpr std::size_t kOutcomeLines = 4;     // lines after "Inspection outcome" that state the grade

// RE matching the whole of S, with its GROUPS. Tested first without groups: RE2 does
// that with its DFA, which stops where S leaves the pattern, where a search for groups
// anchored at both ends goes straight to a backtracker that reads S whole.
bool full(const re2::RE2& re, std::string_view s, std::vector<re2::StringPiece>* groups) {
  groups->assign(static_cast<std::size_t>(re.NumberOfCapturingGroups()) + 1, {});
  if (!re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re)) return false;
  return re.Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), re2::RE2::ANCHOR_BOTH, groups->data(),
                  static_cast<int>(groups->size()));
}

// The text of the group NAME of the last match, or nullopt when the pattern has none.
std::optional<re2::StringPiece> named(const re2::RE2& re, const std::vector<re2::StringPiece>& groups,
                                      const std::string& name) {
  auto it = re.NamedCapturingGroups().find(name);
  if (it == re.NamedCapturingGroups().end()) return std::nullopt;
  return groups[static_cast<std::size_t>(it->second)];
}

class Reader {
 public:
  Reader(std::string_view text, const std::vector<Line>& lines, const std::vector<std::size_t>& idx, const Lexicon& lx)
      : text_(text), lines_(lines), idx_(idx), lx_(lx) {}

  // A table row at text line K: a heading over one to three lines, then a grade.
  std::optional<std::size_t> row(std::size_t k) {
    std::vector<re2::StringPiece> g;
    for (std::size_t h = 1; h <= kHeadingLines && k + h < idx_.size(); ++h) {
      LineRun head = join_lines(text_, lines_, idx_, k, h);
      for (const auto& p : lx_.judgements.headings) {
        if (!full(*p.pattern, head.text, &g)) continue;
        auto heading = named(*p.pattern, g, "heading");
        for (std::size_t n = kGradeLines; n >= 1; --n) {
          if (k + h + n > idx_.size()) continue;
          LineRun grade = join_lines(text_, lines_, idx_, k + h, n);
          std::string id = grade_id(grade.text, lx_);
          if (id.empty()) continue;
          add(p.id, heading ? std::string(heading->data(), heading->size()) : head.text, id, grade,
              0, grade.text.size(), k, h + n);
          return h + n;
        }
      }
    }
    return std::nullopt;
  }

  // A statement at text line K ("Children's services in Stockton-on-Tees are good.").
  std::optional<std::size_t> statement(std::size_t k) {
    std::vector<re2::StringPiece> g;
    for (std::size_t n = 1; n <= kStatementLines && k + n <= idx_.size(); ++n) {
      LineRun run = join_lines(text_, lines_, idx_, k, n);
      for (const auto& p : lx_.judgements.statements) {
        if (!full(*p.pattern, run.text, &g)) continue;
        auto grade = named(*p.pattern, g, "grade");
        if (!grade || grade->empty()) continue;
        std::string id = grade_id(std::string_view(grade->data(), grade->size()), lx_);
        if (id.empty()) continue;
        std::size_t b = static_cast<std::size_t>(grade->data() - run.text.data());
        add(p.id, run.text, id, run, b, b + grade->size(), k, n);
        return n;
      }
    }
    return std::nullopt;
  }

  // The area SEND outcome at text line K: the heading, then the grade in words.
  std::optional<std::size_t> outcome(std::size_t k) {
    LineRun head = join_lines(text_, lines_, idx_, k, 1);
    for (const auto& p : lx_.judgements.outcomes) {
      if (!re2::RE2::FullMatch(head.text, *p.pattern)) continue;
      LineRun body = join_lines(text_, lines_, idx_, k + 1, kOutcomeLines);
      const JudgementPattern* best = nullptr;
      re2::StringPiece best_at;
      for (const auto& gp : lx_.judgements.outcome_grades) {
        re2::StringPiece m;
        if (!gp.pattern->Match(body.text, 0, body.text.size(), re2::RE2::UNANCHORED, &m, 1)) continue;
        if (!best || m.data() < best_at.data()) best = &gp, best_at = m;
      }
      if (!best) return std::nullopt;
      std::size_t b = static_cast<std::size_t>(best_at.data() - body.text.data());
      add(p.id, head.text, best->id, body, b, b + best_at.size(), k, 1);
      return 1;
    }
    return std::nullopt;
  }

  JudgementReading take() {
    std::stable_sort(out_.judgements.begin(), out_.judgements.end(),
                     [](const Judgement& a, const Judgement& b) { return a.span.begin < b.span.begin; });
    std::sort(out_.table_lines.begin(), out_.table_lines.end());
    return std::move(out_);
  }

  bool found() const { return !out_.judgements.empty(); }

 private:
  void add(const std::string& id, const std::string& heading, const std::string& grade, const LineRun& run,
           std::size_t b, std::size_t e, std::size_t k, std::size_t n) {
    for (const auto& j : out_.judgements)
      if (j.id == id) return;  // a judgement stated again (in prose, say) is no new one
    for (std::size_t m = k; m < k + n && m < idx_.size(); ++m) out_.table_lines.push_back(idx_[m]);
    out_.judgements.push_back({id, fold_space(heading), grade, fold_space(run.text.substr(b, e - b)),
                               input_span(run, b, e)});
  }

  std::string_view text_;
  const std::vector<Line>& lines_;
  const std::vector<std::size_t>& idx_;
  const Lexicon& lx_;
  JudgementReading out_;
};

}  // namespace

std::string grade_id(std::string_view grade, const Lexicon& lx) {
  for (const auto& p : lx.judgements.grades)
    if (re2::RE2::FullMatch(re2::StringPiece(grade.data(), grade.size()), *p.pattern)) return p.id;
  return "";
}

JudgementReading read_judgements(std::string_view text, const std::vector<Line>& lines,
                                 const std::vector<std::size_t>& text_lines, const Lexicon& lx) {
  Reader r(text, lines, text_lines, lx);
  // The table: its rows follow one another near the top; the first line that is no row ends it.
  std::size_t k = 0;
  while (k < text_lines.size() && (r.found() || k < kTableReach)) {
    std::optional<std::size_t> used = r.row(k);
    if (!used) used = r.statement(k);
    if (!used) used = r.outcome(k);
    if (used) {
      k += *used;
      continue;
    }
    if (r.found()) break;
    ++k;
  }
  // Statements further on (the LSCB review of a combined report).
  for (; k < text_lines.size(); ++k)
    if (auto used = r.statement(k)) k += *used - 1;
  return r.take();
}

}  // namespace jtai
