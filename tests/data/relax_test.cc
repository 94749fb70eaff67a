// relax_repeats: the twin of a pattern with its long repeats of one character open, the
// twin's group for each of the pattern's, and the bound to check on each new group.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "data/relax.h"

namespace {

struct Twin {
  std::string pattern;
  std::vector<int> groups;
  std::vector<std::pair<int, int>> repeats;  // (group, max)
  bool operator==(const Twin&) const = default;
};

std::optional<Twin> twin_of(const std::string& pattern, int min_upper) {
  auto r = jtai::relax_repeats(pattern, min_upper);
  if (!r) return std::nullopt;
  Twin t{r->pattern, r->groups, {}};
  for (const auto& rep : r->repeats) t.repeats.emplace_back(rep.group, rep.max);
  return t;
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<std::optional<Twin>> {
  static std::string convert(const std::optional<Twin>& t) {
    if (!t) return "none";
    std::string s = "'" + t->pattern + "' groups";
    for (int g : t->groups) s += " " + std::to_string(g);
    s += " repeats";
    for (const auto& [g, max] : t->repeats) s += " " + std::to_string(g) + "<=" + std::to_string(max);
    return s;
  }
};
}  // namespace Catch

TEST_CASE("relax_repeats opens each long repeat of one character in a group of its own", "[relax]") {
  struct Case {
    std::string name, pattern;
    std::optional<Twin> want;
  };
  const std::vector<Case> cases = {
      {"a class", "[^,]{2,120}", Twin{"([^,]{2,})", {0}, {{1, 120}}}},
      {"a role inside named and optional groups", "(?P<name>[A-Z][a-z]+)(?:, (?P<role>[^,\"“‘]{2,120}),)? said",
       Twin{"(?P<name>[A-Z][a-z]+)(?:, (?P<role>([^,\"“‘]{2,})),)? said", {0, 1, 2}, {{3, 120}}}},
      {"a lazy repeat stays lazy", "(?P<role>[^:]{2,120}?):", Twin{"(?P<role>([^:]{2,}?)):", {0, 1}, {{2, 120}}}},
      {"a group after the repeat moves up one", "a{2,40}(b)", Twin{"(a{2,})(b)", {0, 2}, {{1, 40}}}},
      {"two repeats around a named group", "[a]{2,20}(?P<n>b)[c]{1,30}",
       Twin{"([a]{2,})(?P<n>b)([c]{1,})", {0, 2}, {{1, 20}, {3, 30}}}},
      {"an optional group keeps one pass", "(?:x[^,]{2,120})?", Twin{"(?:x([^,]{2,}))?", {0}, {{1, 120}}}},
      {"a property escape", "\\pL{3,60}", Twin{"(\\pL{3,})", {0}, {{1, 60}}}},
      {"a named property", "\\p{Greek}{3,60}", Twin{"(\\p{Greek}{3,})", {0}, {{1, 60}}}},
      {"a hex escape", "x\\x{2019}{1,20}", Twin{"x(\\x{2019}{1,})", {0}, {{1, 20}}}},
      {"a UTF-8 literal", "a’{1,20}", Twin{"a(’{1,})", {0}, {{1, 20}}}},
      {"a class with ] first and a named class", "[]a[:alpha:]]{2,30}", Twin{"([]a[:alpha:]]{2,})", {0}, {{1, 30}}}},
      {"a brace that starts no count", "a{x}[b]{2,20}", Twin{"a{x}([b]{2,})", {0}, {{1, 20}}}},
      {"flags before", "(?i)[a-z]{2,20}", Twin{"(?i)([a-z]{2,})", {0}, {{1, 20}}}},
      {"an escaped bracket inside a class", "[^\\]]{0,80}(x)", Twin{"([^\\]]{0,})(x)", {0, 2}, {{1, 80}}}},
      {"short repeats stay", "[a-z]{1,6}x{0,15}", std::nullopt},
      {"an exact count stays", "[a-z]{20}", std::nullopt},
      {"open repeats stay", "[a-z]{2,}x+y*", std::nullopt},
      {"inside a repeated group", "(?:x[^,]{2,120})+", std::nullopt},
      {"inside a group repeated by count", "(?:x[^,]{2,120}){1,2}", std::nullopt},
      {"a repeated group", "(?:ab){2,40}", std::nullopt},
      {"an empty escape", "\\b{2,40}", std::nullopt},
      {"quoted text", "\\Qa{2,40}\\E[a]{2,40}", std::nullopt},
      {"a reference", "(?P=n)[a]{2,40}", std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.name);
    CHECK(twin_of(c.pattern, 16) == c.want);
  }
}
