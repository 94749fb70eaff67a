// Finding rule matches: the texts of a document joined and scanned once by each
// Hyperscan database (phrase literals over the text with white space folded, other
// patterns over the text as given), each hit checked once and put in its text by offset
// for every rule whose pattern it is, then resolved rule by rule into the matches RE2
// finds (non-overlapping, leftmost-longest).
// Literal hits are every match there is; a regex hit says only that the rule matches in
// that text, and RE2 finds where, as it does for rules Hyperscan cannot read and for
// `unless` phrases that occur.
#include <algorithm>
#include <tuple>

#include "rules/rule_set_impl.h"

namespace jtai {
namespace {

using Impl = RuleSet::Impl;
using Target = Impl::Target;

struct Span {
  std::size_t begin = 0, end = 0;
};

// Matches of RULE in TEXT, as RE2 finds them one after another, up to byte LIMIT: no
// match ends after it. RE2 reads the bytes around [0, LIMIT) as context, so `\b` and `$`
// at LIMIT mean what they mean in the whole text.
void re2_matches(const Impl& impl, std::size_t rule, std::string_view text, std::size_t limit, std::vector<Span>* out) {
  re2::StringPiece sp(text.data(), text.size());
  re2::StringPiece m;
  const re2::RE2& re = *impl.rule_re[rule];
  std::size_t pos = 0;
  while (pos < limit && re.Match(sp, pos, limit, re2::RE2::UNANCHORED, &m, 1)) {
    std::size_t b = static_cast<std::size_t>(m.data() - sp.data());
    std::size_t e = b + m.size();
    out->push_back({b, e});
    pos = e > b ? e : b + 1;
  }
}

// Drops the matches of RULE in FOUND that overlap a match of one of its unless phrases.
void drop_vetoed(const Impl& impl, std::size_t rule, std::string_view text, std::vector<Span>* found) {
  if (impl.unless[rule].empty() || found->empty()) return;
  std::vector<Span> vetoes;
  re2::StringPiece sp(text.data(), text.size());
  for (const auto& u : impl.unless[rule]) {
    re2::StringPiece um;
    std::size_t from = 0;
    while (from < sp.size() && u->Match(sp, from, sp.size(), re2::RE2::UNANCHORED, &um, 1)) {
      std::size_t ub = static_cast<std::size_t>(um.data() - sp.data());
      std::size_t ue = ub + um.size();
      vetoes.push_back({ub, ue});
      from = ue > ub ? ue : ub + 1;
    }
  }
  std::erase_if(*found, [&](const Span& s) {
    return std::any_of(vetoes.begin(), vetoes.end(), [&](const Span& v) { return v.begin < s.end && s.begin < v.end; });
  });
}

void append(std::size_t rule, const std::vector<Span>& found, std::vector<RuleMatch>* out) {
  for (const auto& s : found) out->push_back({rule, s.begin, s.end});
}

void sort_matches(std::vector<RuleMatch>* m) {
  std::sort(m->begin(), m->end(), [](const RuleMatch& a, const RuleMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
  });
}

// A hit inside one text, in that text's offsets (texts are under 4 GiB: match_each).
// Grouped by text, then sorted by rule, kind and span.
struct Local {
  enum Kind : std::uint8_t { kMatch, kUnless, kRegex };  // kRegex: a regex of the rule ends here
  std::uint32_t text, rule;
  std::uint32_t phrase;  // kUnless: which unless phrase of the rule
  std::uint32_t from, to;
  Kind kind;
  bool operator<(const Local& o) const {
    return std::tie(rule, kind, from, to) < std::tie(o.rule, o.kind, o.from, o.to);
  }
};

// The leftmost-longest matches of one rule from its literal hits (kMatch, by start), as
// RE2's loop finds them: at POS the leftmost start at or after POS and its longest end.
void resolve(const Local* hit, const Local* end, std::vector<Span>* found) {
  std::size_t pos = 0;
  for (const Local* h = hit; h != end;) {
    if (h->from < pos) {
      ++h;
      continue;
    }
    std::size_t b = h->from, e = h->to;
    for (; h != end && h->from == b; ++h) e = std::max<std::size_t>(e, h->to);
    found->push_back({b, e});
    pos = e;
  }
}

// The spans each unless phrase vetoes, from its hits [HIT, END) when they are all its
// matches (literal hits): RE2 takes them one after another from the left, and a
// literal-spelt phrase has one match at most at each start. False when two start together.
bool literal_vetoes(const Local* hit, const Local* end, std::vector<const Local*>& by_phrase, std::vector<Span>* vetoes) {
  by_phrase.clear();
  for (const Local* h = hit; h != end; ++h)
    if (h->kind == Local::kUnless) by_phrase.push_back(h);
  std::sort(by_phrase.begin(), by_phrase.end(), [](const Local* a, const Local* b) {
    return a->phrase != b->phrase ? a->phrase < b->phrase : a->from < b->from;
  });
  for (std::size_t i = 0; i < by_phrase.size(); ++i) {
    const Local& h = *by_phrase[i];
    bool same_phrase = i > 0 && by_phrase[i - 1]->phrase == h.phrase;
    if (same_phrase && by_phrase[i - 1]->from == h.from) return false;
    if (same_phrase && !vetoes->empty() && h.from < vetoes->back().end) continue;
    vetoes->push_back({h.from, h.to});
  }
  return true;
}

// What rule_in_text works in, kept from rule to rule.
struct Scratch {
  std::vector<Span> found, vetoes;
  std::vector<const Local*> by_phrase;
  // RE2's matches in the current text, by regex and limit: rules that share a regex
  // (rule_set.cc shares identical ones) and end their hits at the same place share them.
  struct Searched {
    const re2::RE2* re;
    std::size_t limit;
    std::vector<Span> found;
  };
  std::vector<Searched> searched;
  std::size_t searched_used = 0;

