// Regex::match: the groups RE2::Match finds with the pattern itself, whether the twin with
// open repeats answers or the pattern is searched again because the twin broke a bound.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "data/lexicon.h"
#include "data/regex.h"

namespace {

using Groups = std::optional<std::vector<std::string>>;  // nullopt: no match; "-" for a group that took no part

Groups render(bool found, const std::vector<re2::StringPiece>& g) {
  if (!found) return std::nullopt;
  std::vector<std::string> out;
  for (const auto& s : g) out.push_back(s.data() ? std::string(s.data(), s.size()) : "-");
  return out;
}

// Regex::match's groups for TEXT, searched from FROM.
Groups twin_match(const jtai::Regex& re, const std::string& text, std::size_t from = 0) {
  std::vector<re2::StringPiece> g(static_cast<std::size_t>(re->NumberOfCapturingGroups()) + 1);
  bool found = re.match(text, from, text.size(), re2::RE2::UNANCHORED, g.data(), static_cast<int>(g.size()));
  return render(found, g);
}

// RE2::Match's groups with the pattern itself.
Groups plain_match(const jtai::Regex& re, const std::string& text, std::size_t from = 0) {
  std::vector<re2::StringPiece> g(static_cast<std::size_t>(re->NumberOfCapturingGroups()) + 1);
  bool found = re->Match(text, from, text.size(), re2::RE2::UNANCHORED, g.data(), static_cast<int>(g.size()));
  return render(found, g);
}

jtai::Regex regex(const std::string& pattern) { return jtai::Regex(pattern, re2::RE2::Options()); }

}  // namespace

namespace Catch {
template <>
struct StringMaker<Groups> {
  static std::string convert(const Groups& g) {
    if (!g) return "no match";
    std::string s;
    for (const auto& x : *g) s += "[" + x + "]";
    return s;
  }
};
}  // namespace Catch

TEST_CASE("Regex::match gives the pattern's own groups", "[regex]") {
  const std::string a20(20, 'a'), a25(25, 'a');
  struct Case {
    std::string name, pattern, text;
    Groups want;
  };
  const std::vector<Case> cases = {
      {"the twin's match keeps its bound", "(?P<role>[^,]{2,20}), said", "the chair, said",
       std::vector<std::string>{"the chair, said", "the chair"}},
      {"the twin's match breaks its bound, so the pattern starts later", "(?P<role>[^,]{2,20}), said",
       a25 + ", said", std::vector<std::string>{a20 + ", said", a20}},
      {"a group left out", "(?P<name>[A-Z][a-z]+)(?:, (?P<role>[^,]{2,40}),)? said", "Ann Lee said",
       std::vector<std::string>{"Lee said", "Lee", "-"}},
      {"a lazy repeat", "(?P<role>[^:]{2,30}?):? said:", "head of care: said:",
       std::vector<std::string>{"head of care: said:", "head of care"}},
      {"characters, not bytes", "‘(?P<t>[^’]{2,16})’", "‘" + std::string(5, 'x') + "éééééééééé’",
       std::vector<std::string>{"‘xxxxxéééééééééé’", "xxxxxéééééééééé"}},
      {"too many characters", "‘(?P<t>[^’]{2,16})’", "‘" + std::string(17, 'x') + "’", std::nullopt},
      {"no match at all", "(?P<role>[^,]{2,20}), said", "nothing here", std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    jtai::Regex re = regex(c.pattern);
    CHECK(twin_match(re, c.text) == c.want);
    CHECK(plain_match(re, c.text) == c.want);
  }
}

TEST_CASE("Regex::match gives the attributions' groups at every length of role", "[regex]") {
  const auto& patterns = jtai::Lexicon::builtin().cues.attribution;
  REQUIRE(patterns.size() == 9);
  std::size_t differ = 0, found = 0;
  for (std::size_t length = 0; length <= 130; ++length) {
    std::string role(length, 'x');
    for (const std::string& text :
         {"Ann Lee, " + role + ", said the plan", "said Ann Lee, " + role + ". Then", "Ann Lee, " + role + ":",
          "The " + role + ", Ann Lee, said it", "Ann Lee, " + role + ", said: ok"})
      for (const auto& re : patterns) {
        auto want = plain_match(re, text);
        found += want ? 1 : 0;
        differ += twin_match(re, text) == want ? 0 : 1;
      }
  }
  CHECK(found == 725);
  CHECK(differ == 0);
}
