// Segmenter: blocks, furniture and spans, named by input.
#include <catch2/catch.hpp>

#include "test_util.h"

using jtai::test::block_summary;
using jtai::test::stage;
using Blocks = std::vector<std::string>;

TEST_CASE("segment: blocks by input", "[segment]") {
  struct Case {
    const char* name;
    const char* text;
    Blocks blocks;
  };
  const std::vector<Case> cases = {
      {"seed paragraphs separated by blank lines", "First paragraph here.\n\nSecond paragraph here.\n",
       {"P:First paragraph here.", "P:Second paragraph here."}},
      {"pdftotext wrapped lines rejoined", "This letter sets out the findings of\nthe inspection in full.\n",
       {"P:This letter sets out the findings of the inspection in full."}},
      {"pdftotext paragraph break read from a sentence end", "Leaders work well together.\nThe partnership is strong.\n",
       {"P:Leaders work well together.", "P:The partnership is strong."}},
      {"hyphen bullets", "Key Strengths\n\n- One strength.\n- Two strength.\n",
       {"H:Key Strengths", "B:One strength.", "B:Two strength."}},
      {"pdftotext bullet with wrapped lines and sentence ends", "Strengths\n\xEF\x81\xAE First line of\nthe bullet. Next sentence.\nStill the bullet.\n",
       {"H:Strengths", "B:First line of the bullet. Next sentence. Still the bullet."}},
      {"marker alone on its line", "Key Strengths\n\xEF\x81\xAE\n\nText of the bullet\nwraps here.\n",
       {"H:Key Strengths", "B:Text of the bullet wraps here."}},
      {"sub-points stay in their bullet", "\xE2\x97\xBC Leaders need to act. This includes:\n\xE2\x88\x92 ensuring capacity\n\xE2\x88\x92 ensuring audit.\n",
       {"B:Leaders need to act. This includes: \xE2\x88\x92 ensuring capacity \xE2\x88\x92 ensuring audit."}},
      {"bullet carried over a page break with logo furniture",
       "- Children have access to services. This includes services\n\n\n\nCare Quality\nCommission\n\n\n\ncommissioned by the PCC.\n",
       {"B:Children have access to services. This includes services commissioned by the PCC."}},
      {"paragraph carried over a page number and form feed", "Inspectors found that risk was\n\n3\n\n\fwell understood by agencies.\n",
       {"P:Inspectors found that risk was well understood by agencies."}},
      {"footnote at the page end is furniture",
       "In a significant proportion of cases,\n\n1\n\nThis joint inspection was conducted under section 20.\n1\n\n\fthere were risk factors.\n",
       {"P:In a significant proportion of cases, there were risk factors."}},
      {"superscript footnote line is furniture", "Inspectors\n\n\xC2\xB9 This joint inspection was conducted.\n\nalso evaluated it.\n",
       {"P:Inspectors also evaluated it."}},
      {"short line after a sentence end is a sub-heading", "The end of a paragraph.\nLeadership and management\nLeaders are strong.\n",
       {"P:The end of a paragraph.", "H:Leadership and management", "P:Leaders are strong."}},
      {"short last line without a full stop is not a heading", "vulnerable families meetings were not\nin place\n- Next bullet.\n",
       {"P:vulnerable families meetings were not in place", "B:Next bullet."}},
      {"known heading after text without a full stop", "- last bullet without stop\nCase study: area for improvement\nKyle is 17.\n",
       {"B:last bullet without stop", "H:Case study: area for improvement", "P:Kyle is 17."}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(block_summary(stage(c.text).seg) == c.blocks); }
  }
}

// Nine full lines of one width make a column: their sentence ends are not paragraph ends.
std::string full_lines(const char* last) {
  std::string s;
  for (int i = 0; i < 8; ++i) s += "The partnership works well with children and families in the area and it\n";
  return s + last + "\n";
}

TEST_CASE("segment: a page that ends on a sentence end", "[segment]") {
  SECTION("before a capital on the next page: the paragraph ends") {
    auto s = stage(full_lines("works well with the children and families in this area, all of them.") +
                   "4\n\n\fChildren wait too long for help.\n");
    REQUIRE(s.seg.blocks.size() == 2);
    CHECK(s.seg.blocks[1].text == "Children wait too long for help.");
  }
  SECTION("on the same page: the full line goes on") {
    auto s = stage(full_lines("works well with the children and families in this area, all of them.") +
                   "Children wait too long for help.\n");
    CHECK(s.seg.blocks.size() == 1);
  }
  SECTION("in a bullet: the bullet goes on") {
    auto s = stage("- " + full_lines("works well with the children and families in this area, all of them.") +
                   "4\n\n\fChildren wait too long for help.\n");
    REQUIRE(s.seg.blocks.size() == 1);
    CHECK(s.seg.blocks[0].kind == jtai::BlockKind::kBullet);
  }
  SECTION("before a lower-case word: the sentence goes on") {
    auto s = stage(full_lines("works well with the children and families in this area, all of them.") +
                   "4\n\n\fand more.\n");
    CHECK(s.seg.blocks.size() == 1);
  }
}

TEST_CASE("segment: a short line that ends on a comma or semicolon", "[segment]") {
  // The column is measured from the full lines before; the short line would end a
  // paragraph by its width alone.
  const std::string column = full_lines("works well with the children and families in this area, all of them.");
  struct Case {
    const char* name;
    const char* line;
    const char* last_block;
  };
  const std::vector<Case> cases = {
      {"comma: the paragraph goes on", "The board has no SMART (Specific,\n",
       "The board has no SMART (Specific, Measurable targets are set."},
      {"semicolon: the paragraph goes on", "The board has no plans;\n", "The board has no plans; Measurable targets are set."},
      {"full stop: the paragraph ends", "The board has no plans.\n", "Measurable targets are set."},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto s = stage(column + c.line + "Measurable targets are set.\n");
      REQUIRE(!s.seg.blocks.empty());
      CHECK(s.seg.blocks.back().text == c.last_block);
    }
  }
}

TEST_CASE("segment: spans cover exactly the block text", "[segment]") {
  auto s = stage("- Children have access to services. This includes services\n\n\n\nCare Quality\nCommission\n\n\n\ncommissioned by the PCC.\n");
  REQUIRE(s.seg.blocks.size() == 1);
  const auto& b = s.seg.blocks[0];
  REQUIRE(b.spans().size() == 2);
  CHECK(b.spans()[0] == jtai::ByteSpan{2, 58});
  CHECK(s.text.substr(b.spans()[1].begin, b.spans()[1].end - b.spans()[1].begin) == "commissioned by the PCC.");
}

TEST_CASE("segment: content leaves out furniture", "[segment]") {
  auto s = stage("Para one.\n\n2\n\n\fPara two.\n");
  CHECK(s.seg.content == std::vector<jtai::ByteSpan>{{0, 9}, {15, 24}});
  CHECK(s.seg.roles == std::vector<jtai::LineRole>{jtai::LineRole::kText, jtai::LineRole::kBlank,
                                                    jtai::LineRole::kFurniture, jtai::LineRole::kBlank,
                                                    jtai::LineRole::kText});
}

TEST_CASE("segment: pages of a block", "[segment]") {
  auto s = stage("Risk was\n\n3\n\n\fwell understood.\n");
  REQUIRE(s.seg.blocks.size() == 1);
  CHECK(s.seg.blocks[0].pages() == std::vector<int>{1, 2});
}
