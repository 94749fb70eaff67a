// Metadata of inspection reports other than letters, named by input.
#include <catch2/catch.hpp>

#include "inspection/inspection.h"
#include "test_util.h"

TEST_CASE("extract_inspection_metadata by input", "[inspection]") {
  SECTION("ILACS head") {
    auto s = jtai::test::stage(
        "Halton Borough Council\nInspection of Halton local authority children's services\n\n"
        "Inspection dates: 2 to 13 March 2020\nLead inspector: Nick Stacey, Her Majesty's Inspector\n\n"
        "Judgement Grade\nOverall effectiveness Requires improvement to be good\n\n"
        "Children in Halton are supported by Ofsted-registered providers.\n");
    auto m = jtai::extract_inspection_metadata(s.text, s.lines, s.seg, jtai::Lexicon::builtin());
    CHECK(m.title.value_or("-") == "Inspection of Halton local authority children's services");
    REQUIRE(m.fieldwork);
    CHECK(m.fieldwork->start == "2020-03-02");
    CHECK(m.fieldwork->end == "2020-03-13");
    CHECK_FALSE(m.date);
    REQUIRE(m.people.size() == 1);
    CHECK(m.people[0].name == "Nick Stacey");
    CHECK(m.people[0].role.value_or("-") == "Her Majesty's Inspector");
    CHECK(m.people[0].relation == jtai::PersonRelation::kAuthor);
    REQUIRE(m.areas.size() == 1);
    CHECK(m.areas[0].name == "Halton");
    CHECK(m.inspectorates == std::vector<std::string>{"ofsted"});
  }
  SECTION("published date, no lead inspector") {
    auto s = jtai::test::stage("Review of health services for Children Looked After and Safeguarding in Cheshire East\n\n"
                               "Report published: 8 June 2016\nDate of review: 29 February 2016 to 4 March 2016\n\n"
                               "The Care Quality Commission reviewed services.\n");
    auto m = jtai::extract_inspection_metadata(s.text, s.lines, s.seg, jtai::Lexicon::builtin());
    CHECK(m.date.value_or("-") == "2016-06-08");
    REQUIRE(m.fieldwork);
    CHECK(m.fieldwork->start == "2016-02-29");
    CHECK(m.people.empty());
    CHECK(m.inspectorates == std::vector<std::string>{"cqc"});
  }
}
