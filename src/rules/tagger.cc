// Tagging findings with the labels of a RuleSet, with evidence: the rule matches of all
// findings of a document come from one scan (RuleSet::match_each), acronyms the document
// defines from one pass over each finding's words, and weights are counted by label id.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

#include <re2/re2.h>

#include "jtai/rules.h"
#include "tuning.h"

namespace jtai {
namespace {

bool folded_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

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

// Acronyms the document defines: "long form (ABC)" → rules matching the long form, in
// the order of the acronyms' text.
std::map<std::string, std::set<std::size_t>> defined_acronyms(std::string_view text, const RuleSet& rules) {
  std::map<std::string, std::set<std::size_t>> out;
  if (!rules.acronym_definition()) return out;
  const re2::RE2& def = *rules.acronym_definition();
  re2::StringPiece in(text.data(), text.size());
  re2::StringPiece g[2];
  std::vector<std::string> acronyms;
  std::vector<std::string_view> long_forms;
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
    acronyms.push_back(std::move(acr));
    long_forms.push_back(text.substr(start, open - start));
  }
  auto matches = rules.match_each(long_forms);
  for (std::size_t k = 0; k < acronyms.size(); ++k)
    for (const auto& m : matches[k]) out[acronyms[k]].insert(m.rule);
  return out;
}

struct Hit {
  std::size_t rule;
  std::size_t begin, end;
  bool acronym;
};

// Where a finding names the acronyms a document defines, as `\bACRs?\b` finds them: an
// acronym of word bytes is a whole word of the text, or that word without a final s.
class AcronymFinder {
 public:
  explicit AcronymFinder(const std::map<std::string, std::set<std::size_t>>& acronyms) {
    for (const auto& [acr, rule_ids] : acronyms) {
      rules_.emplace_back(rule_ids.begin(), rule_ids.end());
      if (std::all_of(acr.begin(), acr.end(), word_byte)) {
        by_word_.emplace(acr, rules_.size() - 1);
        auto upper = static_cast<std::size_t>(std::count_if(acr.begin(), acr.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
        min_upper_ = std::min(min_upper_, upper);
      } else {
        other_.emplace_back(std::make_unique<re2::RE2>("\\b" + re2::RE2::QuoteMeta(acr) + "s?\\b"), rules_.size() - 1);
      }
    }
  }

  bool empty() const { return rules_.empty(); }

  // Appends the acronym hits of TEXT, acronym by acronym (in the order of their text),
  // each in text order.
  void find(std::string_view text, std::vector<Hit>* hits) const {
    struct Seen {
      std::size_t acronym, begin, end;
    };
    std::vector<Seen> seen;
    for (std::size_t i = 0; i < text.size();) {
      if (!word_byte(text[i])) {
        ++i;
        continue;
      }
      std::size_t j = i, upper = 0;
      for (; j < text.size() && word_byte(text[j]); ++j) upper += text[j] >= 'A' && text[j] <= 'Z';
      std::string_view w = text.substr(i, j - i);
      if (upper < min_upper_) {  // too few capitals to be any acronym (or it with an s)
        i = j;
        continue;
      }
      if (auto it = by_word_.find(w); it != by_word_.end()) seen.push_back({it->second, i, j});
      if (w.size() > 1 && w.back() == 's')
        if (auto it = by_word_.find(w.substr(0, w.size() - 1)); it != by_word_.end()) seen.push_back({it->second, i, j});
      i = j;
    }
    for (const auto& [re, a] : other_) {
      re2::StringPiece in(text.data(), text.size());
      re2::StringPiece m;
      while (re->Match(in, 0, in.size(), re2::RE2::UNANCHORED, &m, 1)) {
        auto b = static_cast<std::size_t>(m.data() - text.data());
        seen.push_back({a, b, b + m.size()});
        in.remove_prefix(static_cast<std::size_t>(m.data() - in.data()) + std::max<std::size_t>(m.size(), 1));
      }
    }
    std::stable_sort(seen.begin(), seen.end(), [](const Seen& x, const Seen& y) { return x.acronym < y.acronym; });
    for (const auto& s : seen)
      for (std::size_t r : rules_[s.acronym]) hits->push_back({r, s.begin, s.end, true});
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::vector<std::vector<std::size_t>> rules_;  // per acronym, in the order of their text
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> by_word_;
  std::vector<std::pair<std::unique_ptr<re2::RE2>, std::size_t>> other_;
  std::size_t min_upper_ = SIZE_MAX;  // fewest capitals of an acronym of word bytes
};

// The labels a finding's hits give: each label needs its threshold and, within its kind,
// its share of the strongest label. COUNTED (per rule), WEIGHT (per label) and STRONGEST
// (per kind) are scratch space, all zero, and left so.
std::vector<char> given_labels(const std::vector<Hit>& hits, const RuleSet& rules, std::vector<int>* counted,
                               std::vector<int>* weight, std::vector<int>* strongest) {
  const auto& t = rules.label_table();
  for (const auto& h : hits)
    if ((*counted)[h.rule]++ < tuning::kMaxCountedMatches) (*weight)[t.rule_label[h.rule]] += rules.rules()[h.rule].weight;
  for (const auto& h : hits) (*counted)[h.rule] = 0;
  for (std::size_t l = 0; l < t.labels.size(); ++l)
    (*strongest)[t.label_kind[l]] = std::max((*strongest)[t.label_kind[l]], (*weight)[l]);
  std::vector<char> given(t.labels.size(), 0);
  for (std::size_t l = 0; l < t.labels.size(); ++l) {
    int w = (*weight)[l];
    std::size_t kind = t.label_kind[l];
    given[l] = w > 0 && w >= t.threshold[l] && w * 100 >= (*strongest)[kind] * t.share[kind];
  }
  std::fill(weight->begin(), weight->end(), 0);
  std::fill(strongest->begin(), strongest->end(), 0);
  return given;
}

}  // namespace

void tag_findings(std::string_view text, const RuleSet& rules, std::vector<Finding>* findings) {
  AcronymFinder acronyms(defined_acronyms(text, rules));
  std::vector<std::string_view> texts;
  texts.reserve(findings->size());
  for (const auto& f : *findings) texts.emplace_back(f.text);
  auto matches = rules.match_each(texts);

  const auto& table = rules.label_table();
  std::vector<int> counted(rules.rules().size(), 0), weight(table.labels.size(), 0), strongest(table.kinds.size(), 0);
  std::vector<Hit> hits;
  for (std::size_t n = 0; n < findings->size(); ++n) {
    Finding& f = (*findings)[n];
    hits.clear();
    for (const auto& m : matches[n]) hits.push_back({m.rule, m.begin, m.end, false});
    if (!acronyms.empty()) acronyms.find(f.text, &hits);
    std::vector<char> given = given_labels(hits, rules, &counted, &weight, &strongest);
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
      if (!given[table.rule_label[h.rule]]) continue;
      if (offsets.empty()) offsets = input_offsets(text, f);
      std::size_t ib = offsets[h.begin];
      std::size_t ie = h.end > h.begin ? offsets[h.end - 1] + 1 : ib;
      f.evidence.push_back({r.label, h.acronym ? r.id + "@acronym" : r.id, {ib, std::max(ib, ie)}});
      auto colon = r.label.find(':');
      std::string_view kind = std::string_view(r.label).substr(0, colon);
      std::string_view name = std::string_view(r.label).substr(colon + 1);
      auto& list = kind == "agency" ? f.agencies : kind == "theme" ? f.themes : f.labels;
      std::string_view value = (kind == "agency" || kind == "theme") ? name : std::string_view(r.label);
      if (std::find(list.begin(), list.end(), value) == list.end()) list.emplace_back(value);
    }
  }
}

}  // namespace jtai
