// Letter metadata: people, areas, dates, named by input.
#include <catch2/catch.hpp>

#include "letter/metadata.h"
#include "text/areas.h"
#include "text/people.h"
#include "test_util.h"

using jtai::Lexicon;

TEST_CASE("parse_person_line by input", "[metadata]") {
  struct Case {
    const char* line;
    const char* name;
    const char* role;
    const char* organisation;
  };
  const std::vector<Case> cases = {
      {"Maxine Squire, Interim Director of Children's Services, York local authority", "Maxine Squire",
       "Interim Director of Children's Services", "York local authority"},
      {"Sir Mark Rowley, Commissioner of the Metropolitan Police Service", "Mark Rowley",
       "Commissioner of the Metropolitan Police Service", nullptr},
      {"Mark Burns-Williamson OBE, Police and Crime Commissioner for West Yorkshire", "Mark Burns-Williamson",
       "Police and Crime Commissioner for West Yorkshire", nullptr},
      {"Sue Thompson Designated Nurse for NHS Airedale", "Sue Thompson", "Designated Nurse for NHS Airedale", nullptr},
      {"Linda Marginson , Deputy Director , National Probation Service", "Linda Marginson", "Deputy Director",
       "National Probation Service"},
      {"Chief Superintendent Daniel Knowles, Commander, North West London Borough", "Daniel Knowles",
       "Chief Superintendent, Commander", "North West London Borough"},
      {"Dr Sean O\xE2\x80\x99Kelly BSc MB ChB MSc DCH FRCA", "Sean O\xE2\x80\x99Kelly", nullptr, nullptr},
  };
  for (const auto& c : cases) {
    SECTION(c.line) {
      auto p = jtai::parse_person_line(c.line, Lexicon::builtin());
      REQUIRE(p);
      CHECK(p->name == c.name);
      CHECK(p->role.value_or("-") == (c.role ? c.role : "-"));
      CHECK(p->organisation.value_or("-") == (c.organisation ? c.organisation : "-"));
    }
  }
  SECTION("role lines are not people") {
    CHECK_FALSE(jtai::parse_person_line("Integrated Care Board (NWL ICB)", Lexicon::builtin()));
    CHECK_FALSE(jtai::parse_person_line("National Director, Social Care", Lexicon::builtin()));
    CHECK_FALSE(jtai::parse_person_line("Command Unit", Lexicon::builtin()));
  }
}

TEST_CASE("find_areas by input", "[metadata]") {
  const auto& lx = Lexicon::builtin();
  auto names = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& a : jtai::find_areas(text, lx)) out.push_back(a.name + "/" + a.code.value_or("-"));
    return out;
  };
  CHECK(names("the family in York") == std::vector<std::string>{"York/E06000014"});
  CHECK(names("neglect in Bristol City Council") == std::vector<std::string>{"Bristol, City of/E06000023"});
  CHECK(names("in Cheshire West and Chester") == std::vector<std::string>{"Cheshire West and Chester/E06000050"});
  CHECK(names("North Yorkshire police and York") == std::vector<std::string>{"North Yorkshire/E06000065", "York/E06000014"});
  CHECK(names("no area here").empty());
}

TEST_CASE("extract_letter_metadata on a letter head", "[metadata]") {
  auto s = jtai::test::stage(
      "9 November 2018\n\nJane Smith, Director of Children's Services, York local authority\n\nDear local partnership\n\n"
      "Joint targeted area inspection of the multi-agency response to abuse and\nneglect in York\n\n"
      "Between 24 and 28 September 2018, Ofsted, the Care Quality Commission (CQC) and HMI Probation undertook a joint "
      "inspection. This inspection included a 'deep dive' focus on the response to children living with domestic abuse.\n\n"
      "Key Strengths\n\n- Good.\n\nNext steps\n\nSend the written statement of action to a@ofsted.gov.uk by 20 February 2019.\n\n"
      "Yours sincerely\n\nOfsted\tCare Quality Commission\nYvette Stanley National Director, Social Care\tUrsula Gallagher Deputy Chief Inspector\n");
  auto m = jtai::extract_letter_metadata(s.text, s.lines, s.seg, s.sections, Lexicon::builtin());
  CHECK(m.date.value_or("") == "2018-11-09");
  CHECK(m.title.value_or("") == "Joint targeted area inspection of the multi-agency response to abuse and neglect in York");
  REQUIRE(m.areas.size() == 1);
  CHECK(m.areas[0].name == "York");
  CHECK(m.inspectorates == std::vector<std::string>{"ofsted", "cqc", "hmi-probation"});
  CHECK(m.theme.value_or("") == "children living with domestic abuse");
  REQUIRE(m.fieldwork);
  CHECK(m.fieldwork->start == "2018-09-24");
  CHECK(m.fieldwork->end == "2018-09-28");
  CHECK(m.response_deadline.value_or("") == "2019-02-20");
  REQUIRE(m.people.size() == 3);
  CHECK(m.people[0].name == "Jane Smith");
  CHECK(m.people[0].relation == jtai::PersonRelation::kRecipient);
  CHECK(m.people[1].name == "Yvette Stanley");
  CHECK(m.people[1].role.value_or("") == "National Director, Social Care");
  CHECK(m.people[1].organisation.value_or("") == "Ofsted");
  CHECK(m.people[2].name == "Ursula Gallagher");
  CHECK(m.people[2].organisation.value_or("") == "Care Quality Commission");
}

TEST_CASE("sign-off blocks: each name with the lines under it", "[metadata]") {
  struct Signer {
    std::string name, role, organisation;
    bool operator==(const Signer&) const = default;
  };
  struct Case {
    const char* name;
    const char* signoff;
    std::vector<Signer> signers;
  };
  const std::vector<Case> cases = {
      {"role wrapped onto a second line with its organisation",
       "Dr Sean O\xE2\x80\x99Kelly BSc MB ChB\nChief Inspector of Hospitals and Interim Chief Inspector of Primary\n"
       "Medical Services, CQC\n\nWendy Williams, CBE\nHis Majesty\xE2\x80\x99s Inspector of Constabulary\n",
       {{"Sean O\xE2\x80\x99Kelly", "Chief Inspector of Hospitals and Interim Chief Inspector of Primary Medical Services", "CQC"},
        {"Wendy Williams", "His Majesty\xE2\x80\x99s Inspector of Constabulary", ""}}},
      {"two roles one under the other, post-nominals not names",
       "Michelle Skeer OBE QPM\nHis Majesty\xE2\x80\x99s Inspector of Constabulary\nHis Majesty\xE2\x80\x99s Inspector of Fire & "
       "Rescue Services\n\nSue McAllister CB\nHis Majesty\xE2\x80\x99s Inspector of Probation\n",
       {{"Michelle Skeer",
         "His Majesty\xE2\x80\x99s Inspector of Constabulary, His Majesty\xE2\x80\x99s Inspector of Fire & Rescue Services", ""},
        {"Sue McAllister", "His Majesty\xE2\x80\x99s Inspector of Probation", ""}}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto s = jtai::test::stage(std::string("9 November 2023\n\nDear local partnership\n\nHeadline findings\n\nGood.\n\n"
                                             "Yours sincerely\n\n") + c.signoff);
      auto m = jtai::extract_letter_metadata(s.text, s.lines, s.seg, s.sections, Lexicon::builtin());
      std::vector<Signer> got;
      for (const auto& p : m.people)
        if (p.relation == jtai::PersonRelation::kSignatory)
          got.push_back({p.name, p.role.value_or(""), p.organisation.value_or("")});
      CHECK(got == c.signers);
    }
  }
}
