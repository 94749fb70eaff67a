// Document kind from weighted signals. The signals are folded into two RE2 sets, built
// once per signal table: one pass over the text says which text signals occur (only
// those are searched again, for the evidence), one pass per head line says which line
// signals it is.
#include "kind/kind.h"

#include <array>
#include <map>
#include <mutex>

#include <fmt/format.h>
#include <re2/set.h>

#include "data/lexicon.h"
#include "tuning.h"

namespace jtai {
namespace {

// The first match of RE in TEXT, or "".
std::string first_match(std::string_view text, const re2::RE2& re) {
  re2::StringPiece m;
  if (!re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), re2::RE2::UNANCHORED, &m, 1)) return {};
  return m.empty() ? std::string(" ") : std::string(m.data(), m.size());
}

std::string excerpt(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c == '\n' || c == '\t' ? ' ' : c);
  if (out.size() > 80) {
    std::size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 sequence
    out = out.substr(0, cut) + "...";
  }
  return out;
}

bool in_text(const KindSignal& s) { return s.where == KindSignal::Where::kText || s.where == KindSignal::Where::kFallback; }

// The signals of one table in sets: text signals (searched anywhere) and line signals
// (whole lines), each set of the signals compiled with the same options as its first.
class SignalSets {
 public:
  explicit SignalSets(const std::vector<KindSignal>& signals) {
    for (const auto& s : signals) built_from_.push_back(s.pattern);
    ok_ = add(signals, true, &text_, &text_signal_) && add(signals, false, &lines_, &line_signal_);
  }

  /// True when these are the sets of SIGNALS (the same compiled patterns).
  bool of(const std::vector<KindSignal>& signals) const {
    if (signals.size() != built_from_.size()) return false;
    for (std::size_t i = 0; i < signals.size(); ++i)
      if (built_from_[i].lock() != signals[i].pattern) return false;
    return true;
  }

  /// Per signal: whether a text signal occurs in TEXT (line signals: false); all true when the sets cannot tell.
  std::vector<char> in(std::string_view text, std::size_t n) const { return hits(text_.get(), text_signal_, text, n); }

  /// Per signal: whether LINE is a line signal (text signals: false); all true when the sets cannot tell.
  std::vector<char> line(std::string_view text, std::size_t n) const { return hits(lines_.get(), line_signal_, text, n); }

 private:
  bool add(const std::vector<KindSignal>& signals, bool text, std::unique_ptr<re2::RE2::Set>* set,
           std::vector<std::size_t>* index) {
    bool case_sensitive = false;
    for (std::size_t i = 0; i < signals.size(); ++i) {
      if (in_text(signals[i]) != text) continue;
      const re2::RE2::Options& o = signals[i].pattern->options();
      if (!*set) {
        *set = std::make_unique<re2::RE2::Set>(o, re2::RE2::UNANCHORED);
        case_sensitive = o.case_sensitive();
      }
      if (o.case_sensitive() != case_sensitive) return false;
      if ((*set)->Add(signals[i].pattern->pattern(), nullptr) < 0) return false;
      index->push_back(i);
    }
    return !*set || (*set)->Compile();
  }

  std::vector<char> hits(const re2::RE2::Set* set, const std::vector<std::size_t>& index, std::string_view s,
                         std::size_t n) const {
    std::vector<char> out(n, ok_ ? 0 : 1);
    if (!ok_ || !set) return out;
    std::vector<int> found;
    re2::RE2::Set::ErrorInfo error;
    if (!set->Match(re2::StringPiece(s.data(), s.size()), &found, &error) && error.kind != re2::RE2::Set::kNoError) {
      std::fill(out.begin(), out.end(), 1);  // out of DFA memory: let each signal decide
      return out;
    }
    for (int f : found) out[index[static_cast<std::size_t>(f)]] = 1;
    return out;
  }

  std::vector<std::weak_ptr<const re2::RE2>> built_from_;
  std::unique_ptr<re2::RE2::Set> text_, lines_;
  std::vector<std::size_t> text_signal_, line_signal_;  // set index → signal index
  bool ok_ = false;
};

// The sets of a signal table, built on first use and kept for the process.
const SignalSets& sets_for(const std::vector<KindSignal>& signals) {
  static std::mutex mutex;
  static std::vector<std::unique_ptr<SignalSets>> cache;
  std::lock_guard<std::mutex> lock(mutex);
  for (const auto& s : cache)
    if (s->of(signals)) return *s;
  cache.push_back(std::make_unique<SignalSets>(signals));
  return *cache.back();
}

}  // namespace

KindDecision classify_document(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx) {
  const auto& signals = lx.kind_signals;
  const SignalSets& sets = sets_for(signals);
  std::vector<std::string_view> all;
  for (const auto& l : lines)
    if (!l.blank()) all.push_back(line_text(text, l));
  std::vector<char> occurs = sets.in(text, signals.size());
  // The first line each line signal is, among the head lines (a line signal is tested
  // on later lines one by one, as few of them are).
  std::size_t head = std::min(all.size(), tuning::kKindHeadLines);
  std::vector<std::size_t> first_line(signals.size(), all.size());
  for (std::size_t i = 0; i < head; ++i) {
    std::vector<char> is = sets.line(all[i], signals.size());
    for (std::size_t k = 0; k < signals.size(); ++k)
      if (is[k] && first_line[k] == all.size() && !in_text(signals[k]) && re2::RE2::FullMatch(all[i], *signals[k].pattern))
        first_line[k] = i;
  }
  std::map<DocumentKind, int> score;
  std::map<DocumentKind, std::vector<std::string>> why;
  std::vector<DocumentKind> order;  // first-listed kind wins a tie
  for (std::size_t k = 0; k < signals.size(); ++k) {
    const auto& sig = signals[k];
    if (std::find(order.begin(), order.end(), sig.kind) == order.end()) order.push_back(sig.kind);
    std::string where;
    std::string seen;
    if (sig.where == KindSignal::Where::kFallback) continue;
    if (sig.where == KindSignal::Where::kText) {
      if (occurs[k]) seen = first_match(text, *sig.pattern);
      where = "text";
    } else {
      if (first_line[k] < all.size()) seen = all[first_line[k]];
      for (std::size_t i = head; sig.where == KindSignal::Where::kLine && i < all.size() && seen.empty(); ++i)
        if (re2::RE2::FullMatch(all[i], *sig.pattern)) seen = all[i];
      where = sig.where == KindSignal::Where::kHead ? "head line" : "line";
    }
    if (seen.empty()) continue;
    score[sig.kind] += sig.weight;
    why[sig.kind].push_back(fmt::format("{} +{} {} \"{}\"", to_string(sig.kind), sig.weight, where, excerpt(seen)));
  }
  KindDecision d;
  int best = 0;
  for (DocumentKind k : order)
    if (score[k] > best) {
      best = score[k];
      d.kind = k;
    }
  if (best < tuning::kKindDecides) {
    d.kind = DocumentKind::kUnknown;
    for (std::size_t k = 0; k < signals.size(); ++k) {
      const auto& sig = signals[k];
      if (sig.where != KindSignal::Where::kFallback || !occurs[k]) continue;
      std::string seen = first_match(text, *sig.pattern);
      if (seen.empty()) continue;
      d.kind = sig.kind;
      d.evidence = why[sig.kind];
      d.evidence.push_back(fmt::format("{} fallback: reported text naming \"{}\"", to_string(sig.kind), excerpt(seen)));
      return d;
    }
    return d;
  }
  d.evidence = why[d.kind];
  return d;
}

}  // namespace jtai
