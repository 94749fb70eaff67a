// Tagging findings with the labels of a RuleSet, with evidence. Everything the labels
// depend on is kept in the record (findings' texts and spans, the document's acronym
// definitions), so that `jtai tag` labels records again without their documents:
// tag_document makes the spans exact against the text (exact_spans) and finds the
// definitions, then tag_record labels from the record alone. The rule matches of all
// findings come from one scan (RuleSet::match_each), and weights are counted by label id.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "jtai/rules.h"
#include "rules/acronyms.h"
#include "tuning.h"

namespace jtai {
namespace {

// A space, or one of \t \n \v \f \r (9 to 13): what the scan folds to one space.
bool folded_space(char c) {
  auto u = static_cast<unsigned char>(c);
  return u == ' ' || (u >= '\t' && u <= '\r');
}

std::size_t space_run(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t j = i;
  while (j < end && folded_space(s[j])) ++j;
  return j - i;
}

// F's spans split wherever the input has more white space than the text (a blank line or
// a page break inside a paragraph), so that each span is exactly as long as its piece of
// the text and the pieces are joined by one space. Spans that do not line up with the
// text that way are returned as they are.
std::vector<ByteSpan> exact_spans(std::string_view input, const Finding& f) {
  std::vector<ByteSpan> out;
  const std::string& text = f.text;
  std::size_t t = 0;
  for (std::size_t k = 0; k < f.spans.size(); ++k) {
    if (k > 0) {
      if (t >= text.size() || text[t] != ' ') return f.spans;
      ++t;  // the space that joins two spans
    }
    std::size_t end = std::min(f.spans[k].end, input.size());
    std::size_t start = f.spans[k].begin;
    std::size_t i = start;
    while (i < end) {
      if (!folded_space(input[i])) {
        if (t >= text.size() || text[t] != input[i]) return f.spans;
        ++i, ++t;
        continue;
      }
      std::size_t in_run = space_run(input, i, end);
      std::size_t text_run = space_run(text, t, text.size());
      if (text_run == 0 || text_run > in_run) return f.spans;
      if (text_run < in_run) {  // the text's last space of the run becomes the join
        out.push_back({start, i + text_run - 1});
        start = i + in_run;
      }
      i += in_run;
      t += text_run;
    }
    out.push_back({start, std::max(start, end)});
  }
  return t == text.size() ? out : f.spans;
}

// The input offset of each byte of F's text, from its spans alone: each span is its
// piece of the text byte for byte, pieces joined by one space (exact_spans), and the
// joining space maps to the first byte of the span after it. Text past the spans counts
// on from the last byte mapped, so spans that are not exact still give a deterministic,
// approximate map. A finding's few spans are walked for each of its few hits.
class InputOffsets {
 public:
  explicit InputOffsets(const Finding& f) : first_(f.spans.empty() ? 0 : f.spans.front().begin) {
    std::size_t t = 0;
    for (std::size_t k = 0; k < f.spans.size() && t < f.text.size(); ++k) {
      std::size_t b = f.spans[k].begin;
      if (k > 0) runs_.push_back({t++, b, 1});
      std::size_t n = std::min(f.spans[k].end > b ? f.spans[k].end - b : 0, f.text.size() - t);
      if (n > 0) runs_.push_back({t, b, n});
      t += n;
    }
    mapped_ = t;
  }

  std::size_t at(std::size_t t) const {
    if (t >= mapped_) return mapped_ == 0 ? first_ + t : at(mapped_ - 1) + (t - mapped_ + 1);
    for (const Run& r : runs_)
      if (t < r.text + r.size) return r.input + (t - r.text);
    return first_;  // not reached: the runs cover the text up to mapped_
  }

 private:
  struct Run {
    std::size_t text, input, size;  // text bytes [text, text + size) copy input bytes from INPUT on
  };
  std::size_t first_;
  std::vector<Run> runs_;
  std::size_t mapped_ = 0;  // text bytes the spans map
};

// True when TEXT has at most kShortFindingWords words; it reads no further than the word after them.
bool short_text(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!folded_space(text[i]) && (i == 0 || folded_space(text[i - 1])) && ++n > tuning::kShortFindingWords)
      return false;
  return true;
}

// Per label, the weight of a finding's hits (each rule counted at most kMaxCountedMatches
// times) and the weight the label needs: its threshold (capped in a short finding), or its
// share of the strongest label of its kind when more, unless its weight is clear.
class Weigher {
 public:
  explicit Weigher(const RuleSet& rules)
      : rules_(rules), t_(rules.label_table()), counted_(rules.rules().size(), 0), weight_(t_.labels.size(), 0),
        needed_(t_.labels.size(), 0), strongest_(t_.kinds.size(), 0) {}

