// Defined acronyms: reading the definitions, and finding their uses in findings.
#include "rules/acronyms.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/text_util.h"
#include "tuning.h"

namespace jtai {
namespace {

bool space_byte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Byte classes for the scan of every finding: 0 not in a word, 1 in one, 2 a capital.
constexpr std::array<std::uint8_t, 256> kWordClass = [] {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = 1;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = 1;
  t['_'] = 1;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = 2;
  return t;
}();

std::uint8_t word_class(char c) { return kWordClass[static_cast<unsigned char>(c)]; }

bool word_byte(char c) { return word_class(c) != 0; }

bool stop_byte(char c) { return c == '.' || c == '(' || c == ')' || c == ','; }

std::size_t capitals(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
}

// Where the long form of an acronym of UPPER capitals, defined at OPEN, starts: as many
// words back as it has capitals and a little slack, and never past a stop.
std::size_t long_form_start(std::string_view text, std::size_t open, std::size_t upper) {
  std::size_t start = open;
  std::size_t words = 0;
  while (start > 0 && words < upper + tuning::kLongFormSlack) {
    --start;
    if (text[start] == ' ' || text[start] == '\n') {
      ++words;
      while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\n')) --start;
    }
    if (stop_byte(text[start])) break;
  }
  while (start < open && (space_byte(text[start]) || stop_byte(text[start]))) ++start;
  return start;
}

}  // namespace

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
    std::size_t upper = capitals(acr);
    if (upper < 2) continue;
    std::size_t open = static_cast<std::size_t>(g[0].data() - text.data());  // the long form ends where the definition starts
    std::size_t start = long_form_start(text, open, upper);
    out.push_back({acr, fold_space(text.substr(start, open - start)), {start, open + g[0].size()}});
  }
  return out;
}

AcronymFinder::AcronymFinder(const std::vector<AcronymDefinition>& definitions, const RuleSet& rules) {
  if (!rules.acronym_definition() || definitions.empty()) return;
  std::vector<std::string_view> long_forms;
  for (const auto& d : definitions) long_forms.emplace_back(d.long_form);
  auto matches = rules.match_each(long_forms, false);  // only which rules match counts
  std::map<std::string, std::set<std::size_t>> by_acronym;  // acronyms in sorted order, as before
  for (std::size_t k = 0; k < definitions.size(); ++k)
    for (const auto& m : matches[k]) by_acronym[definitions[k].acronym].insert(m.rule);
  for (const auto& [acr, rule_ids] : by_acronym) {
    rules_.emplace_back(rule_ids.begin(), rule_ids.end());
    if (std::all_of(acr.begin(), acr.end(), word_byte)) {
      by_word_.emplace(acr, rules_.size() - 1);
      min_upper_ = std::min(min_upper_, capitals(acr));
    } else {
      other_.emplace_back(std::make_unique<re2::RE2>("\\b" + re2::RE2::QuoteMeta(acr) + "s?\\b"), rules_.size() - 1);
    }
  }
}

void AcronymFinder::find(std::string_view text, std::size_t direct, std::vector<TagHit>* hits) const {
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
    for (std::uint8_t k; j < text.size() && (k = word_class(text[j])) != 0; ++j) upper += k >> 1;
    std::string_view w = text.substr(i, j - i);
    if (upper >= min_upper_) {  // fewer capitals cannot be any acronym (or it with an s)
      if (auto it = by_word_.find(w); it != by_word_.end()) seen.push_back({it->second, i, j});
      if (w.size() > 1 && w.back() == 's')
        if (auto it = by_word_.find(w.substr(0, w.size() - 1)); it != by_word_.end()) seen.push_back({it->second, i, j});
    }
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
  auto first = hits->begin();
  auto last = hits->begin() + static_cast<std::ptrdiff_t>(direct);
  std::vector<TagHit> found;
  for (const auto& s : seen)
    for (std::size_t r : rules_[s.acronym])
      // An acronym that a rule matches as written ("MASH") counts once, not again through its long form.
      if (std::none_of(first, last, [&](const TagHit& h) { return h.rule == r && h.begin < s.end && s.begin < h.end; }))
        found.push_back({r, s.begin, s.end, true});
  hits->insert(hits->end(), found.begin(), found.end());
}

}  // namespace jtai