  const std::vector<Span>* already(const re2::RE2* re, std::size_t limit) const {
    for (std::size_t i = 0; i < searched_used; ++i)
      if (searched[i].re == re && searched[i].limit == limit) return &searched[i].found;
    return nullptr;
  }
  void remember(const re2::RE2* re, std::size_t limit, const std::vector<Span>& spans) {
    if (searched_used == searched.size()) searched.emplace_back();
    Searched& s = searched[searched_used++];
    s.re = re;
    s.limit = limit;
    s.found.assign(spans.begin(), spans.end());
  }
};

// The matches of RULE's regex in TEXT up to LIMIT, searched once per text for each regex.
void regex_matches(const Impl& impl, std::size_t rule, std::string_view text, std::size_t limit, Scratch& scratch,
                   std::vector<Span>* found) {
  const re2::RE2* re = &*impl.rule_re[rule];
  if (const auto* seen = scratch.already(re, limit)) {
    found->assign(seen->begin(), seen->end());
    return;
  }
  re2_matches(impl, rule, text, limit, found);
  scratch.remember(re, limit, *found);
}

// The matches of one rule in one text from its local hits [HIT, END).
void rule_in_text(const Local* hit, const Local* end, const Impl& impl, std::string_view text, Scratch& scratch,
                  std::vector<RuleMatch>* out) {
  std::size_t rule = hit->rule;
  const Local* matches_end = hit;
  while (matches_end != end && matches_end->kind == Local::kMatch) ++matches_end;
  bool unless_seen = false, regex = false;
  // Every match ends where a hit of the rule ends: Hyperscan reports each end of each match.
  std::size_t last_end = 0;
  for (const Local* h = hit; h != matches_end; ++h) last_end = std::max<std::size_t>(last_end, h->to);
  for (const Local* h = matches_end; h != end; ++h) {
    (h->kind == Local::kUnless ? unless_seen : regex) = true;
    if (h->kind == Local::kRegex) last_end = std::max<std::size_t>(last_end, h->to);
  }
  if (matches_end == hit && !regex) return;  // only unless phrases
  std::vector<Span>& found = scratch.found;
  std::vector<Span>& vetoes = scratch.vetoes;
  found.clear();
  vetoes.clear();
  if (regex) regex_matches(impl, rule, text, last_end, scratch, &found);
  else resolve(hit, matches_end, &found);
  if (impl.unless_by_re2[rule] ||
      (unless_seen && !(impl.unless_literal[rule] && literal_vetoes(matches_end, end, scratch.by_phrase, &vetoes)))) {
    drop_vetoed(impl, rule, text, &found);
  } else if (!vetoes.empty()) {
    std::erase_if(found, [&](const Span& s) {
      return std::any_of(vetoes.begin(), vetoes.end(), [&](const Span& v) { return v.begin < s.end && s.begin < v.end; });
    });
  }
  append(rule, found, out);
}

std::vector<RuleMatch> by_re2(const Impl& impl, const std::vector<std::size_t>& rules, std::string_view text) {
  std::vector<RuleMatch> out;
  std::vector<Span> found;
  for (std::size_t r : rules) {
    found.clear();
    re2_matches(impl, r, text, text.size(), &found);
    drop_vetoed(impl, r, text, &found);
    append(r, found, &out);
  }
  return out;
}

// The text of joined offset AT among texts beginning at STARTS.
std::size_t text_at(const std::vector<std::size_t>& starts, std::size_t at) {
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), at) - starts.begin()) - 1;
}

