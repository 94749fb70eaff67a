// Judgements of graded inspection reports, named by input.
#include <catch2/catch.hpp>

#include "inspection/judgements.h"
#include "inspection/page.h"
#include "test_util.h"

using jtai::Lexicon;

namespace {

// One expected judgement: the grade as written is found in the text at its OCCURRENCE.
struct Want {
  std::string id;
  std::string heading;
  std::string grade;
  std::string grade_text;
  std::string written;    ///< the bytes of the span
  int occurrence = 1;     ///< which occurrence of WRITTEN in the text
};

jtai::JudgementReading read(const jtai::test::Staged& s) {
  const auto& lx = Lexicon::builtin();
  auto furniture = jtai::report_furniture(s.text, s.lines, s.seg.roles, lx);
  return jtai::read_judgements(s.text, s.lines, jtai::report_text_lines(s.lines, furniture), lx);
}

std::size_t nth(const std::string& text, const std::string& what, int n) {
  std::size_t at = std::string::npos;
  for (int i = 0; i < n; ++i) at = text.find(what, at == std::string::npos ? 0 : at + 1);
  return at;
}

}  // namespace

TEST_CASE("read_judgements by input", "[judgements]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<Want> want;
  };
  const std::vector<Case> cases = {
      {"ILACS 2023 table, one line per grade",
       "Inspection of Exampleshire local authority\nchildren\xE2\x80\x99s services\n"
       "Inspection dates: 6 to 10 February 2023\nJudgement\nGrade\n"
       "The impact of leaders on social work\npractice with children and families\nGood\n"
       "The experiences and progress of\nchildren who need help and protection\nRequires improvement to be good\n"
       "The experiences and progress of\nchildren in care\nOutstanding\n"
       "The experiences and progress of care\nleavers\nInadequate\n"
       "Overall effectiveness\nGood\n"
       "Children in Exampleshire receive good help.\n",
       {{"leaders", "The impact of leaders on social work practice with children and families", "good", "Good", "Good", 1},
        {"help-and-protection", "The experiences and progress of children who need help and protection",
         "requires-improvement", "Requires improvement to be good", "Requires improvement to be good", 1},
        {"in-care", "The experiences and progress of children in care", "outstanding", "Outstanding", "Outstanding", 1},
        {"care-leavers", "The experiences and progress of care leavers", "inadequate", "Inadequate", "Inadequate", 1},
        {"overall-effectiveness", "Overall effectiveness", "good", "Good", "Good", 2}}},
      {"ILACS 2018 table, grade wrapped over two lines and blank lines between",
       "Judgement\n\nGrade\n\nThe experiences and progress of children in care and\ncare leavers\n\n"
       "Requires improvement\nto be good\n\nOverall effectiveness\n\nRequires improvement\nto be good\n\n"
       "Since the last inspection services have improved.\n",
       {{"in-care", "The experiences and progress of children in care and care leavers", "requires-improvement",
         "Requires improvement to be good", "Requires improvement\nto be good", 1},
        {"overall-effectiveness", "Overall effectiveness", "requires-improvement", "Requires improvement to be good",
         "Requires improvement\nto be good", 2}}},
      {"single inspection framework: statement, numbered table, LSCB statement further on",
       "Exampleshire County Council\nInspection of services for children in need of help and protection\n"
       "Inspection date: 23 May to 16 June 2016\n"
       "Children\xE2\x80\x99s services in Exampleshire are good.\n"
       "1. Children who need help and protection\nGood\n"
       "2. Children looked after and achieving\npermanence\nRequires improvement\n"
       "2.1 Adoption performance\nOutstanding\n"
       "3. Leadership, management and governance\nInadequate\n"
       "Executive summary\nServices are good.\n\n"
       "The Local Safeguarding Children Board (LSCB)\nThe Local Safeguarding Children Board is good\n"
       "Executive summary\nThe board meets its duties.\n",
       {{"overall-effectiveness", "Children\xE2\x80\x99s services in Exampleshire are good.", "good", "good", "good", 1},
        {"help-and-protection", "Children who need help and protection", "good", "Good", "Good", 1},
        {"in-care", "Children looked after and achieving permanence", "requires-improvement", "Requires improvement",
         "Requires improvement", 1},
        {"adoption", "Adoption performance", "outstanding", "Outstanding", "Outstanding", 1},
        {"leaders", "Leadership, management and governance", "inadequate", "Inadequate", "Inadequate", 1},
        {"lscb", "The Local Safeguarding Children Board is good", "good", "good", "good", 3}}},
      {"area SEND outcome stated over two lines",
       "Area SEND inspection of Exampleshire Local Area\nPartnership\nInspection dates: 6 to 10 March 2023\n"
       "Inspection outcome\nThe local area partnership\xE2\x80\x99s arrangements lead to inconsistent experiences\n"
       "and outcomes for children and young people with SEND.\n",
       {{"send-outcome", "Inspection outcome", "inconsistent", "lead to inconsistent experiences and outcomes",
         "lead to inconsistent experiences\nand outcomes", 1}}},
      {"area SEND systemic failings",
       "Inspection outcome\nThere are widespread and/or systemic failings leading to significant concerns.\n",
       {{"send-outcome", "Inspection outcome", "systemic-failings", "There are widespread and/or systemic failings",
         "There are widespread and/or systemic failings", 1}}},
      {"a JTAI letter states none",
       "Joint targeted area inspection of the multi-agency response to abuse in Exampleshire\n\n"
       "Dear Partners\n\nThe experiences and progress of children who need help and protection are good.\n"
       "Overall effectiveness\n\nYours sincerely\n",
       {}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto s = jtai::test::stage(c.text);
      auto got = read(s);
      REQUIRE(got.judgements.size() == c.want.size());
      for (std::size_t i = 0; i < c.want.size(); ++i) {
        const auto& g = got.judgements[i];
        const auto& w = c.want[i];
        CHECK(g.id == w.id);
        CHECK(g.heading == w.heading);
        CHECK(g.grade == w.grade);
        CHECK(g.grade_text == w.grade_text);
        std::size_t at = nth(c.text, w.written, w.occurrence);
        CHECK(g.span == jtai::ByteSpan{at, at + w.written.size()});
      }
    }
  }
}

TEST_CASE("read_judgements: the table's lines are marked", "[judgements]") {
  auto s = jtai::test::stage("Title line\nJudgement\nGrade\nOverall effectiveness\nGood\nSummary prose.\n");
  auto got = read(s);
  CHECK(got.table_lines == std::vector<std::size_t>{3, 4});
}

TEST_CASE("grade_id by input", "[judgements]") {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Outstanding", "outstanding"},
      {"good", "good"},
      {"Requires improvement to be good", "requires-improvement"},
      {"Requires improvement", "requires-improvement"},
      {"require improvement to be good", "requires-improvement"},
      {"Inadequate", "inadequate"},
      {"Adequate", ""},
      {"Good practice", ""},
  };
  for (const auto& [text, id] : cases)
    SECTION(text) { CHECK(jtai::grade_id(text, Lexicon::builtin()) == id); }
}
