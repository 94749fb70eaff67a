// Tagging findings with the labels of a RuleSet, with evidence. Everything the labels
// depend on is kept in the record (findings' texts and spans, the document's acronym
// definitions), so that `jtai tag` labels records again without their documents:
// tag_document makes the spans exact against the text (exact_spans) and finds the
// definitions, then tag_record labels from the record alone.
#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "jtai/rules.h"
#include "tuning.h"

namespace jtai {
namespace {

// A finding of at most this many words (a bullet, a one-sentence request) is about what
// it names: there a label's one strong match (weight 2) is a substantial subject, so no
// label needs more than kShortFindingThreshold. Longer findings need their thresholds.
constexpr std::size_t kShortFindingWords = 40;
constexpr int kShortFindingThreshold = 2;
// A label whose matches reach this weight (two strong phrases) is a subject of the finding
// whatever else it is about, so its share of the strongest label is not asked: a rule counts
// at most twice, and a theme of one rule could otherwise never keep up with a theme of three.
constexpr int kClearWeight = 4;

bool folded_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

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

// The input offset of every byte of F's text, from its spans alone: each span is its
// piece of the text byte for byte, pieces joined by one space (exact_spans). Spans that
// are not exact still give a deterministic, approximate map.
std::vector<std::size_t> input_offsets(const Finding& f) {
  std::vector<std::size_t> at(f.text.size() + 1, f.spans.empty() ? 0 : f.spans.front().begin);
  std::size_t t = 0;
  for (std::size_t k = 0; k < f.spans.size() && t < f.text.size(); ++k) {
    std::size_t i = f.spans[k].begin;
    if (k > 0) at[t++] = i;  // the space that joins two spans
    for (; i < f.spans[k].end && t < f.text.size(); ++i) at[t++] = i;
  }
  for (std::size_t k = t; k <= f.text.size(); ++k) at[k] = k ? at[k - 1] + 1 : at[k];
  return at;
}

std::string folded(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (!folded_space(c)) out.push_back(c);
    else if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Acronyms TEXT defines by the rules' `acronyms` pattern: "long form (ABC)".
std::vector<AcronymDefinition> acronym_definitions(std::string_view text, const RuleSet& rules) {
  std::vector<AcronymDefinition> out;
  if (!rules.acronym_definition()) return out;
  const re2::RE2& def = *rules.acronym_definition();
  re2::StringPiece in(text.data(), text.size());
  re2::StringPiece g[2];
  std::size_t pos = 0;
  while (pos < text.size() && def.Match(in, pos, text.size(), re2::RE2::UNANCHORED, g, 2)) {
    pos = static_cast<std::size_t>(g[0].data() - text.data()) + std::max<std::size_t>(g[0].size(), 1);
    if (!g[1].data()) continue;
    std::string acr(g[1].data(), g[1].size());
    std::size_t upper = static_cast<std::size_t>(std::count_if(acr.begin(), acr.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
    if (upper < 2) continue;
    // The words before the parenthesis: as many as the acronym has capitals, and a little slack.
    std::size_t open = static_cast<std::size_t>(g[0].data() - text.data());  // the long form ends where the definition starts
    std::size_t start = open;
    std::size_t words = 0;
    while (start > 0 && words < upper + tuning::kLongFormSlack) {
      --start;
      if (text[start] == ' ' || text[start] == '\n') {
        ++words;
        while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\n')) --start;
      }
      if (text[start] == '.' || text[start] == '(' || text[start] == ')' || text[start] == ',') break;
    }
    while (start < open && (folded_space(text[start]) || text[start] == '.' || text[start] == ',' || text[start] == '(' || text[start] == ')')) ++start;
    out.push_back({acr, folded(text.substr(start, open - start)), {start, open + g[0].size()}});
  }
  return out;
}

// Each defined acronym → the rules its long forms match.
using Acronyms = std::map<std::string, std::set<std::size_t>>;

Acronyms acronym_rules(const std::vector<AcronymDefinition>& definitions, const RuleSet& rules) {
  Acronyms out;
  for (const auto& d : definitions)
    for (const auto& m : rules.match(d.long_form)) out[d.acronym].insert(m.rule);
  return out;
}

struct Hit {
  std::size_t rule;
  std::size_t begin, end;
  std::string via;
};

using AcronymPatterns = std::vector<std::pair<std::unique_ptr<re2::RE2>, std::set<std::size_t>>>;

// Every match of the rules in F's text, the uses of defined acronyms included, in text order.
std::vector<Hit> hits_in(const Finding& f, const RuleSet& rules, const AcronymPatterns& acronyms) {
  std::vector<Hit> hits;
  for (const auto& m : rules.match(f.text)) hits.push_back({m.rule, m.begin, m.end, ""});
  std::size_t direct_hits = hits.size();
  for (const auto& [re, rule_ids] : acronyms) {
    re2::StringPiece in(f.text);
    re2::StringPiece m;
    while (re->Match(in, 0, in.size(), re2::RE2::UNANCHORED, &m, 1)) {
      std::size_t b = static_cast<std::size_t>(m.data() - f.text.data());
      std::size_t e = b + m.size();
      // An acronym that a rule matches as written ("MASH") counts once, not again through its long form.
      for (std::size_t r : rule_ids)
        if (std::none_of(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(direct_hits), [&](const Hit& h) { return h.rule == r && h.begin < e && b < h.end; }))
          hits.push_back({r, b, e, "@acronym"});
      in.remove_prefix(static_cast<std::size_t>(m.data() - in.data()) + std::max<std::size_t>(m.size(), 1));
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
  });
  return hits;
}

std::string kind_of(const std::string& label) { return label.substr(0, label.find(':')); }

// Weight per label (each rule counted at most kMaxCountedMatches times), and per label the
// weight it needs: its threshold (capped in a short finding), or its share of the
// strongest label of its kind if more.
struct Weights {
  std::map<std::string, int> weight;
  std::map<std::string, int> needed;
};

std::size_t words_in(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!folded_space(text[i]) && (i == 0 || folded_space(text[i - 1]))) ++n;
  return n;
}

Weights weigh(const std::vector<Hit>& hits, const RuleSet& rules, bool short_finding) {
  Weights w;
  std::map<std::size_t, int> counted;
  for (const auto& h : hits) {
    const RuleSpec& r = rules.rules()[h.rule];
    if (counted[h.rule]++ < tuning::kMaxCountedMatches) w.weight[r.label] += r.weight;
  }
  std::map<std::string, int> strongest;
  for (const auto& [label, v] : w.weight) strongest[kind_of(label)] = std::max(strongest[kind_of(label)], v);
  for (const auto& [label, v] : w.weight) {
    int by_share = (strongest[kind_of(label)] * rules.share(kind_of(label)) + 99) / 100;  // w*100 >= s*share
    int threshold = rules.threshold(label);
    if (short_finding) threshold = std::min(threshold, kShortFindingThreshold);
    w.needed[label] = std::max(threshold, std::min(by_share, std::max(threshold, kClearWeight)));
  }
  return w;
}

void tag_one(Finding& f, const RuleSet& rules, const AcronymPatterns& acronyms, std::vector<NearMiss>* near) {
  std::vector<Hit> hits = hits_in(f, rules, acronyms);
  Weights w = weigh(hits, rules, words_in(f.text) <= kShortFindingWords);
  f.agencies.clear();
  f.themes.clear();
  f.labels.clear();
  f.evidence.clear();
  std::map<std::string, std::size_t> missed;  // label → index in *near
  if (near) {
    near->clear();
    for (const auto& [label, v] : w.weight)
      if (v < w.needed[label]) {
        missed[label] = near->size();
        near->push_back({label, v, w.needed[label], {}});
      }
  }
  std::vector<std::size_t> offsets;
  for (const auto& h : hits) {
    const RuleSpec& r = rules.rules()[h.rule];
    bool given = w.weight[r.label] >= w.needed[r.label];
    if (!given && !near) continue;
    if (offsets.empty()) offsets = input_offsets(f);
    std::size_t ib = offsets[h.begin];
    std::size_t ie = h.end > h.begin ? offsets[h.end - 1] + 1 : ib;
    Evidence e{r.label, r.id + h.via, {ib, std::max(ib, ie)}};
    if (!given) {
      (*near)[missed[r.label]].evidence.push_back(std::move(e));
      continue;
    }
    f.evidence.push_back(std::move(e));
    auto colon = r.label.find(':');
    std::string kind = r.label.substr(0, colon);
    auto& list = kind == "agency" ? f.agencies : kind == "theme" ? f.themes : f.labels;
    std::string value = (kind == "agency" || kind == "theme") ? r.label.substr(colon + 1) : r.label;
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
  }
}

}  // namespace

void tag_record(Record* record, const RuleSet& rules, std::vector<std::vector<NearMiss>>* near_misses) {
  std::vector<Finding>* findings = &record->findings;
  AcronymPatterns acronyms;
  // Without an acronyms statement the rules take no definitions, as when analysing.
  if (rules.acronym_definition())
    for (const auto& [acr, rule_ids] : acronym_rules(record->document.acronyms, rules))
    acronyms.emplace_back(std::make_unique<re2::RE2>("\\b" + re2::RE2::QuoteMeta(acr) + "s?\\b"), rule_ids);
  if (near_misses) near_misses->assign(findings->size(), {});
  for (std::size_t k = 0; k < findings->size(); ++k)
    tag_one((*findings)[k], rules, acronyms, near_misses ? &(*near_misses)[k] : nullptr);
}

void tag_document(std::string_view text, const RuleSet& rules, Record* record,
                  std::vector<std::vector<NearMiss>>* near_misses) {
  for (auto& f : record->findings) f.spans = exact_spans(text, f);
  record->document.acronyms = acronym_definitions(text, rules);
  tag_record(record, rules, near_misses);
}

}  // namespace jtai