// The literal hits of SCAN over FOLDED that pass their checks, in the texts' own offsets.
void localise_literals(const std::vector<ScanHit>& scan, const FoldedText& folded, const std::vector<std::size_t>& starts,
                       const Impl& impl, std::vector<Local>* local, std::vector<char>* hazard) {
  for (const auto& h : scan) {
    auto targets = impl.literal_targets.of(h.id);
    std::size_t from = h.to - impl.literals[h.id].bytes.size();
    std::size_t k = text_at(folded.starts(), from);
    if (targets.front().kind == Target::Kind::kHazard) {
      (*hazard)[k] = 1;
      continue;
    }
    std::size_t to = checked_end(impl.literals[h.id], folded, from, h.to);
    if (!to) continue;
    auto b = static_cast<std::uint32_t>(folded.unfolded(from) - starts[k]);
    auto e = static_cast<std::uint32_t>(folded.unfolded(to - 1) + 1 - starts[k]);
    for (const Target& t : targets)
      local->push_back({static_cast<std::uint32_t>(k), t.rule, t.phrase, b, e,
                        t.kind == Target::Kind::kUnless ? Local::kUnless : Local::kMatch});
  }
}

// The regex hits of SCAN over the texts joined at STARTS (each followed by a NUL).
void localise_regexes(const std::vector<ScanHit>& scan, const std::vector<std::size_t>& starts,
                      const std::vector<std::string_view>& texts, const Impl& impl, std::vector<Local>* local,
                      std::vector<char>* hazard) {
  for (const auto& h : scan) {
    std::size_t k = text_at(starts, h.to - 1);
    std::size_t b = starts[k];
    if (h.to > b + texts[k].size()) continue;  // ends on the separator: no match inside a text ends there
    auto targets = impl.regex_targets.of(h.id);
    if (targets.front().kind == Target::Kind::kHazard) {
      (*hazard)[k] = 1;
      continue;
    }
    for (const Target& t : targets)
      local->push_back({static_cast<std::uint32_t>(k), t.rule, t.phrase, 0, static_cast<std::uint32_t>(h.to - b),
                        t.kind == Target::Kind::kUnless ? Local::kUnless : Local::kRegex});
  }
}

