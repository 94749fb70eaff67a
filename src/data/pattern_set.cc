// A list of patterns filtered by the strings they need (FilteredRE2 and a Hyperscan
// literal scan), with one RE2::Set over the list, compiled on first use, for the texts
// the filter cannot judge.
// The strings are lower case and found without regard to ASCII case, which finds every
// text RE2 could match, except where RE2 folds case beyond ASCII: a text with one of the
// two letters it folds onto ASCII (rules/patterns.h) goes to the RE2::Set, and a list
// whose strings hold a non-ASCII letter is left to it.
#include "data/pattern_set.h"

#include <algorithm>
#include <mutex>
#include <numeric>

#include <hs.h>

#include "rules/patterns.h"
#include "rules/scanner.h"

namespace jtai {
namespace {

constexpr int kSetMemory = 64 << 20;  // room for the DFA of every pattern at once, so it never gives up
constexpr int kMinString = 3;         // shorter strings would be in almost every text

// True when S holds a letter outside ASCII.
bool non_ascii_letter(std::string s) {
  static const re2::RE2 letter("\\pL");
  std::erase_if(s, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  return re2::RE2::PartialMatch(s, letter);
}

using Patterns = std::vector<Regex>;

// What the filter and the set read of RE: its twin when it has one (data/relax.h), which
// matches every text RE does and compiles in a fraction of the time.
const std::string& read_as(const Regex& re) {
  const std::string* twin = re.twin_pattern();
  return twin ? *twin : re.pattern();
}

// The filter over PATTERNS (anchored at both ends when ANCHOR says) and its strings; null
// when a pattern will not compile. IDS gets each pattern's id in the filter.
std::shared_ptr<const re2::FilteredRE2> filter_of(const Patterns& patterns, re2::RE2::Anchor anchor,
                                                  std::vector<std::string>* strings, std::vector<int>* ids) {
  auto filter = std::make_shared<re2::FilteredRE2>(kMinString);
  for (const auto& re : patterns) {
    const std::string& text = read_as(re);
    std::string p = anchor == re2::RE2::ANCHOR_BOTH ? "^(?:" + text + ")$" : text;
    int id = 0;
    if (filter->Add(p, re.options(), &id) != re2::RE2::NoError) return nullptr;
    ids->push_back(id);
  }
  filter->Compile(strings);
  return filter;
}

// STRINGS (any ASCII case), then the folded hazards, as literal expressions numbered from
// FIRST_ID.
std::vector<Scanner::Expression> string_expressions(const std::vector<std::string>& strings, unsigned first_id) {
  std::vector<Scanner::Expression> expressions;
  auto next = [&] { return first_id + static_cast<unsigned>(expressions.size()); };
  for (const auto& s : strings) expressions.push_back({s, HS_FLAG_CASELESS | HS_FLAG_SINGLEMATCH, next()});
  for (std::string_view h : kFoldedHazards) expressions.push_back({std::string(h), HS_FLAG_SINGLEMATCH, next()});
  return expressions;
}

// LITERAL in Hyperscan's regex syntax: every byte but an ASCII letter or digit escaped.
std::string as_regex(std::string_view literal) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (char c : literal) {
    auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
      out.push_back(c);
    } else {
      out += "\\x";
      out.push_back(kHex[u >> 4]);
      out.push_back(kHex[u & 15]);
    }
  }
  return out;
}

}  // namespace

struct LazySet {
  std::vector<Regex> patterns;
  re2::RE2::Anchor anchor = re2::RE2::UNANCHORED;
  std::once_flag once;
  std::unique_ptr<re2::RE2::Set> set;  ///< null: it would not compile

  // The set of PATTERNS, or null when they do not share the options one RE2::Set needs.
  static std::shared_ptr<LazySet> of(const std::vector<Regex>& patterns, re2::RE2::Anchor anchor) {
    if (patterns.empty()) return nullptr;
    const re2::RE2::Options& o = patterns.front().options();
    for (const auto& re : patterns)
      if (re.options().ParseFlags() != o.ParseFlags() || re.options().longest_match() != o.longest_match()) return nullptr;
    auto out = std::make_shared<LazySet>();
    out->patterns = patterns;
    out->anchor = anchor;
    return out;
  }

