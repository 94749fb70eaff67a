// Phrases and regexes of rules written for RE2 and, where the same language can be
// written exactly, for Hyperscan.
#include "rules/patterns.h"

#include <cctype>
#include <cstdio>

#include <re2/re2.h>

#include "text/text_util.h"

namespace jtai {
namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

bool all_caps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

constexpr std::string_view kRightQuote = "\u2019";

// The pieces a phrase is written with, in one engine's syntax.
struct Syntax {
  std::string apostrophe;  // ' and ’ alike
  std::string between;     // any run of white space between words
  bool quote_ascii_only;   // a non-ASCII byte has no exact form
};

// A phrase as a regex: words separated by any white space, ' and ’ alike, a hyphen also
// matching a space or nothing, `*` at a word end for any ending, ALL-CAPS words matched
// as written, whole words at both ends. Empty when SYNTAX cannot write a byte of it.
std::optional<std::string> phrase_in(std::string_view phrase, const Syntax& syntax) {
  std::vector<std::string_view> ws;
  for (const auto& w : split_words(phrase)) ws.push_back(w.text);
  std::string out;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string_view w = ws[k];
    bool star = !w.empty() && w.back() == '*';
    if (star) w.remove_suffix(1);
    std::string piece;
    for (std::size_t c = 0; c < w.size(); ++c) {
      unsigned char b = static_cast<unsigned char>(w[c]);
      if (w[c] == '\'') {
        piece += syntax.apostrophe;
      } else if (w.substr(c, kRightQuote.size()) == kRightQuote) {
        piece += syntax.apostrophe;
        c += kRightQuote.size() - 1;
      } else if (w[c] == '-') {
        piece += "[- ]?";
      } else if (!syntax.quote_ascii_only) {
        piece += re2::RE2::QuoteMeta(std::string(1, w[c]));
      } else if (b & 0x80) {
        return std::nullopt;
      } else if (std::isalnum(b)) {
        piece += w[c];
      } else if (std::isgraph(b)) {
        piece += '\\';
        piece += w[c];
      } else {
        char hex[8];
        std::snprintf(hex, sizeof hex, "\\x%02X", b);
        piece += hex;
      }
    }
    if (star) piece += "\\w*";
    if (all_caps(w)) piece = "(?-i:" + piece + ")";
    if (k) out += syntax.between;
    out += piece;
  }
  std::string front = !ws.empty() && word_char(ws.front().front()) ? "\\b" : "";
  std::string back = !ws.empty() && (word_char(ws.back().back()) || ws.back().back() == '*') ? "\\b" : "";
  return front + "(?:" + out + ")" + back;
}

const Syntax kRe2{"['\u2019]", "\\s+", false};
// RE2's \s is [\t\n\f\r ]; Hyperscan's also has the vertical tab.
const Syntax kHyperscan{"(?:'|\\xE2\\x80\\x99)", "[\\t\\n\\f\\r ]+", true};

// Escapes that mean the same in RE2 (UTF-8) and Hyperscan (bytes) on ASCII patterns.
bool same_escape(char c, bool in_class) {
  unsigned char b = static_cast<unsigned char>(c);
  if (b & 0x80) return false;
  if (!std::isalnum(b)) return true;  // an escaped punctuation mark is that mark
  std::string_view ok = in_class ? "wdstnrf" : "bwdstnrf";
  return ok.find(c) != std::string_view::npos;
}

// True when the group opening at RE[I] ("(?") sets only the i flag, or is (?:...).
bool plain_group(std::string_view re, std::size_t i) {
  for (std::size_t k = i + 2; k < re.size(); ++k) {
    if (re[k] == ':' || re[k] == ')') return true;
    if (re[k] != 'i' && re[k] != '-') return false;
  }
  return false;
}

// The length of the UTF-8 General Punctuation character (U+2000 to U+207F: curly quotes
// and apostrophes, dashes) at RE[I], or 0. These have no case, so they match the same
// bytes in RE2 and in Hyperscan, as long as no quantifier applies to them alone.
std::size_t punctuation_at(std::string_view re, std::size_t i) {
  if (i + 2 >= re.size()) return 0;
  auto b0 = static_cast<unsigned char>(re[i]), b1 = static_cast<unsigned char>(re[i + 1]);
  auto b2 = static_cast<unsigned char>(re[i + 2]);
  return b0 == 0xE2 && (b1 == 0x80 || b1 == 0x81) && (b2 & 0xC0) == 0x80 ? 3 : 0;
}

bool quantifier(char c) { return c == '?' || c == '*' || c == '+' || c == '{'; }

// True when the regex RE means the same in both engines: ASCII, but for punctuation
// characters outside classes that no quantifier applies to alone.
bool portable_regex(std::string_view re) {
  bool in_class = false;
  for (std::size_t i = 0; i < re.size(); ++i) {
    char c = re[i];
    if (static_cast<unsigned char>(c) & 0x80) {
      std::size_t n = in_class ? 0 : punctuation_at(re, i);
      if (n == 0 || (i + n < re.size() && quantifier(re[i + n]))) return false;
      i += n - 1;
      continue;
    }
    if (c == '\\') {
      if (i + 1 >= re.size() || !same_escape(re[i + 1], in_class)) return false;
      ++i;
    } else if (in_class) {
      if (c == '[') return false;  // [:alpha:] and friends
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < re.size() && re[i + 1] == '^') return false;
      if (i + 1 < re.size() && re[i + 1] == ']') ++i;  // a leading ] is a member
    } else if (c == '.' || c == '^' || c == '$') {
      return false;
    } else if (c == '(' && i + 1 < re.size() && re[i + 1] == '?') {
      if (!plain_group(re, i)) return false;
    } else if (c == '{' && i + 1 < re.size() && re[i + 1] == ',') {
      return false;
    }
  }
  return !in_class;
}

}  // namespace

std::string re2_pattern(const PatternSpec& p) {
  if (p.type == PatternSpec::Type::kPhrase) return *phrase_in(p.text, kRe2);
  return "\\b(?:" + p.text + ")\\b";
}

std::optional<std::string> hyperscan_pattern(const PatternSpec& p) {
  if (p.type == PatternSpec::Type::kPhrase) return phrase_in(p.text, kHyperscan);
  if (!portable_regex(p.text)) return std::nullopt;
  return "\\b(?:" + p.text + ")\\b";
}

}  // namespace jtai
