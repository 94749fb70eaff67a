// Phrases spelt out as literals, white space folded, and the checks on each hit.
#include "rules/phrases.h"

#include <algorithm>

#include "text/text_util.h"

namespace jtai {
namespace {

// More spellings than this and the phrase is matched as a regex (each hyphen triples
// them, each apostrophe doubles them).
constexpr std::size_t kMaxSpellings = 64;

constexpr std::string_view kRightQuote = "\u2019";

bool ascii_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// As the RE2 form decides where a phrase gets `\b`: non-ASCII bytes count as word bytes.
bool boundary_byte(char c) { return ascii_word(c) || (static_cast<unsigned char>(c) & 0x80); }

bool all_caps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

bool folds(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

// One position of a phrase: the spellings it may take there.
struct Choice {
  std::vector<std::string> ways;
  bool hyphen = false;  // a hyphen: its second way is a space
  bool caps = false;    // inside an ALL-CAPS word
  bool word_start = false;
};

// The positions of PHRASE, or empty when it cannot be spelt as literals.
std::optional<std::vector<Choice>> choices_of(std::string_view phrase, bool* star) {
  auto words = split_words(phrase);
  std::vector<Choice> out;
  for (std::size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k].text;
    bool last = k + 1 == words.size();
    if (!w.empty() && w.back() == '*') {
      if (!last) return std::nullopt;
      w.remove_suffix(1);
      if (w.empty() || !ascii_word(w.back())) return std::nullopt;  // `\w*\b` could then match nothing
      *star = true;
    }
    if (w.empty() || w.front() == '-' || w.back() == '-' || w.find("--") != std::string_view::npos) return std::nullopt;
    if (k) out.push_back({{" "}, false, false, false});
    bool caps = all_caps(w);
    for (std::size_t c = 0; c < w.size(); ++c) {
      Choice ch{{}, false, caps, c == 0};
      if (w[c] == '\'') {
        ch.ways = {"'", std::string(kRightQuote)};
      } else if (w.substr(c, kRightQuote.size()) == kRightQuote) {
        ch.ways = {"'", std::string(kRightQuote)};
        c += kRightQuote.size() - 1;
      } else if (w[c] == '-') {
        ch.ways = {"-", " ", ""};
        ch.hyphen = true;
      } else if ((static_cast<unsigned char>(w[c]) & 0x80) || folds(w[c]) || w[c] == '\v' || w[c] == '\0') {
        return std::nullopt;
      } else {
        ch.ways = {std::string(1, w[c])};
      }
      out.push_back(std::move(ch));
    }
  }
  return out;
}

}  // namespace

std::optional<std::vector<PhraseLiteral>> phrase_literals(std::string_view phrase) {
  bool star = false;
  auto choices = choices_of(phrase, &star);
  if (!choices || choices->empty()) return std::nullopt;
  std::size_t spellings = 1;
  for (const auto& c : *choices)
    if ((spellings *= c.ways.size()) > kMaxSpellings) return std::nullopt;
  auto words = split_words(phrase);
  bool every_word_caps = std::all_of(choices->begin(), choices->end(), [](const Choice& c) { return c.caps || c.ways[0] == " "; });
  PhraseLiteral base;
  base.caseless = !every_word_caps;
  base.star = star;
  base.front_boundary = boundary_byte(words.front().text.front());
  base.back_boundary = boundary_byte(words.back().text.back()) || star;
  std::vector<PhraseLiteral> out;
  std::vector<std::size_t> pick(choices->size(), 0);
  for (std::size_t n = 0; n < spellings; ++n) {
    PhraseLiteral l = base;
    std::size_t caps_from = 0;
    bool in_caps = false;
    for (std::size_t i = 0; i < choices->size(); ++i) {
      const Choice& c = (*choices)[i];
      if (in_caps && !c.caps) l.exact.emplace_back(caps_from, l.bytes.size());
      if (c.caps && (!in_caps || c.word_start) && base.caseless) caps_from = l.bytes.size();
      in_caps = c.caps && base.caseless;
      if (c.hyphen && pick[i] == 1) l.single_space.push_back(static_cast<std::uint32_t>(l.bytes.size()));
      l.bytes += c.ways[pick[i]];
    }
    if (in_caps) l.exact.emplace_back(caps_from, l.bytes.size());
    out.push_back(std::move(l));
    for (std::size_t i = choices->size(); i-- > 0;) {  // the next combination, last position fastest
      if (++pick[i] < (*choices)[i].ways.size()) break;
      pick[i] = 0;
    }
  }
  return out;
}

FoldedText::FoldedText(const std::vector<std::string_view>& texts) {
  std::size_t total = 0;
  for (auto t : texts) total += t.size() + 1;
  text_.reserve(total);
  std::size_t shift = 0;
  for (auto t : texts) {
    starts_.push_back(text_.size());
    for (std::size_t i = 0; i < t.size();) {
      if (!folds(t[i])) {
        std::size_t j = i + 1;
        while (j < t.size() && !folds(t[j])) ++j;
        text_.append(t.substr(i, j - i));
        i = j;
        continue;
      }
      if (t[i] == ' ' && (i + 1 == t.size() || !folds(t[i + 1]))) {  // one space: as it is
        text_.push_back(' ');
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      while (j < t.size() && folds(t[j])) ++j;
      if (j - i > 1 || t[i] != ' ') {
        shift += j - i - 1;
        runs_.push_back({text_.size(), shift});
      }
      text_.push_back(' ');
      i = j;
    }
    text_.push_back('\0');
  }
}

std::size_t FoldedText::unfolded(std::size_t at) const {
  // The shift of the last run before AT (a run's own space starts where the run did).
  auto it = std::lower_bound(runs_.begin(), runs_.end(), at, [](const Run& r, std::size_t a) { return r.at < a; });
  return at + (it == runs_.begin() ? 0 : std::prev(it)->shift);
}

bool FoldedText::single_space(std::size_t at) const {
  auto it = std::lower_bound(runs_.begin(), runs_.end(), at, [](const Run& r, std::size_t a) { return r.at < a; });
  return text_[at] == ' ' && (it == runs_.end() || it->at != at);
}

std::size_t checked_end(const PhraseLiteral& l, const FoldedText& folded, std::size_t from, std::size_t to) {
  const std::string& t = folded.text();
  if (l.front_boundary && from > 0 && ascii_word(t[from - 1])) return 0;
  for (auto [a, b] : l.exact)
    if (t.compare(from + a, b - a, l.bytes, a, b - a) != 0) return 0;
  for (auto s : l.single_space)
    if (!folded.single_space(from + s)) return 0;
  if (l.star)
    while (to < t.size() && ascii_word(t[to])) ++to;
  else if (l.back_boundary && to < t.size() && ascii_word(t[to]))
    return 0;
  return to;
}

}  // namespace jtai
