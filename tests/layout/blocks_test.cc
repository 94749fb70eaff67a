// Block lists: texts and pieces of the blocks built line by line, named by input.
#include <catch2/catch.hpp>

#include "layout/blocks.h"
#include "test_util.h"

namespace {

using jtai::BlockKind;
using jtai::BlockList;
using jtai::ByteSpan;

// One block per entry of GROUPS, each made of those lines of TEXT (KEEP says whether it stays).
struct Group {
  std::vector<std::size_t> lines;
  bool keep = true;
};

BlockList build(const std::string& text, const std::vector<jtai::Line>& lines, const std::vector<Group>& groups) {
  BlockList out;
  for (const auto& g : groups) {
    out.open(BlockKind::kParagraph, g.lines.front());
    for (std::size_t i : g.lines) out.append(text, lines[i], i, lines[i].text_begin);
    out.close(g.keep);
  }
  return out;
}

}  // namespace

TEST_CASE("blocks: texts, spans and pages by input", "[blocks]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<Group> groups;
    std::vector<std::string> texts;
    std::vector<std::vector<ByteSpan>> spans;
    std::vector<std::vector<int>> pages;
  };
  const std::vector<Case> cases = {
      {"one line", "Leaders act.\n", {{{0}}}, {"Leaders act."}, {{{0, 12}}}, {{1}}},
      {"two lines joined by a space", "Leaders act\n  quickly.\n", {{{0, 1}}},
       {"Leaders act quickly."}, {{{0, 22}}}, {{1}}},
      {"a blank line between two pieces still joins them", "One\n\nTwo\n", {{{0, 1, 2}}}, {"One Two"}, {{{0, 8}}}, {{1}}},
      {"a page break between pieces", "One\n\fTwo\n", {{{0, 1}}}, {"One Two"}, {{{0, 8}}}, {{1, 2}}},
      {"three blocks, the middle left out", "One.\nTwo.\nThree.\n", {{{0}}, {{1}, false}, {{2}}},
       {"One.", "Three."}, {{{0, 4}}, {{10, 16}}}, {{1}, {1}}},
      {"a line of white space adds nothing", "One.\n   \nTwo.\n", {{{0}}, {{1}}, {{2}}},
       {"One.", "", "Two."}, {{{0, 4}}, {}, {{9, 13}}}, {{1}, {}, {1}}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto lines = jtai::split_lines(c.text);
      BlockList list = build(c.text, lines, c.groups);
      REQUIRE(list.size() == c.texts.size());
      std::size_t i = 0;
      for (const jtai::Block b : list) {
        CHECK(b.text == c.texts[i]);
        CHECK(b.spans() == c.spans[i]);
        CHECK(b.pages() == c.pages[i]);
        ++i;
      }
    }
  }
}

TEST_CASE("blocks: a piece where white space is not all that lies before it does not join", "[blocks]") {
  std::string text = "- One\n- two\n";
  auto lines = jtai::split_lines(text);
  BlockList list;
  list.open(BlockKind::kBullet, 0);
  list.append(text, lines[0], 0, lines[0].text_begin + 2);
  list.append(text, lines[1], 1, lines[1].text_begin + 2);
  list.close(true);
  REQUIRE(list.size() == 1);
  CHECK(list[0].text == "One two");
  CHECK(list[0].spans() == std::vector<ByteSpan>{{2, 5}, {8, 11}});
  CHECK(list[0].first_line == 0);
  CHECK(list[0].last_line == 1);
  CHECK(list[0].pieces[1].text_begin == 4);
}

TEST_CASE("blocks: the open block and the closed ones beside it", "[blocks]") {
  std::string text = "Heading\nBody text.\n";
  auto lines = jtai::split_lines(text);
  BlockList list;
  list.open(BlockKind::kHeading, 0);
  list.append(text, lines[0], 0, lines[0].text_begin);
  list.close(true);
  list.open(BlockKind::kParagraph, 1);
  list.append(text, lines[1], 1, lines[1].text_begin);
  CHECK(list.is_open());
  CHECK(list.size() == 1);
  CHECK(list.back().text == "Heading");
  CHECK(list.back().kind == BlockKind::kHeading);
  CHECK(list.current().text == "Body text.");
  list.open(BlockKind::kParagraph, 1);  // opening again leaves the open block out
  CHECK(list.current().text.empty());
  list.close(false);
  CHECK(list.size() == 1);
  CHECK(list.back().text == "Heading");
}

TEST_CASE("blocks: a block copied from another list", "[blocks]") {
  std::string text = "One line\nand its end.\n";
  auto lines = jtai::split_lines(text);
  BlockList from = build(text, lines, {{{0, 1}}});
  BlockList to;
  to.push(from[0]);
  to.push(from[0]);
  REQUIRE(to.size() == 2);
  for (const jtai::Block b : to) {
    CHECK(b.text == "One line and its end.");
    CHECK(b.spans() == std::vector<ByteSpan>{{0, 21}});
    CHECK(b.pieces.size() == 2);
    CHECK(b.first_line == 0);
    CHECK(b.last_line == 1);
  }
}
