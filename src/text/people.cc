// People: names, roles and organisations.
#include "text/people.h"

#include <algorithm>

#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {
namespace {

bool contains(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& w : split_words(s)) out.emplace_back(w.text);
  return out;
}

std::string strip_trailing(std::string s, std::string_view chars) {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
  return s;
}

}  // namespace

std::string trim_chars(std::string_view s, std::string_view chars) {
  constexpr std::string_view kEnDash = "\xE2\x80\x93";
  while (!s.empty()) {
    if (s.substr(0, kEnDash.size()) == kEnDash) s.remove_prefix(kEnDash.size());
    else if (chars.find(s.front()) != std::string_view::npos) s.remove_prefix(1);
    else break;
  }
  while (!s.empty()) {
    if (s.size() >= kEnDash.size() && s.substr(s.size() - kEnDash.size()) == kEnDash) s.remove_suffix(kEnDash.size());
    else if (chars.find(s.back()) != std::string_view::npos) s.remove_suffix(1);
    else break;
  }
  return std::string(s);
}

// A token that can be part of a personal name: capitalised, letters, apostrophes, hyphens.
bool name_like(std::string_view tok, const Lexicon& lx) {
  std::string t = strip_trailing(std::string(tok), ",");
  if (t.size() < 2 || !(t[0] >= 'A' && t[0] <= 'Z')) return false;
  if (contains(lx.not_name, t) || contains(lx.postnominals, t)) return false;
  bool lower_seen = false;
  for (std::size_t i = 1; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c >= 'a' && c <= 'z') lower_seen = true;
    else if (!((c >= 'A' && c <= 'Z') || c == '\'' || c == '-' || c >= 0x80)) return false;
  }
  return lower_seen;
}

std::optional<Person> parse_person_line(std::string_view line, const Lexicon& lx) {
  auto toks = tokens(line);
  std::size_t i = 0;
  std::vector<std::string> titles;
  while (i < toks.size() && contains(lx.honorifics, strip_trailing(toks[i], ","))) titles.push_back(toks[i++]);
  std::vector<std::string> name;
  bool comma = false;
  while (i < toks.size() && name.size() < 4 && name_like(toks[i], lx)) {
    std::string t = toks[i++];
    if (!t.empty() && t.back() == ',') {
      name.push_back(strip_trailing(t, ","));
      comma = true;
      break;
    }
    name.push_back(t);
  }
  if (name.size() < 2) return std::nullopt;
  // Without a comma a name is two words ("Sue Thompson Designated Nurse ..."),
  // unless the next word is a post-nominal.
  if (!comma && name.size() > 2) {
    bool postnominal_follows = i < toks.size() && contains(lx.postnominals, strip_trailing(toks[i], ","));
    if (!postnominal_follows) {
      i -= name.size() - 2;
      name.resize(2);
    }
  }
  while (i < toks.size() && (contains(lx.postnominals, strip_trailing(toks[i], ",")) || toks[i] == "," ))
    ++i;
  Person p;
  for (std::size_t k = 0; k < name.size(); ++k) p.name += (k ? " " : "") + name[k];
  std::string rest;
  for (std::size_t k = i; k < toks.size(); ++k) rest += (rest.empty() ? "" : " ") + toks[k];
  rest = trim_chars(rest, kSeparators);
  if (!rest.empty()) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= rest.size()) {
      std::size_t c = rest.find(',', start);
      if (c == std::string::npos) c = rest.size();
      std::string part = trim_chars(rest.substr(start, c - start), kSeparators);
      if (!part.empty()) parts.push_back(part);
      start = c + 1;
    }
    if (!parts.empty()) {
      std::string role = parts[0];
      if (!titles.empty()) {
        std::string t;
        for (const auto& x : titles) t += (t.empty() ? "" : " ") + x;
        if (!contains(lx.courtesy_titles, t)) role = t + ", " + role;
      }
      p.role = role;
      std::string org;
      for (std::size_t k = 1; k < parts.size(); ++k) org += (org.empty() ? "" : ", ") + parts[k];
      if (!org.empty()) p.organisation = org;
    }
  }
  return p;
}

}  // namespace jtai