  const re2::RE2::Set* get() {
    std::call_once(once, [this] {
      re2::RE2::Options o = patterns.front().options();
      o.set_max_mem(kSetMemory);
      o.set_log_errors(false);
      auto s = std::make_unique<re2::RE2::Set>(o, anchor);
      for (const auto& re : patterns)
        if (s->Add(read_as(re), nullptr) < 0) return;
      if (s->Compile()) set = std::move(s);
    });
    return set.get();
  }
};

struct PatternSet::Filter {
  std::vector<Regex> patterns;
  re2::RE2::Anchor anchor = re2::RE2::UNANCHORED;
  std::once_flag once;
  std::shared_ptr<const re2::FilteredRE2> filter;  ///< null: the strings cannot judge this list
  std::shared_ptr<const Scanner> strings;          ///< the filter's strings, then kFoldedHazards
  std::vector<std::string> strings_found;          ///< the filter's strings, as it compiled them
  std::vector<int> stringless;                     ///< patterns it passes whatever a text holds, ascending
  std::shared_ptr<LazySet> stringless_set;         ///< one set over them, when two or more

  // The filter and the scanner of its strings; false when there is none.
  bool ready() {
    std::call_once(once, [this] {
      std::vector<std::string> found;
      std::vector<int> ids;
      auto f = filter_of(patterns, anchor, &found, &ids);
      if (!f) return;
      // The filter compiled each pattern or twin as it is (unless anchored): the list matches with those.
      if (anchor == re2::RE2::UNANCHORED)
        for (std::size_t i = 0; i < patterns.size(); ++i) {
          std::shared_ptr<const re2::RE2> compiled(f, &f->GetRE2(ids[i]));
          if (patterns[i].twin_pattern()) patterns[i].adopt_twin(std::move(compiled));
          else patterns[i].adopt(std::move(compiled));
        }
      if (!found.empty() && std::none_of(found.begin(), found.end(), non_ascii_letter))
        if (auto scanner = std::shared_ptr<const Scanner>(Scanner::compile(string_expressions(found, 0), true, nullptr))) {
          filter = std::move(f);
          strings = std::move(scanner);
          strings_found = std::move(found);
          filter->AllPotentials({}, &stringless);
          std::sort(stringless.begin(), stringless.end());
          std::vector<Regex> subset;
          for (int i : stringless) subset.push_back(patterns[static_cast<std::size_t>(i)]);
          if (subset.size() >= 2) stringless_set = LazySet::of(subset, anchor);
        }
    });
    return filter != nullptr;
  }
};

bool any_match(const std::vector<Regex>& patterns, std::string_view s) {
  for (const auto& re : patterns)
    if (re2::RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *re)) return true;
  return false;
}

bool any_full_match(const std::vector<Regex>& patterns, std::string_view s) {
  for (const auto& re : patterns)
    if (re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re)) return true;
  return false;
}

AnyPattern::AnyPattern(const std::vector<Regex>& patterns, re2::RE2::Anchor anchor)
    : patterns_(patterns), set_(LazySet::of(patterns, anchor)), anchor_(anchor) {}

bool AnyPattern::operator()(std::string_view s) const {
  if (const re2::RE2::Set* set = set_ ? set_->get() : nullptr) {
    re2::RE2::Set::ErrorInfo error;
    if (set->Match(re2::StringPiece(s.data(), s.size()), nullptr, &error)) return true;
    if (error.kind == re2::RE2::Set::kNoError) return false;
  }
  return anchor_ == re2::RE2::ANCHOR_BOTH ? any_full_match(patterns_, s) : any_match(patterns_, s);
}

PatternSet::PatternSet(const std::vector<Regex>& patterns, re2::RE2::Anchor anchor)
    : size_(static_cast<int>(patterns.size())) {
  if (patterns.empty()) return;
  filter_ = std::make_shared<Filter>();
  filter_->patterns = patterns;
  filter_->anchor = anchor;
  set_ = LazySet::of(patterns, anchor);
}

