// Data tables: parsing with line and column numbers, and pattern diagnostics.
#include <catch2/catch.hpp>

#include "jtai/errors.h"
#include "data/tables.h"

TEST_CASE("parse_table skips comments and blank lines and keeps line numbers", "[tables]") {
  auto t = jtai::parse_table("x.tsv", "# comment\n\na\tb\n  \nc\td\te\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 3);
  CHECK(t.rows[0].at(1) == "b");
  CHECK(t.rows[1].line == 5);
  CHECK(t.rows[1].fields[2].col == 5);
  CHECK(t.rows[1].at(7).empty());
}

TEST_CASE("compile_pattern reports file:line:col of a bad pattern", "[tables]") {
  auto t = jtai::parse_table("data/x.tsv", "# c\nkind\tgood\nkind\tbad(\n");
  CHECK(jtai::compile_pattern(t, t.rows[0], 1, {}) != nullptr);
  try {
    jtai::compile_pattern(t, t.rows[1], 1, {});
    FAIL("no error");
  } catch (const jtai::DataError& e) {
    CHECK(std::string(e.what()) == "data/x.tsv:3:6: bad pattern: missing ): bad(");
  }
}

TEST_CASE("require_fields names the missing field", "[tables]") {
  auto t = jtai::parse_table("data/y.tsv", "only\n");
  try {
    jtai::require_fields(t, t.rows[0], 2);
    FAIL("no error");
  } catch (const jtai::DataError& e) {
    CHECK(std::string(e.what()) == "data/y.tsv:1:5: expected 2 tab-separated fields, found 1");
  }
}

TEST_CASE("every built-in table compiles", "[tables]") {
  for (const char* name : {"layout/bullets.tsv", "layout/furniture.tsv", "layout/headings.tsv", "areas.tsv",
                           "letter/metadata.tsv", "lexicon/polarity.tsv", "lexicon/people.tsv"}) {
    SECTION(name) { CHECK_FALSE(jtai::builtin_table(name).rows.empty()); }
  }
}
