// Markdown writer: a report per document, a horizontal rule between two.
#include <catch2/catch.hpp>

#include <sstream>

#include "export/writer_test_util.h"
#include "jtai/export.h"

namespace {

using jtai_test::bare_record;
using jtai_test::failed;
using jtai_test::full_record;
using jtai_test::written;

// The report of full_record(), as written before the writers moved out of the CLI.
const std::string kFullReport =
    "# Joint inspection in York\n"
    "\n"
    "| | |\n"
    "|---|---|\n"
    "| File | in/york \"2018\".pdf (pdf) |\n"
    "| Kind | jtai-letter |\n"
    "| Date | 2018-11-09 |\n"
    "| Areas | York (E06000014), North Yorkshire |\n"
    "| Inspectorates | ofsted, cqc |\n"
    "| Fieldwork | 2018-09-10 to 2018-09-14 |\n"
    "| People | Ann Smith (Director, recipient) |\n"
    "| Findings | 1 |\n"
    "\n"
    "## Strengths (1)\n"
    "\n"
    "1. Leaders, and \"partners\", work well. – together\n"
    "   <br>*kind:* strength · *polarity:* positive · *section:* Key strengths · *pages:* 1;2 · *agencies:* police, health · "
    "*themes:* leadership-and-governance\n"
    "\n"
    "## Quotes (1)\n"
    "\n"
    "> We are proud.\n"
    ">\n"
    "> — Jo Bloggs, Chief Constable\n"
    "\n";

// The report of bare_record(PATH).
std::string bare_report(const std::string& path) {
  return "# " + path + "\n\n| | |\n|---|---|\n| File | " + path + " (text) |\n| Kind | unknown |\n| Findings | 0 |\n\n";
}

const std::string kRule = "\n---\n\n";

}  // namespace

TEST_CASE("markdown_cell keeps a table intact", "[export]") {
  CHECK(jtai::markdown_cell("a | b\nc") == "a \\| b c");
  CHECK(jtai::markdown_cell("<script>alert(1)</script> & co") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
}

TEST_CASE("markdown writer: HTML in a document's text is shown, not run", "[export]") {
  jtai::Record r = full_record();
  r.document.title = "<script>alert(1)</script>";
  r.findings[0].text = "Look <img src=x onerror=alert(1)> here";
  r.findings[0].section = "<b>bold</b>";
  r.quotes[0].text = "<iframe src=evil>";
  std::ostringstream out;
  auto w = jtai::make_record_writer("markdown", out);
  w->begin(1);
  w->record(r);
  w->end();
  std::string md = out.str();
  CHECK(md.find("# &lt;script&gt;alert(1)&lt;/script&gt;\n") == 0);
  CHECK(md.find("1. Look &lt;img src=x onerror=alert(1)&gt; here\n") != std::string::npos);
  CHECK(md.find("*section:* &lt;b&gt;bold&lt;/b&gt;") != std::string::npos);
  CHECK(md.find("> &lt;iframe src=evil&gt;\n") != std::string::npos);
  CHECK(md.find("<script") == std::string::npos);
  CHECK(md.find("<img") == std::string::npos);
}

TEST_CASE("markdown writer: reports with a rule between two", "[export]") {
  struct Case {
    std::string name;
    std::vector<jtai_test::Step> steps;
    std::string want;
  };
  const std::vector<Case> cases = {
      {"no documents", {}, ""},
      {"full record", {written(full_record())}, kFullReport},
      {"two records", {written(bare_record("a.txt")), written(bare_record("b.txt"))},
       bare_report("a.txt") + kRule + bare_report("b.txt")},
      {"an error between",
       {written(bare_record("a.txt")), failed("c.txt", "empty file"), written(bare_record("b.txt"))},
       bare_report("a.txt") + kRule + bare_report("b.txt")},
      {"an error first", {failed("c.txt", "empty file"), written(bare_record("a.txt"))}, bare_report("a.txt")},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(jtai_test::write_run("markdown", c.steps.size(), c.steps) == c.want); }
  }
}

TEST_CASE("Markdown of a small record", "[export]") {
  jtai::Record r;
  r.source.path = "letters/york.txt";
  r.document.kind = jtai::DocumentKind::kJtaiLetter;
  r.document.title = "Joint targeted area inspection in York";
  r.document.date = "2018-11-09";
  r.document.areas = {{"York", "E06000014"}};
  jtai::Finding f;
  f.id = "f1";
  f.kind = jtai::FindingKind::kStrength;
  f.polarity = jtai::Polarity::kPositive;
  f.section = "Key strengths";
  f.text = "Leaders, and \"partners\", work well.";
  f.pages = {1, 2};
  f.agencies = {"police", "health"};
  f.themes = {"leadership-and-governance"};
  r.findings.push_back(f);
  CHECK(jtai_test::write_run("markdown", 1, {written(r)}) ==
        "# Joint targeted area inspection in York\n\n"
        "| | |\n|---|---|\n"
        "| File | letters/york.txt (text) |\n| Kind | jtai-letter |\n| Date | 2018-11-09 |\n"
        "| Areas | York (E06000014) |\n| Findings | 1 |\n\n"
        "## Strengths (1)\n\n"
        "1. Leaders, and \"partners\", work well.\n"
        "   <br>*kind:* strength · *polarity:* positive · *section:* Key strengths · *pages:* 1;2 · *agencies:* police, health · "
        "*themes:* leadership-and-governance\n\n");
}

TEST_CASE("markdown writer: a graded inspection's judgements as a table", "[export]") {
  jtai::Record r = bare_record("ilacs.pdf");
  r.document.judgements = {{"leaders", "The impact of leaders on social work practice", "good", "Good", {10, 14}},
                           {"in-care", "Children | in care", "requires-improvement", "Requires improvement to be good",
                            {20, 51}}};
  CHECK(jtai_test::write_run("markdown", 1, {written(r)}) ==
        bare_report("ilacs.pdf") +
            "## Judgements (2)\n\n| Judgement | Grade |\n|---|---|\n"
            "| The impact of leaders on social work practice | Good |\n"
            "| Children \\| in care | Requires improvement to be good |\n\n");
}
