// Tagging findings with the labels of a RuleSet, with evidence.
#include <algorithm>
#include <map>
#include <set>

#include <re2/re2.h>

#include "jtai/rules.h"
#include "tuning.h"

namespace jtai {
namespace {


bool folded_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The input offset of every byte of F's text. The text is its spans' bytes joined with
// one space, each run of white space between the lines of a span folded to one space.
std::vector<std::size_t> input_offsets(std::string_view input, const Finding& f) {
  std::vector<std::size_t> at(f.text.size() + 1, f.spans.empty() ? 0 : f.spans.front().begin);
  std::size_t t = 0;
  for (std::size_t k = 0; k < f.spans.size() && t < f.text.size(); ++k) {
    std::size_t i = f.spans[k].begin;
    if (k > 0 && f.text[t] == ' ') at[t++] = i;  // the space that joins two spans
    std::size_t end = std::min(f.spans[k].end, input.size());
    while (i < end && t < f.text.size()) {
      if (f.text[t] == ' ' && folded_space(input[i])) {
        at[t++] = i;
        while (i < end && folded_space(input[i])) ++i;  // a run of white space is one space of text
      } else if (input[i] == f.text[t]) {
        at[t++] = i++;
      } else if (folded_space(input[i])) {
        ++i;
      } else if (f.text[t] == ' ') {
        at[t++] = i;
      } else {
        break;
      }
    }
  }
  for (std::size_t k = t; k <= f.text.size(); ++k) at[k] = k ? at[k - 1] + 1 : at[k];
  return at;
}

// Acronyms the document defines: "long form (ABC)" → rules matching the long form.
std::map<std::string, std::set<std::size_t>> defined_acronyms(std::string_view text, const RuleSet& rules) {
  std::map<std::string, std::set<std::size_t>> out;
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
    std::string_view long_form = text.substr(start, open - start);
    for (const auto& m : rules.match(long_form)) out[acr].insert(m.rule);
  }
  return out;
}

}  // namespace

void tag_findings(std::string_view text, const RuleSet& rules, std::vector<Finding>* findings) {
  auto acronyms = defined_acronyms(text, rules);
  std::vector<std::pair<std::unique_ptr<re2::RE2>, std::set<std::size_t>>> acronym_res;
  for (const auto& [acr, rule_ids] : acronyms)
    acronym_res.emplace_back(std::make_unique<re2::RE2>("\\b" + re2::RE2::QuoteMeta(acr) + "s?\\b"), rule_ids);

  for (auto& f : *findings) {
    struct Hit {
      std::size_t rule;
      std::size_t begin, end;
      std::string via;
    };
    std::vector<Hit> hits;
    for (const auto& m : rules.match(f.text)) hits.push_back({m.rule, m.begin, m.end, ""});
    for (const auto& [re, rule_ids] : acronym_res) {
      re2::StringPiece in(f.text);
      re2::StringPiece m;
      while (re->Match(in, 0, in.size(), re2::RE2::UNANCHORED, &m, 1)) {
        std::size_t b = static_cast<std::size_t>(m.data() - f.text.data());
        for (std::size_t r : rule_ids) hits.push_back({r, b, b + m.size(), "@acronym"});
        in.remove_prefix(static_cast<std::size_t>(m.data() - in.data()) + std::max<std::size_t>(m.size(), 1));
      }
    }
    std::map<std::string, int> weight;
    std::map<std::size_t, int> counted;
    for (const auto& h : hits) {
      const RuleSpec& r = rules.rules()[h.rule];
      if (counted[h.rule]++ < tuning::kMaxCountedMatches) weight[r.label] += r.weight;
    }
    // A label needs its threshold and, within its kind, its share of the strongest label.
    std::map<std::string, int> strongest;
    for (const auto& [label, w] : weight) {
      std::string kind = label.substr(0, label.find(':'));
      strongest[kind] = std::max(strongest[kind], w);
    }
    std::set<std::string> given;
    for (const auto& [label, w] : weight) {
      std::string kind = label.substr(0, label.find(':'));
      if (w >= rules.threshold(label) && w * 100 >= strongest[kind] * rules.share(kind)) given.insert(label);
    }
    f.agencies.clear();
    f.themes.clear();
    f.labels.clear();
    f.evidence.clear();
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
    });
    std::vector<std::size_t> offsets;
    for (const auto& h : hits) {
      const RuleSpec& r = rules.rules()[h.rule];
      if (!given.count(r.label)) continue;
      if (offsets.empty()) offsets = input_offsets(text, f);
      std::size_t ib = offsets[h.begin];
      std::size_t ie = h.end > h.begin ? offsets[h.end - 1] + 1 : ib;
      f.evidence.push_back({r.label, r.id + h.via, {ib, std::max(ib, ie)}});
      auto colon = r.label.find(':');
      std::string kind = r.label.substr(0, colon);
      std::string name = r.label.substr(colon + 1);
      auto& list = kind == "agency" ? f.agencies : kind == "theme" ? f.themes : f.labels;
      std::string value = (kind == "agency" || kind == "theme") ? name : r.label;
      if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
    }
  }
}

}  // namespace jtai
