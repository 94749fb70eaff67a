// A pattern's twin with its long counted repeats of one character left open: one reading
// of RE2 syntax from left to right that notes each atom, group and repeat, then a copy with
// the chosen repeats rewritten.
#include "data/relax.h"

#include <algorithm>
#include <cstddef>
#include <string>

namespace jtai {
namespace {

constexpr int kUnbounded = -1;
constexpr int kMaxCount = 100000;  // past RE2's own limit on a count (1000), so the value is never used

enum class Atom { kNone, kChar, kGroup, kOther };

struct Repeat {
  std::size_t length = 0;  ///< 0: no repeat here
  int min = 0, max = 0;    ///< max kUnbounded for *, + and {m,}
  bool lazy = false;
};

struct Candidate {
  std::size_t atom = 0, repeat = 0, end = 0;  ///< where its atom, its repeat and the repeat's end are
  Repeat r;
  bool kept = true;
};

bool digit(char c) { return c >= '0' && c <= '9'; }

std::size_t utf8_length(char lead) {
  auto c = static_cast<unsigned char>(lead);
  return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// The count in P from *J, moved past its digits; false when there is none.
bool count_at(std::string_view p, std::size_t* j, int* out) {
  std::size_t from = *j;
  int v = 0;
  for (; *j < p.size() && digit(p[*j]); ++*j) v = std::min(v * 10 + (p[*j] - '0'), kMaxCount);
  *out = v;
  return *j > from;
}

// The repeat operator at P[I] (`*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}`, each perhaps lazy);
// length 0 when there is none (RE2 reads a `{` that starts no count as a literal).
Repeat repeat_at(std::string_view p, std::size_t i) {
  Repeat r;
  if (i >= p.size()) return r;
  if (p[i] == '*') r = {1, 0, kUnbounded};
  else if (p[i] == '+') r = {1, 1, kUnbounded};
  else if (p[i] == '?') r = {1, 0, 1};
  else if (p[i] == '{') {
    std::size_t j = i + 1;
    int lo = 0, hi = 0;
    if (!count_at(p, &j, &lo) || j >= p.size()) return {};
    if (p[j] == '}') r = {j + 1 - i, lo, lo};
    else if (p[j] != ',' || ++j >= p.size()) return {};
    else if (p[j] == '}') r = {j + 1 - i, lo, kUnbounded};
    else if (count_at(p, &j, &hi) && j < p.size() && p[j] == '}') r = {j + 1 - i, lo, hi};
    else return {};
  } else {
    return r;
  }
  if (i + r.length < p.size() && p[i + r.length] == '?') {
    r.lazy = true;
    ++r.length;
  }
  return r;
}

// The length of the escape at P[I] (a backslash), and in *ATOM whether it stands for one
// character; 0 for syntax left alone (`\Q...\E`, octal or back references).
std::size_t escape_at(std::string_view p, std::size_t i, Atom* atom) {
  if (i + 1 >= p.size()) return 0;
  char c = p[i + 1];
  *atom = Atom::kChar;
  if (c == 'Q' || c == 'E' || digit(c)) return 0;
  if (c == 'b' || c == 'B' || c == 'A' || c == 'z' || c == 'C') {
    *atom = Atom::kOther;  // empty, or one byte of a character
    return 2;
  }
  if (c == 'x' || c == 'p' || c == 'P') {
    if (i + 2 < p.size() && p[i + 2] == '{') {
      std::size_t close = p.find('}', i + 2);
      return close == std::string_view::npos ? 0 : close + 1 - i;
    }
    std::size_t n = c == 'x' ? 4 : 3;  // \xHH, \pL
    return i + n <= p.size() ? n : 0;
  }
  return 1 + utf8_length(c);
}

// The length of the class at P[I] (`[`); 0 when it does not close.
std::size_t class_at(std::string_view p, std::size_t i) {
  std::size_t j = i + 1;
  if (j < p.size() && p[j] == '^') ++j;
  if (j < p.size() && p[j] == ']') ++j;  // a `]` first is itself
  while (j < p.size() && p[j] != ']') {
    if (p[j] == '\\') {
      Atom ignored = Atom::kNone;
      std::size_t n = escape_at(p, j, &ignored);
      if (n == 0) return 0;
      j += n;
    } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
      std::size_t close = p.find(":]", j + 2);
      if (close == std::string_view::npos) return 0;
      j = close + 2;
    } else {
      ++j;
    }
  }
  return j < p.size() ? j + 1 - i : 0;
}

// How the group opening at P[I] (`(`) starts: the opening's length and whether it
// captures; length 0 for syntax left alone, and *GROUP false for flags alone (`(?i)`).
std::size_t group_at(std::string_view p, std::size_t i, bool* group, bool* capturing) {
  *group = true;
  *capturing = true;
  if (i + 1 >= p.size() || p[i + 1] != '?') return 1;
  std::size_t j = i + 2;
  if (p.substr(j, 2) == "P<" || (p.substr(j, 1) == "<" && p.substr(j, 2) != "<=" && p.substr(j, 2) != "<!")) {
    std::size_t close = p.find('>', j);
    return close == std::string_view::npos ? 0 : close + 1 - i;
  }
  *capturing = false;
  while (j < p.size() && (p[j] == '-' || (p[j] >= 'a' && p[j] <= 'z') || (p[j] >= 'A' && p[j] <= 'Z'))) ++j;
  if (j >= p.size() || (p[j] != ':' && p[j] != ')')) return 0;  // lookaround, references
  *group = p[j] == ':';
  return j + 1 - i;
}

struct Reading {
  std::vector<Candidate> candidates;
  std::vector<std::size_t> captures;  ///< where each capturing group opens
};

// Every repeat of one character with an upper bound of at least MIN_UPPER, and the
// capturing groups; nullopt for syntax left alone.
std::optional<Reading> read_pattern(std::string_view p, int min_upper) {
  Reading out;
  std::vector<std::size_t> open;  // for each open group, its first candidate
  Atom atom = Atom::kNone;
  std::size_t atom_at = 0, inside_from = 0;  // the last atom, and (a group) its first candidate
  std::size_t i = 0;
  while (i < p.size()) {
    Repeat r = atom == Atom::kNone ? Repeat{} : repeat_at(p, i);
    if (r.length > 0) {
      if (atom == Atom::kChar && r.max >= min_upper && r.max > r.min)
        out.candidates.push_back({atom_at, i, i + r.length, r});
      else if (atom == Atom::kGroup && (r.max > 1 || r.max == kUnbounded))
        for (std::size_t k = inside_from; k < out.candidates.size(); ++k) out.candidates[k].kept = false;
      atom = Atom::kNone;
      i += r.length;
      continue;
    }
    std::size_t n = 1;
    Atom next = Atom::kChar;
    char c = p[i];
    if (c == '\\') {
      n = escape_at(p, i, &next);
    } else if (c == '[') {
      n = class_at(p, i);
    } else if (c == '(') {
      bool group = false, capturing = false;
      n = group_at(p, i, &group, &capturing);
      if (capturing && n > 0) out.captures.push_back(i);
      if (group) open.push_back(out.candidates.size());
      next = Atom::kNone;
    } else if (c == ')') {
      if (open.empty()) return std::nullopt;
      inside_from = open.back();
      open.pop_back();
      next = Atom::kGroup;
    } else if (c == '|') {
      next = Atom::kNone;
    } else if (c == '^' || c == '$') {
      next = Atom::kOther;
    } else if (c != '.') {
      n = utf8_length(c);
    }
    if (n == 0) return std::nullopt;
    atom = next;
    atom_at = i;
    i += n;
  }
  return out;
}

}  // namespace

std::optional<RelaxedPattern> relax_repeats(std::string_view pattern, int min_upper) {
  auto reading = read_pattern(pattern, min_upper);
  if (!reading) return std::nullopt;
  std::vector<Candidate> kept;
  for (const auto& c : reading->candidates)
    if (c.kept) kept.push_back(c);
  if (kept.empty()) return std::nullopt;

  RelaxedPattern out;
  std::size_t at = 0;
  for (const auto& c : kept) {
    out.pattern.append(pattern.substr(at, c.atom - at));
    out.pattern += '(';
    out.pattern.append(pattern.substr(c.atom, c.repeat - c.atom));
    out.pattern += '{' + std::to_string(c.r.min) + ",}" + (c.r.lazy ? "?" : "") + ')';
    at = c.end;
  }
  out.pattern.append(pattern.substr(at));

  // Each group keeps its place among the groups, after the new ones that open before it.
  auto new_before = [&](std::size_t pos) {
    int n = 0;
    for (const auto& c : kept) n += c.atom < pos ? 1 : 0;
    return n;
  };
  out.groups.push_back(0);
  for (std::size_t k = 0; k < reading->captures.size(); ++k)
    out.groups.push_back(static_cast<int>(k) + 1 + new_before(reading->captures[k]));
  for (std::size_t k = 0; k < kept.size(); ++k) {
    int before = 0;
    for (std::size_t at_open : reading->captures) before += at_open < kept[k].atom ? 1 : 0;
    out.repeats.push_back({before + static_cast<int>(k) + 1, kept[k].r.max});
  }
  return out;
}

}  // namespace jtai
