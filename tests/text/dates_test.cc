// Dates written out in text, named by input.
#include <catch2/catch.hpp>

#include "data/lexicon.h"
#include "text/dates.h"

TEST_CASE("iso_date by input", "[dates]") {
  struct Case {
    const char *day, *month, *year, *want;
  };
  const std::vector<Case> cases = {
      {"9", "November", "2018", "2018-11-09"},   {"1", "Sept", "2019", "2019-09-01"},
      {"29", "February", "2020", "2020-02-29"},  {"29", "February", "2019", "-"},
      {"31", "April", "2021", "-"},              {"0", "May", "2021", "-"},
      {"", "March", "2022", "2022-03"},          {"12", "Smarch", "2022", "-"},
      {"12", "May", "22", "-"},                  {"123", "May", "2022", "-"},
      {"31", "dec", "2023", "2023-12-31"},       {"1", "Jan", "20x3", "-"},
  };
  for (const auto& c : cases) {
    SECTION(std::string(c.day) + " " + c.month + " " + c.year) {
      auto d = jtai::iso_date(c.day, c.month, c.year, jtai::Lexicon::builtin());
      CHECK(d.value_or("-") == c.want);
    }
  }
}

TEST_CASE("date_range by input", "[dates]") {
  re2::RE2 re("(?P<d1>\\d+)(?: (?P<m1>[A-Z][a-z]+))?(?: (?P<y1>\\d{4}))? to (?P<d2>\\d+) (?P<m2>[A-Z][a-z]+)(?: (?P<y2>\\d{4}))?");
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"24 to 28 September 2018", "", "2018-09-24..2018-09-28"},
      {"28 February to 4 March 2022", "", "2022-02-28..2022-03-04"},
      {"30 December 2019 to 3 January 2020", "", "2019-12-30..2020-01-03"},
      {"24 to 28 September", "2017", "2017-09-24..2017-09-28"},
      {"24 to 28 September", "", "-"},
      {"30 to 31 February 2022", "", "-"},
  };
  for (const auto& [text, year, want] : cases) {
    SECTION(text + " / " + year) {
      std::vector<re2::StringPiece> g;
      REQUIRE(jtai::search(re, text, &g));
      auto r = jtai::date_range(re, g, year, jtai::Lexicon::builtin());
      CHECK((r ? r->start + ".." + r->end : std::string("-")) == want);
    }
  }
}
