// UTF-8 and punctuation helpers.
#include "text/text_util.h"

#include <cctype>

namespace jtai {
namespace {

bool is_opening(char32_t c) { return c == '(' || c == '[' || c == '\'' || c == '"' || c == 0x2018 || c == 0x201C; }
bool is_closing(char32_t c) { return c == ')' || c == ']' || c == '\'' || c == '"' || c == 0x2019 || c == 0x201D; }

char32_t first_after_opening(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t n = 1;
    char32_t c = decode_utf8(s, i, &n);
    if (!is_opening(c)) return c;
    i += n;
  }
  return 0;
}

bool word_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t i, std::size_t* length) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  *length = n;
  return cp;
}

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  std::size_t n = 1;
  return decode_utf8(s, i, &n);
}

bool ends_sentence(std::string_view s) {
  while (!s.empty()) {
    char32_t c = last_code_point(s);
    if (c == '.' || c == '!' || c == '?' || c == ':') return true;
    if (!is_closing(c)) return false;
    std::size_t i = s.size() - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    s = s.substr(0, i);
  }
  return false;
}

bool starts_upper(std::string_view s) {
  char32_t c = first_after_opening(s);
  if (c < 0x80) return std::isupper(static_cast<int>(c)) || std::isdigit(static_cast<int>(c));
  return (c >= 0xC0 && c <= 0xDE);
}

bool starts_lower(std::string_view s) {
  char32_t c = first_after_opening(s);
  if (c < 0x80) return std::islower(static_cast<int>(c));
  return (c >= 0xDF && c <= 0xFF);
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += sep;
    out += v[i];
  }
  return out;
}

std::string fold_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int word_count(std::string_view s) {
  int n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = word_space(c);
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

bool has_words(std::string_view s, int n) {
  if (n <= 0) return true;
  int seen = 0;
  bool in = false;
  for (char c : s) {
    bool sp = word_space(c);
    if (!sp && !in && ++seen == n) return true;
    in = !sp;
  }
  return false;
}

std::vector<Word> split_words(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t') ++j;
    if (j > i) out.push_back({i, s.substr(i, j - i)});
    i = j;
  }
  return out;
}

}  // namespace jtai
