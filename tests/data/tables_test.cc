// Data tables: parsing with line and column numbers, and pattern diagnostics.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "data/builtin_data.h"
#include "data/lexicon.h"
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

TEST_CASE("a prechecked table's patterns are not parsed until first used", "[tables]") {
  auto t = jtai::parse_table("data/x.tsv", "kind\tbad(\n");
  t.prechecked = true;
  jtai::Regex re = jtai::compile_pattern(t, t.rows[0], 1, {});
  REQUIRE(re != nullptr);
  CHECK(re.pattern() == "bad(");
  CHECK_THROWS_AS(*re, std::runtime_error);
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
  // Each table the lexicon reads is embedded and, with every check a data folder's
  // tables get, loads into a lexicon: this is what lets a run skip parsing them.
  auto checked = [](std::string_view n) {
    jtai::Table t = jtai::builtin_table(n);
    CHECK(t.prechecked);
    t.prechecked = false;
    return t;
  };
  CHECK_NOTHROW(jtai::Lexicon::load(checked));
  for (const auto& name : jtai::Lexicon::table_names()) {
    SECTION(name) {
      REQUIRE(jtai::builtin_file(name));
      CHECK_FALSE(jtai::builtin_table(name).rows.empty());
    }
  }
  SECTION("every embedded table is read by the lexicon") {
    auto names = jtai::Lexicon::table_names();
    for (const auto& f : jtai::builtin_files()) {
      std::string n(f.name);
      // report/ tables are the HTML report's (src/report), read and tested there.
      if (n.size() > 4 && n.substr(n.size() - 4) == ".tsv" && n.rfind("report/", 0) != 0)
        CHECK(std::find(names.begin(), names.end(), n) != names.end());
    }
  }
}

TEST_CASE("a table from a folder replaces the built-in one and reports file:line:col", "[tables]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "jtai-tables-test";
  fs::remove_all(dir);
  fs::create_directories(dir / "layout");
  {
    std::ofstream(dir / "layout/bullets.tsv") << "# markers\n~\t1\tnote\n";
  }
  jtai::Lexicon lx = jtai::Lexicon::load(jtai::folder_tables(dir.string()));
  REQUIRE(lx.bullets.size() == 1);
  CHECK(lx.bullets[0].marker == "~");
  CHECK(lx.headings.size() == jtai::Lexicon::builtin().headings.size());
  {
    std::ofstream(dir / "layout/bullets.tsv") << "~\tone\n";
  }
  try {
    jtai::Lexicon::load(jtai::folder_tables(dir.string()));
    FAIL("no error");
  } catch (const jtai::DataError& e) {
    CHECK(std::string(e.what()) == (dir / "layout/bullets.tsv").string() + ":1:3: expected a number, found 'one'");
    CHECK(e.diagnostic().source_line == "~\tone");
  }
  {
    std::ofstream(dir / "layout/bullets.tsv") << "-\t1\n";
    std::ofstream(dir / "letter_metadata.tsv") << "x\n";
    fs::create_directories(dir / "letter");
    std::ofstream(dir / "letter/metadata.tsv") << "titel\tJoint.*\n";
  }
  try {
    jtai::Lexicon::load(jtai::folder_tables(dir.string()));
    FAIL("no error");
  } catch (const jtai::DataError& e) {
    CHECK(std::string(e.what()).find("letter/metadata.tsv:1:1: unknown field 'titel'") != std::string::npos);
  }
  fs::remove_all(dir);
}

TEST_CASE("try_compile parses a pattern now and compiles it when first used", "[tables]") {
  std::string error;
  auto word = jtai::try_compile("said|told", {.case_insensitive = true, .word_bounded = true}, &error);
  REQUIRE(word != nullptr);
  CHECK(word.pattern() == "\\b(?:said|told)\\b");
  CHECK(re2::RE2::PartialMatch("she SAID so", *word));
  CHECK_FALSE(re2::RE2::PartialMatch("unsaid", *word));
  CHECK(jtai::try_compile("bad(", {}, &error) == nullptr);
  CHECK(error == "missing ): bad(");
  // It parses, but its program is beyond RE2's memory: that shows only when it is used.
  auto huge = jtai::try_compile("\\pL{1000}", {}, &error);
  REQUIRE(huge != nullptr);
  CHECK_THROWS_AS(huge->ok(), std::runtime_error);
}