bool PatternSet::filtered(std::string_view s, std::vector<int>* out) const {
  // Scratch kept per thread: this runs once per unit or sentence of reported text.
  thread_local std::vector<ScanHit> hits;
  thread_local std::vector<int> found;
  if (!filter_ || !filter_->ready()) return false;
  hits.clear();
  found.clear();
  filter_->strings->scan(s, &hits);
  for (const auto& h : hits) found.push_back(static_cast<int>(h.id));
  std::sort(found.begin(), found.end());
  return potentials(found, out);
}

bool PatternSet::potentials(const std::vector<int>& found, std::vector<int>* out) const {
  if (!found.empty() && found.back() >= static_cast<int>(filter_->strings_found.size())) return false;
  filter_->filter->AllPotentials(found, out);
  std::sort(out->begin(), out->end());
  return true;
}

std::vector<Scanner::Expression> PatternSet::filter_expressions(unsigned first_id) const {
  std::vector<Scanner::Expression> out;
  if (!filter_ || !filter_->ready()) return out;
  out = string_expressions(filter_->strings_found, first_id);
  for (auto& e : out) e.pattern = as_regex(e.pattern);
  return out;
}

std::vector<int> PatternSet::within_holding(std::vector<int> held) const {
  std::vector<int> out;
  std::sort(held.begin(), held.end());
  held.erase(std::unique(held.begin(), held.end()), held.end());
  if (filter_ && filter_->ready() && potentials(held, &out)) return out;
  return every();
}

std::vector<int> PatternSet::candidates(std::string_view s) const {
  std::vector<int> out;
  if (!filtered(s, &out)) return by_set(s);
  drop_stringless_misses(s, &out);
  return out;
}

void PatternSet::drop_stringless_misses(std::string_view s, std::vector<int>* out) const {
  const re2::RE2::Set* set = filter_->stringless_set ? filter_->stringless_set->get() : nullptr;
  if (!set) return;
  thread_local std::vector<int> matched;  // indices into the string-less patterns
  matched.clear();
  re2::RE2::Set::ErrorInfo error;
  if (!set->Match(re2::StringPiece(s.data(), s.size()), &matched, &error) && error.kind != re2::RE2::Set::kNoError)
    return;
  const auto& stringless = filter_->stringless;
  std::erase_if(*out, [&](int i) {
    auto it = std::lower_bound(stringless.begin(), stringless.end(), i);
    if (it == stringless.end() || *it != i) return false;
    int k = static_cast<int>(it - stringless.begin());
    return std::find(matched.begin(), matched.end(), k) == matched.end();
  });
}

std::vector<int> PatternSet::within(std::string_view s) const {
  std::vector<int> out;
  if (filtered(s, &out)) return out;
  return every();
}

std::vector<int> PatternSet::every() const {
  std::vector<int> out(static_cast<std::size_t>(size_));
  std::iota(out.begin(), out.end(), 0);
  return out;
}

std::vector<int> PatternSet::by_set(std::string_view s) const {
  std::vector<int> out;
  re2::RE2::Set::ErrorInfo error;
  const re2::RE2::Set* set = set_ ? set_->get() : nullptr;
  if (set &&
      (set->Match(re2::StringPiece(s.data(), s.size()), &out, &error) || error.kind == re2::RE2::Set::kNoError)) {
    std::sort(out.begin(), out.end());
    return out;
  }
  return every();
}

ListFilter::ListFilter(const std::vector<const std::vector<Regex>*>& lists) {
  std::vector<Regex> all;
  for (const auto* list : lists) {
    starts_.push_back(static_cast<int>(all.size()));
    all.insert(all.end(), list->begin(), list->end());
  }
  starts_.push_back(static_cast<int>(all.size()));
  set_ = PatternSet(all);
}

std::vector<std::vector<int>> ListFilter::candidates(std::string_view s) const {
  std::vector<std::vector<int>> out(starts_.empty() ? 0 : starts_.size() - 1);
  if (out.empty()) return out;
  std::size_t k = 0;
  for (int i : set_.candidates(s)) {
    while (i >= starts_[k + 1]) ++k;
    out[k].push_back(i - starts_[k]);
  }
  return out;
}

}  // namespace jtai
