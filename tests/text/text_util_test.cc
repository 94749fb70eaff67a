// Small UTF-8 and punctuation helpers, named by input.
#include <catch2/catch.hpp>

#include "text/people.h"
#include "text/text_util.h"

TEST_CASE("ends_sentence, starts_upper and starts_lower by input", "[text]") {
  struct Case {
    const char* s;
    bool ends, upper, lower;
  };
  const std::vector<Case> cases = {
      {"A sentence.", true, true, false},
      {"a question?", true, false, true},
      {"\"Quoted.\"", true, true, false},
      {"(Bracketed!)", true, true, false},
      {"A list:", true, true, false},
      {"no end", false, false, true},
      {"2022 figures,", false, true, false},
      {"\xE2\x80\x98" "Curly\xE2\x80\x99", false, true, false},
      {"\xC3\x89" "cole", false, true, false},
      {"", false, false, false},
  };
  for (const auto& c : cases) {
    SECTION(c.s) {
      CHECK(jtai::ends_sentence(c.s) == c.ends);
      CHECK(jtai::starts_upper(c.s) == c.upper);
      CHECK(jtai::starts_lower(c.s) == c.lower);
    }
  }
}

TEST_CASE("fold_space, word_count and split_words by input", "[text]") {
  CHECK(jtai::fold_space("  a \n\t b\f c  ") == "a b c");
  CHECK(jtai::fold_space("") == "");
  CHECK(jtai::word_count("one  two\tthree\nfour") == 4);
  CHECK(jtai::word_count("   ") == 0);
  auto w = jtai::split_words(" ab  cd\te");
  REQUIRE(w.size() == 3);
  CHECK(w[0].offset == 1);
  CHECK(w[1].text == "cd");
  CHECK(w[2].offset == 8);
  CHECK(jtai::join({"a", "b", "c"}, "; ") == "a; b; c");
  CHECK(jtai::ascii_lower("MiXeD \xC3\x89") == "mixed \xC3\x89");
}

TEST_CASE("has_words by input and count", "[text]") {
  struct Case {
    std::string_view text;
    int n;
    bool want;
  };
  const Case cases[] = {
      {"one  two\tthree\nfour", 4, true}, {"one  two\tthree\nfour", 5, false}, {" one two ", 2, true},
      {" one two ", 3, false},           {"", 0, true},                     {"", 1, false},
      {"   ", 1, false},                 {"word", 1, true},                 {"a b c d e f g", 6, true},
  };
  for (const auto& c : cases) {
    INFO(c.text << " / " << c.n);
    CHECK(jtai::has_words(c.text, c.n) == c.want);
    CHECK(jtai::has_words(c.text, c.n) == (jtai::word_count(c.text) >= c.n));
  }
}

TEST_CASE("decode_utf8 and last_code_point by input", "[text]") {
  std::size_t n = 0;
  CHECK(jtai::decode_utf8("a", 0, &n) == U'a');
  CHECK(n == 1);
  CHECK(jtai::decode_utf8("\xE2\x80\x99", 0, &n) == U'\u2019');
  CHECK(n == 3);
  CHECK(jtai::decode_utf8("\xF0\x9F\x98\x80", 0, &n) == U'\U0001F600');
  CHECK(n == 4);
  CHECK(jtai::decode_utf8("\xE2\x80", 0, &n) == 0xE2);  // cut short: one byte
  CHECK(n == 1);
  CHECK(jtai::last_code_point("end\xE2\x80\x9D") == U'\u201D');
  CHECK(jtai::last_code_point("") == 0);
}

TEST_CASE("trim_chars by input", "[text]") {
  CHECK(jtai::trim_chars(" , Director , ", jtai::kSeparators) == "Director");
  CHECK(jtai::trim_chars("\xE2\x80\x93 Ofsted \xE2\x80\x93", jtai::kSeparators) == "Ofsted");
  CHECK(jtai::trim_chars("\xE2\x80\x99s role", jtai::kSeparators) == "\xE2\x80\x99s role");
  CHECK(jtai::trim_chars("---", jtai::kSeparators) == "");
}
