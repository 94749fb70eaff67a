// Section finder: heading tables named by input.
#include <catch2/catch.hpp>

#include "test_util.h"

using jtai::SectionKind;

TEST_CASE("classify_heading by input", "[sections]") {
  const std::vector<std::pair<std::string, SectionKind>> cases = {
      {"Key Strengths", SectionKind::kStrengths},
      {"Strengths", SectionKind::kStrengths},
      {"Early help strengths", SectionKind::kStrengths},
      {"Areas for improvement", SectionKind::kAreasForImprovement},
      {"What needs to improve?", SectionKind::kAreasForImprovement},
      {"Areas for priority action", SectionKind::kPriorityAction},
      {"Area for priority action", SectionKind::kPriorityAction},
      {"Practice study: highly effective practice", SectionKind::kPracticePositive},
      {"Case study: highly effective practice", SectionKind::kPracticePositive},
      {"Practice study: areas for improvement", SectionKind::kPracticeNegative},
      {"Case study: area(s) for improvement", SectionKind::kPracticeNegative},
      {"Case study: area for priority action", SectionKind::kPracticeNegative},
      {"Practice study: areas for priority action and improvement", SectionKind::kPracticeNegative},
      {"Practice study", SectionKind::kPractice},
      {"Next steps", SectionKind::kNextSteps},
      {"Headline findings", SectionKind::kHeadlineFindings},
      {"Main findings", SectionKind::kMainFindings},
      {"Yours sincerely,", SectionKind::kClosing},
      {"Leadership and management", SectionKind::kSubheading},
  };
  for (const auto& [text, kind] : cases) {
    SECTION(text) { CHECK(jtai::classify_heading(text, jtai::Lexicon::builtin()) == kind); }
  }
}

TEST_CASE("find_sections: roles of sub-headings", "[sections]") {
  SECTION("before 2022 a sub-heading keeps the list it sits in") {
    auto s = jtai::test::stage("Areas for improvement\nIdentifying risk at the front door\n- A bullet.\nNext steps\nDo it.\n");
    REQUIRE(s.sections.size() == 4);
    CHECK(s.sections[1].role == SectionKind::kAreasForImprovement);
    CHECK(s.sections[2].kind == SectionKind::kSubheading);
    CHECK(s.sections[2].role == SectionKind::kAreasForImprovement);
    CHECK(s.sections[3].role == SectionKind::kNextSteps);
  }
  SECTION("from 2022 a sub-heading in the findings part holds observations") {
    auto s = jtai::test::stage("Headline findings\nText.\nMain findings\nText.\nLeadership and management\nText.\n");
    REQUIRE(s.sections.size() == 4);
    CHECK(s.sections[3].role == SectionKind::kSubheading);
    CHECK(s.sections[3].heading == "Leadership and management");
  }
  SECTION("a sub-heading inside the introduction opens no section") {
    auto s = jtai::test::stage("Context\nThis inspection focused on children.\nHeadline findings\nText.\n");
    REQUIRE(s.sections.size() == 2);
    CHECK(s.sections[0].role == SectionKind::kIntro);
    CHECK(s.sections[1].role == SectionKind::kHeadlineFindings);
  }
}