// LOCAL grouped by text (a counting sort: the scans report hits by end, not by text),
// each group sorted; BEGIN gets where each text's group starts, and one past the last.
void group_by_text(std::vector<Local>* local, std::size_t texts, std::vector<std::size_t>* begin) {
  begin->assign(texts + 1, 0);
  for (const auto& h : *local) ++(*begin)[h.text + 1];
  for (std::size_t k = 0; k < texts; ++k) (*begin)[k + 1] += (*begin)[k];
  std::vector<Local> grouped(local->size());
  std::vector<std::size_t> at(begin->begin(), begin->end() - 1);
  for (const auto& h : *local) grouped[at[h.text]++] = h;
  for (std::size_t k = 0; k < texts; ++k)
    std::sort(grouped.begin() + static_cast<std::ptrdiff_t>((*begin)[k]),
              grouped.begin() + static_cast<std::ptrdiff_t>((*begin)[k + 1]));
  local->swap(grouped);
}

bool any_over_4gib(const std::vector<std::string_view>& texts) {
  return std::any_of(texts.begin(), texts.end(), [](std::string_view t) { return t.size() >= (std::size_t{1} << 32); });
}

}  // namespace

std::vector<RuleMatch> RuleSet::match_reference(std::string_view text) const {
  std::vector<std::size_t> all;
  for (std::size_t r = 0; r < rules_.size(); ++r)
    if (impl_->rule_re[r]) all.push_back(r);
  auto out = by_re2(*impl_, all, text);
  sort_matches(&out);
  return out;
}

std::vector<RuleMatch> RuleSet::match(std::string_view text) const { return std::move(match_each({text}).front()); }

std::vector<std::vector<RuleMatch>> RuleSet::match_each(const std::vector<std::string_view>& texts, bool in_order) const {
  std::vector<std::vector<RuleMatch>> out(texts.size());
  const Impl& impl = *impl_;
  if (!impl.literal_scanner || any_over_4gib(texts)) {
    for (std::size_t k = 0; k < texts.size(); ++k) out[k] = match_reference(texts[k]);
    return out;
  }
  // Each text is followed by a NUL, which no literal has and no regex Hyperscan reads
  // matches, so a hit spans two texts only if its regex crosses one.
  std::vector<std::size_t> starts;
  std::size_t at = 0;
  for (auto t : texts) {
    starts.push_back(at);
    at += t.size() + 1;
  }
  std::vector<char> hazard(texts.size(), 0);
  std::vector<Local> local;
  std::vector<ScanHit> scan;
  FoldedText folded(texts);
  impl.literal_scanner->scan(folded.text(), &scan);
  localise_literals(scan, folded, starts, impl, &local, &hazard);
  if (impl.regex_scanner) {
    std::string joined;
    joined.reserve(at);
    for (auto t : texts) joined.append(t).push_back('\0');
    scan.clear();
    impl.regex_scanner->scan(joined, &scan);
    localise_regexes(scan, starts, texts, impl, &local, &hazard);
  }
  std::vector<std::size_t> begin;
  group_by_text(&local, texts.size(), &begin);
  Scratch scratch;
  for (std::size_t k = 0; k < texts.size(); ++k) {
    std::size_t first = begin[k], i = begin[k + 1];
    if (hazard[k]) {
      out[k] = match_reference(texts[k]);
      continue;
    }
    std::vector<RuleMatch>& m = out[k];
    if (!impl.re2_rules.empty()) m = by_re2(impl, impl.re2_rules, texts[k]);
    m.reserve(m.size() + (i - first));
    scratch.searched_used = 0;
    for (std::size_t g = first; g < i;) {
      std::size_t e = g;
      while (e < i && local[e].rule == local[g].rule) ++e;
      rule_in_text(&local[g], &local[e], impl, texts[k], scratch, &m);
      g = e;
    }
    if (in_order) sort_matches(&m);
  }
  return out;
}

}  // namespace jtai