  void weigh(const std::vector<TagHit>& hits, bool short_finding) {
    std::fill(weight_.begin(), weight_.end(), 0);
    std::fill(strongest_.begin(), strongest_.end(), 0);
    for (const auto& h : hits)
      if (counted_[h.rule]++ < tuning::kMaxCountedMatches) weight_[t_.rule_label[h.rule]] += rules_.rules()[h.rule].weight;
    for (const auto& h : hits) counted_[h.rule] = 0;
    for (std::size_t l = 0; l < t_.labels.size(); ++l)
      strongest_[t_.label_kind[l]] = std::max(strongest_[t_.label_kind[l]], weight_[l]);
    for (std::size_t l = 0; l < t_.labels.size(); ++l) {
      if (weight_[l] == 0) continue;
      int by_share = (strongest_[t_.label_kind[l]] * t_.share[t_.label_kind[l]] + 99) / 100;  // w*100 >= s*share
      int threshold = t_.threshold[l];
      if (short_finding) threshold = std::min(threshold, tuning::kShortFindingThreshold);
      needed_[l] = std::max(threshold, std::min(by_share, std::max(threshold, tuning::kClearWeight)));
    }
  }

  std::size_t label_of(std::size_t rule) const { return t_.rule_label[rule]; }
  bool given(std::size_t label) const { return weight_[label] > 0 && weight_[label] >= needed_[label]; }

  // The labels that matched but were not given, in the order of their names.
  std::vector<NearMiss> near_misses() const {
    std::vector<NearMiss> out;
    for (std::size_t l = 0; l < t_.labels.size(); ++l)
      if (weight_[l] > 0 && !given(l)) out.push_back({t_.labels[l], weight_[l], needed_[l], {}});
    std::sort(out.begin(), out.end(), [](const NearMiss& a, const NearMiss& b) { return a.label < b.label; });
    return out;
  }

 private:
  const RuleSet& rules_;
  const RuleSet::LabelTable& t_;
  std::vector<int> counted_, weight_, needed_, strongest_;
};

// Adds LABEL's value to the finding's list for its kind (agencies, themes, labels), once.
void add_label(Finding& f, const std::string& label) {
  auto colon = label.find(':');
  std::string_view kind = std::string_view(label).substr(0, colon);
  auto& list = kind == "agency" ? f.agencies : kind == "theme" ? f.themes : f.labels;
  std::string_view value = (kind == "agency" || kind == "theme") ? std::string_view(label).substr(colon + 1) : std::string_view(label);
  if (std::find(list.begin(), list.end(), value) == list.end()) list.emplace_back(value);
}

// Labels F from HITS (its matches, in any order); NEAR, when given, gets the labels that fell short.
void label_finding(Finding& f, std::vector<TagHit>& hits, const RuleSet& rules, Weigher& weigher,
                   std::vector<NearMiss>* near) {
  weigher.weigh(hits, short_text(f.text));
  f.agencies.clear();
  f.themes.clear();
  f.labels.clear();
  f.evidence.clear();
  if (near) *near = weigher.near_misses();
  std::sort(hits.begin(), hits.end(), [](const TagHit& a, const TagHit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
  });
  std::optional<InputOffsets> offsets;
  f.evidence.reserve(static_cast<std::size_t>(
      std::count_if(hits.begin(), hits.end(), [&](const TagHit& h) { return weigher.given(weigher.label_of(h.rule)); })));
  for (const auto& h : hits) {
    const RuleSpec& r = rules.rules()[h.rule];
    bool given = weigher.given(weigher.label_of(h.rule));
    if (!given && !near) continue;
    if (!offsets) offsets.emplace(f);
    std::size_t ib = offsets->at(h.begin);
    std::size_t ie = h.end > h.begin ? offsets->at(h.end - 1) + 1 : ib;
    Evidence e{r.label, h.acronym ? r.id + "@acronym" : r.id, {ib, std::max(ib, ie)}};
    if (given) {
      f.evidence.push_back(std::move(e));
      add_label(f, r.label);
      continue;
    }
    for (auto& m : *near)
      if (m.label == r.label) m.evidence.push_back(std::move(e));
  }
}

}  // namespace

void tag_record(Record* record, const RuleSet& rules, std::vector<std::vector<NearMiss>>* near_misses) {
  std::vector<Finding>& findings = record->findings;
  AcronymFinder acronyms(record->document.acronyms, rules);
  std::vector<std::string_view> texts;
  texts.reserve(findings.size());
  for (const auto& f : findings) texts.emplace_back(f.text);
  auto matches = rules.match_each(texts, false);  // label_finding sorts them with the acronyms' hits
  if (near_misses) near_misses->assign(findings.size(), {});
  Weigher weigher(rules);
  std::vector<TagHit> hits;
  for (std::size_t n = 0; n < findings.size(); ++n) {
    hits.clear();
    for (const auto& m : matches[n]) hits.push_back({m.rule, m.begin, m.end, false});
    if (!acronyms.empty()) acronyms.find(findings[n].text, hits.size(), &hits);
    label_finding(findings[n], hits, rules, weigher, near_misses ? &(*near_misses)[n] : nullptr);
  }
}

void tag_document(std::string_view text, const RuleSet& rules, Record* record,
                  std::vector<std::vector<NearMiss>>* near_misses) {
  for (auto& f : record->findings) f.spans = exact_spans(text, f);
  record->document.acronyms = acronym_definitions(text, rules);
  tag_record(record, rules, near_misses);
}

}  // namespace jtai
