// Furniture of text input: running lines and footnotes, named by input.
#include <catch2/catch.hpp>

#include "test_util.h"

using jtai::test::block_summary;
using jtai::test::stage;
using Blocks = std::vector<std::string>;

TEST_CASE("furniture: running lines by input", "[furniture]") {
  struct Case {
    const char* name;
    const char* text;
    Blocks blocks;
  };
  const std::vector<Case> cases = {
      {"running header on every page is dropped",
       "Inspection of Testshire: 1 May 2023\nFirst page text.\n\fInspection of Testshire: 1 May 2023\nSecond page text.\n"
       "\fInspection of Testshire: 1 May 2023\nThird page text.\n",
       {"P:First page text.", "P:Second page text.", "P:Third page text."}},
      {"running footer with its page number is dropped",
       "First page text.\nTestshire report page 1\n\fSecond page text.\nTestshire report page 2\n\fThird page text.\n"
       "Testshire report page 3\n",
       {"P:First page text.", "P:Second page text.", "P:Third page text."}},
      {"a line on two pages only is text",
       "Leaders\nFirst page text.\n\fLeaders\nSecond page text.\n\fThird page text.\n",
       {"H:Leaders", "P:First page text.", "H:Leaders", "P:Second page text.", "P:Third page text."}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(block_summary(stage(c.text).seg) == c.blocks); }
  }
}

TEST_CASE("furniture: footnotes kept apart by input", "[furniture]") {
  struct Case {
    const char* name;
    const char* text;
    std::vector<std::string> notes;
  };
  const std::vector<Case> cases = {
      {"lone mark after a blank line, note to the page end",
       "In a significant proportion of cases,\n\n1\n\nThis joint inspection was conducted\nunder section 20.\n1\n\n\fthere "
       "were risk factors.\n",
       {"This joint inspection was conducted under section 20."}},
      {"superscript mark on the note's line", "Inspectors\n\n\xC2\xB9 This joint inspection was conducted.\n\nalso evaluated it.\n",
       {"This joint inspection was conducted."}},
      {"no footnote", "Inspectors found that risk was\n\n3\n\n\fwell understood by agencies.\n", {}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto s = stage(c.text);
      std::vector<std::string> got;
      for (const auto& n : s.seg.footnotes) {
        got.push_back(n.text);
        CHECK(s.text.substr(n.span.begin, n.span.end - n.span.begin).find(n.text.substr(0, 10)) == 0);
      }
      CHECK(got == c.notes);
    }
  }
}
