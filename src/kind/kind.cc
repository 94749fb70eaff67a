// Document kind from weighted signals. One pass over the text (the lexicon's FirstMatches
// of the signals) says which signals it may hold, anywhere or as one of its lines, and
// where the text signals' first matches end; only the possible signals are searched for,
// and give their evidence: the text signals near those ends, the line signals line by line.
#include "kind/kind.h"

#include <map>
#include <optional>

#include <fmt/format.h>

#include "data/lexicon.h"
#include "tuning.h"

namespace jtai {
namespace {

// The text of M, a match found by FirstMatches: "" when there is none, " " for an empty one.
std::string seen_text(const std::optional<std::string_view>& m) {
  if (!m) return {};
  return m->empty() ? std::string(" ") : std::string(*m);
}

// The first matches in TEXT of the possible signals found WHERE, read near ENDS.
std::vector<std::optional<std::string_view>> text_matches(std::string_view text, const Lexicon& lx,
                                                          const std::vector<char>& possible, KindSignal::Where where,
                                                          const FirstMatches::Ends& ends) {
  std::vector<std::optional<std::string_view>> out(possible.size());
  for (std::size_t k = 0; k < possible.size(); ++k)
    if (possible[k] && lx.kind_signals[k].where == where) out[k] = lx.kind_text_matches.first(text, k, ends);
  return out;
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

}  // namespace

KindDecision classify_document(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx) {
  const auto& signals = lx.kind_signals;
  // The head lines: the first non-blank lines, where head and line signals are tested.
  std::vector<std::string_view> head;
  std::size_t after_head = lines.size();  // index of the first line past the head
  for (std::size_t i = 0; i < lines.size() && after_head == lines.size(); ++i) {
    if (lines[i].blank()) continue;
    if (head.size() == tuning::kKindHeadLines) after_head = i;
    else head.push_back(line_text(text, lines[i]));
  }
  const FirstMatches::Ends ends = lx.kind_text_matches.ends(text);
  std::vector<char> possible(signals.size(), 0);
  for (int k : ends.possible) possible[static_cast<std::size_t>(k)] = 1;
  // The first head line each possible line signal is (a line signal is tested on later
  // lines one by one, as few of them are).
  std::vector<std::size_t> first_line(signals.size(), head.size());
  for (std::size_t k = 0; k < signals.size(); ++k) {
    auto where = signals[k].where;
    if (!possible[k] || where == KindSignal::Where::kText || where == KindSignal::Where::kFallback) continue;
    for (std::size_t i = 0; i < head.size() && first_line[k] == head.size(); ++i)
      if (re2::RE2::FullMatch(head[i], *signals[k].pattern)) first_line[k] = i;
  }
  const auto in_text = text_matches(text, lx, possible, KindSignal::Where::kText, ends);
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
      seen = seen_text(in_text[k]);
      where = "text";
    } else {
      if (first_line[k] < head.size()) seen = head[first_line[k]];
      bool later = possible[k] && sig.where == KindSignal::Where::kLine;
      for (std::size_t i = after_head; later && i < lines.size() && seen.empty(); ++i)
        if (!lines[i].blank() && re2::RE2::FullMatch(line_text(text, lines[i]), *sig.pattern))
          seen = line_text(text, lines[i]);
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
    const auto fallback = text_matches(text, lx, possible, KindSignal::Where::kFallback, ends);
    for (std::size_t k = 0; k < signals.size(); ++k) {
      const auto& sig = signals[k];
      std::string seen = seen_text(fallback[k]);
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
