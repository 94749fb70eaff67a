// The shared sentence splitter, named by input.
#include <catch2/catch.hpp>

#include "data/lexicon.h"
#include "text/sentences.h"

namespace {

std::vector<std::string> split(std::string_view s) {
  std::vector<std::string> out;
  for (auto [b, e] : jtai::sentences(s, jtai::Lexicon::builtin())) out.emplace_back(s.substr(b, e - b));
  return out;
}

}  // namespace

TEST_CASE("sentences by input", "[sentences]") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"", {}},
      {"   ", {}},
      {"No full stop at the end", {"No full stop at the end"}},
      {"Two sentences. The second one.", {"Two sentences.", "The second one."}},
      {"Is it? Yes! Done", {"Is it?", "Yes!", "Done"}},
      {"  Spaces around   are left out.   Next.  ", {"Spaces around   are left out.", "Next."}},
      {"It ended. 2020 was hard.", {"It ended.", "2020 was hard."}},
      {"Rates rose by 2.5 per cent. e.g. not here.", {"Rates rose by 2.5 per cent. e.g. not here."}},
      {"Ask Mr. Jones today. He knows.", {"Ask Mr. Jones today.", "He knows."}},
      {"J. K. Rowling wrote it. Then she left.", {"J. K. Rowling wrote it.", "Then she left."}},
      {"He said \"it works.\" Then he left.", {"He said \"it works.\"", "Then he left."}},
      {"They said \xE2\x80\x98it works.\xE2\x80\x99) Then left.", {"They said \xE2\x80\x98it works.\xE2\x80\x99)", "Then left."}},
      {"It ended. \xE2\x80\x9CNext,\xE2\x80\x9D she said.", {"It ended.", "\xE2\x80\x9CNext,\xE2\x80\x9D she said."}},
      {"A full stop.No space after it.", {"A full stop.No space after it."}},
  };
  for (const auto& [text, want] : cases) {
    SECTION(text) { CHECK(split(text) == want); }
  }
}

TEST_CASE("sentence offsets by input", "[sentences]") {
  auto got = jtai::sentences("  One.  Two.", jtai::Lexicon::builtin());
  REQUIRE(got.size() == 2);
  CHECK(got[0].begin == 2);
  CHECK(got[0].end == 6);
  CHECK(got[1].begin == 8);
  CHECK(got[1].end == 12);
}

TEST_CASE("sentence closers by code point", "[sentences]") {
  const std::vector<std::pair<char32_t, bool>> cases = {
      {U'"', true}, {U'\'', true}, {U')', true}, {U'\u201D', true}, {U'\u2019', true},
      {U'\u201C', false}, {U'(', false}, {U'.', false}, {U'a', false},
  };
  for (const auto& [c, want] : cases) {
    SECTION("U+" + std::to_string(static_cast<unsigned>(c))) { CHECK(jtai::is_sentence_closer(c) == want); }
  }
}
