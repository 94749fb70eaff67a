// PDF geometry: line boxes from word boxes, and the blocks the segmenter reads from them,
// named by input. Pages are built by hand: each row of text is a line at a given height,
// every character 6 points wide, so a row of 82 to 85 characters fills the column.
#include <catch2/catch.hpp>

#include "data/lexicon.h"
#include "layout/geometry.h"
#include "layout/segment.h"
#include "test_util.h"

namespace {

using jtai::test::block_summary;
using Blocks = std::vector<std::string>;

constexpr double kCharWidth = 6;

struct Row {
  std::string text;
  double top;
  double size = 12;
  const char* font = "ABCDEE+Tahoma";
  int page = 1;
  double left = 72;
};

struct Page {
  std::string text;
  std::vector<jtai::Line> lines;
  jtai::Segmentation seg;
};

Page lay_out(const std::vector<Row>& rows) {
  Page p;
  std::vector<jtai::WordBox> words;
  int page = 1;
  for (const auto& r : rows) {
    if (r.page != page) {
      p.text += "\f";
      page = r.page;
    }
    std::size_t start = p.text.size();
    p.text += r.text + "\n";
    std::size_t b = 0;
    while (b < r.text.size()) {
      std::size_t e = r.text.find(' ', b);
      if (e == std::string::npos) e = r.text.size();
      double left = r.left + kCharWidth * static_cast<double>(b);
      words.push_back({start + b, start + e, r.page, left, r.top, left + kCharWidth * static_cast<double>(e - b),
                       r.top + r.size, r.size, r.font});
      b = e + 1;
    }
  }
  p.lines = jtai::split_lines(p.text);
  jtai::attach_boxes(&p.lines, words, jtai::Lexicon::builtin().bold_faces);
  p.seg = jtai::segment(p.text, p.lines, jtai::Lexicon::builtin());
  return p;
}

// Body lines: each fills the column (82 to 85 characters), the second and fourth end a sentence.
const char* const kFull1 = "Leaders have a clear view of the work of the partnership and its effect on children";
const char* const kFull2 = "and they know where practice needs to improve across all of the agencies in the area.";
const char* const kFull3 = "Practitioners in the front door share information well and decide quickly together";
const char* const kFull4 = "about what help children need, and they record the reasons for their decisions well.";
const char* const kBold = "ABCDEE+Tahoma-Bold";

}  // namespace

TEST_CASE("geometry: blocks of a PDF page by input", "[geometry]") {
  struct Case {
    const char* name;
    std::vector<Row> rows;
    Blocks blocks;
  };
  const std::string p1 = std::string(kFull1) + " " + kFull2;
  const std::string p2 = std::string(kFull3) + " " + kFull4;
  const std::vector<Case> cases = {
      {"full line ending a sentence, normal spacing: one paragraph",
       {{kFull1, 100}, {kFull2, 114}, {kFull3, 128}, {kFull4, 142}, {kFull1, 156}, {kFull2, 170}, {kFull3, 184},
        {kFull4, 198}},
       {"P:" + p1 + " " + p2 + " " + p1 + " " + p2}},
      {"gap larger than the line spacing: two paragraphs",
       {{kFull1, 100}, {kFull2, 114}, {kFull3, 128}, {kFull4, 142}, {kFull1, 170}, {kFull2, 184}, {kFull3, 198},
        {kFull4, 212}},
       {"P:" + p1 + " " + p2, "P:" + p1 + " " + p2}},
      {"short line: the paragraph ends there",
       {{kFull1, 100}, {kFull2, 114}, {"Short.", 128}, {kFull3, 142}, {kFull4, 156}, {kFull1, 170}, {kFull2, 184},
        {kFull3, 198}, {kFull4, 212}},
       {"P:" + p1 + " Short.", "P:" + p2 + " " + p1 + " " + p2}},
      {"indented line after a full line: a new paragraph",
       {{kFull1, 100}, {kFull2, 114}, {kFull3, 128}, {kFull4, 142}, {kFull1, 156, 12, "ABCDEE+Tahoma", 1, 96},
        {kFull2, 170}, {kFull3, 184}, {kFull4, 198}},
       {"P:" + p1 + " " + p2, "P:" + p1 + " " + p2}},
      {"bold line standing alone is a heading, two bold lines one heading",
       {{"Practice study: highly effective", 100, 12, kBold}, {"practice", 114, 12, kBold}, {kFull1, 136},
        {kFull2, 150}, {kFull3, 164}, {kFull4, 178}, {kFull1, 192}, {kFull2, 206}, {kFull3, 220}, {kFull4, 234}},
       {"H:Practice study: highly effective practice", "P:" + p1 + " " + p2 + " " + p1 + " " + p2}},
      {"full line at a page end: the paragraph runs on over the page",
       {{kFull1, 100}, {kFull2, 114}, {kFull3, 128}, {kFull4, 142}, {kFull1, 156}, {kFull3, 100, 12, "ABCDEE+Tahoma", 2},
        {kFull4, 114, 12, "ABCDEE+Tahoma", 2}, {kFull1, 128, 12, "ABCDEE+Tahoma", 2},
        {kFull2, 142, 12, "ABCDEE+Tahoma", 2}},
       {"P:" + p1 + " " + p2 + " " + kFull1 + " " + p2 + " " + p1}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(block_summary(lay_out(c.rows).seg) == c.blocks); }
  }
}

