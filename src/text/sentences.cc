// The sentence splitter.
#include "text/sentences.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {
namespace {

constexpr char32_t kRightDoubleQuote = 0x201D;
constexpr char32_t kRightSingleQuote = 0x2019;

bool is_terminal(char c) { return c == '.' || c == '!' || c == '?'; }

// True when the full stop at S[DOT] closes an initial ("J. Smith") or an honorific
// ("Mr. Smith") whose word starts at or after START.
bool abbreviation_before(std::string_view s, std::size_t start, std::size_t dot, const Lexicon& lx) {
  std::size_t w = dot;
  while (w > start && s[w - 1] != ' ') --w;
  std::string word(s.substr(w, dot - w));
  bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
  return initial || std::find(lx.honorifics.begin(), lx.honorifics.end(), word) != lx.honorifics.end();
}

}  // namespace

bool is_sentence_closer(char32_t c) {
  return c == '"' || c == '\'' || c == kRightDoubleQuote || c == kRightSingleQuote || c == ')';
}

std::vector<Sentence> sentences(std::string_view s, const Lexicon& lx) {
  std::vector<Sentence> out;
  std::size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_terminal(s[i])) continue;
    std::size_t j = i + 1;  // past the closing marks
    while (j < s.size()) {
      std::size_t len = 1;
      if (!is_sentence_closer(decode_utf8(s, j, &len))) break;
      j += len;
    }
    if (j >= s.size() || s[j] != ' ') continue;
    std::size_t k = j;  // the next sentence's first byte
    while (k < s.size() && s[k] == ' ') ++k;
    if (k >= s.size() || !starts_upper(s.substr(k))) continue;
    if (s[i] == '.' && abbreviation_before(s, start, i, lx)) continue;
    out.push_back({start, j});
    start = k;
    i = k - 1;
  }
  std::size_t end = s.size();
  while (end > start && s[end - 1] == ' ') --end;
  if (end > start) out.push_back({start, end});
  return out;
}

}  // namespace jtai