TEST_CASE("geometry: line boxes and page measures", "[geometry]") {
  Page p = lay_out({{kFull1, 100}, {kFull2, 114}, {kFull3, 128}, {kFull4, 142}, {"Strengths", 170, 12, kBold},
                    {kFull1, 184}, {kFull2, 198}, {kFull3, 212}, {kFull4, 226}});
  SECTION("first line") {
    REQUIRE(p.lines[0].box);
    CHECK(p.lines[0].box->left == 72);
    CHECK(p.lines[0].box->right == 72 + 6 * 83);
    CHECK(p.lines[0].box->first_word == 6 * 7);
    CHECK(p.lines[0].box->words == 16);
    CHECK_FALSE(p.lines[0].box->bold);
  }
  SECTION("bold line") { CHECK(p.lines[4].box->bold); }
  SECTION("measures") {
    auto m = jtai::measure_pages(p.lines);
    CHECK(m.known);
    CHECK(m.body_size == 12);
    CHECK(m.pitch == 14);
    CHECK(m.column_right == 72 + 6 * 85);  // the longest but one of the eight full lines
  }
}

TEST_CASE("geometry: a footnote in smaller type at the foot of the page", "[geometry]") {
  Page p = lay_out({{kFull1, 100}, {kFull2, 114}, {kFull3, 128}, {kFull4, 142}, {kFull1, 156}, {kFull2, 170},
                    {kFull3, 184}, {kFull4, 198}, {kFull1, 212},
                    {"1 This joint inspection was conducted under section 20.", 760, 10},
                    {kFull3, 100, 12, "ABCDEE+Tahoma", 2}, {kFull4, 114, 12, "ABCDEE+Tahoma", 2}});
  REQUIRE(p.seg.footnotes.size() == 1);
  CHECK(p.seg.footnotes[0].text == "This joint inspection was conducted under section 20.");
  CHECK(p.text.substr(p.seg.footnotes[0].span.begin, p.seg.footnotes[0].span.end - p.seg.footnotes[0].span.begin) ==
        "This joint inspection was conducted under section 20.");
  CHECK(p.seg.blocks.size() == 1);  // the paragraph runs on over the note and the page break
}

TEST_CASE("geometry: a page that ends on a sentence end before a capital", "[geometry]") {
  Page p = lay_out({{kFull1, 100}, {kFull2, 114}, {kFull3, 128}, {kFull4, 142}, {kFull1, 156}, {kFull2, 170},
                    {kFull3, 184}, {kFull4, 198}, {"1 This joint inspection was conducted under section 20.", 760, 10},
                    {kFull3, 100, 12, "ABCDEE+Tahoma", 2}, {kFull4, 114, 12, "ABCDEE+Tahoma", 2}});
  REQUIRE(p.seg.blocks.size() == 2);  // the last line is full either way: the page end decides
  CHECK(p.seg.blocks[1].text == std::string(kFull3) + " " + kFull4);
}
