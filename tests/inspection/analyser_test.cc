// Inspection reports analysed whole: findings, furniture, content and metadata, named by input.
#include <catch2/catch.hpp>

#include "inspection/analyser.h"
#include "test_util.h"

using jtai::FindingKind;
using jtai::Lexicon;
using jtai::Polarity;

namespace {

struct Expected {
  FindingKind kind;
  Polarity polarity;
  std::string section;
  std::string text;
};

bool operator==(const Expected& a, const Expected& b) {
  return a.kind == b.kind && a.polarity == b.polarity && a.section == b.section && a.text == b.text;
}

jtai::InspectionAnalysis analyse(const jtai::test::Staged& s) {
  return jtai::analyse_inspection(s.text, s.lines, s.seg, Lexicon::builtin());
}

std::vector<Expected> findings_of(const jtai::InspectionAnalysis& a) {
  std::vector<Expected> out;
  for (const auto& f : a.findings) out.push_back({f.kind, f.polarity, f.section.value_or("-"), f.text});
  return out;
}

// True when some content range holds the first occurrence of WHAT in TEXT.
bool in_content(const std::string& text, const jtai::DocumentMeta& meta, const std::string& what) {
  std::size_t at = text.find(what);
  for (const auto& c : meta.content)
    if (c.begin <= at && at < c.end) return true;
  return false;
}

// An ILACS report of three pages: table, summary, bullets, numbered paragraphs (marker
// alone and marker inline, an unnumbered continuation, one carried over a page break
// with the running lines and page number between), and the back page.
const std::string kIlacs =
    "Inspection of Exampleshire local authority\nchildren\xE2\x80\x99s services\n"
    "Inspection dates: 6 to 10 February 2023\n"
    "Lead inspector: Jane Smith, His Majesty\xE2\x80\x99s Inspector\n"
    "Judgement\nGrade\n"
    "The experiences and progress of\nchildren who need help and protection\nGood\n"
    "Overall effectiveness\nGood\n"
    "Children in Exampleshire receive good help. Leaders know their services well.\n"
    "What needs to improve?\n"
    "\xE2\x97\xBC The timeliness of assessments.\n"
    "\xE2\x97\xBC The quality of plans for\nchildren in need.\n"
    "The experiences and progress of children who need help and\nprotection: good\n"
    "1.\n\nEarly help is strong and effective.\n"
    "Families value it.\n\n"
    "Plans are clear.\n"
    "2. Assessments are thorough and\n"
    "Inspection of Exampleshire local authority children\xE2\x80\x99s services\n6 to 10 February 2023\n\n2\n"
    "\f"
    "timely, but some lack analysis of risk.\n"
    "The impact of leaders on social work practice with children and\nfamilies: good\n"
    "3. Leaders are strong and effective.\n"
    "Inspection of Exampleshire local authority children\xE2\x80\x99s services\n6 to 10 February 2023\n\n3\n"
    "\f"
    "The Office for Standards in Education, Children\xE2\x80\x99s Services and Skills (Ofsted)\n"
    "regulates and inspects to achieve excellence.\n"
    "If you would like a copy of this document in a different format, please telephone.\n"
    "Interested in our work? You can subscribe to our monthly newsletter.\n"
    "\xC2\xA9 Crown copyright 2023\n"
    "Inspection of Exampleshire local authority children\xE2\x80\x99s services\n6 to 10 February 2023\n\n4\n";

// An area SEND report: outcome, unnumbered prose, bullets whose marker stands alone, a
// list written as paragraphs, and priority actions with their "Responsible body" column.
const std::string kSend =
    "Local Area Partnership report\nArea SEND inspection of Exampleshire Local Area\nPartnership\n"
    "Inspection dates: 6 to 10 March 2023\n"
    "Inspection outcome\n"
    "There are widespread and/or systemic failings leading to significant concerns.\n"
    "Information about the local area partnership\nThe council and the ICB plan services together.\n"
    "What is it like to be a child or young person with SEND in this area?\n"
    "Children wait too long for assessments, and families lose trust in the system as a result of it.\n"
    "\n"
    "Many children receive effective support at school.\n"
    "What is the area partnership doing that is effective?\n"
    "\xE2\x96\xAA\n\nThe parent carer forum is a valued partner.\n"
    "\xE2\x96\xAA\n\nShort breaks are well used.\n"
    "Areas for priority action\n"
    "Responsible body\nExampleshire Council and\nNHS Example ICB\n\n"
    "Areas for priority action\n"
    "Leaders should improve the early identification of needs and\n"
    "NHS Example ICB\n"
    "access to assessment.\n"
    "Areas for improvement\n"
    "Leaders should share accurate data.\n\n"
    "Leaders should improve communication with families.\n";

}  // namespace

namespace Catch {
template <>
struct StringMaker<Expected> {
  static std::string convert(const Expected& e) {
    return std::string(jtai::to_string(e.kind)) + "/" + jtai::to_string(e.polarity) + " [" + e.section + "] " + e.text;
  }
};
}  // namespace Catch

TEST_CASE("analyse_inspection by input", "[inspection]") {
  SECTION("ILACS report: bullets, numbered paragraphs, running lines and back page") {
    auto s = jtai::test::stage(kIlacs);
    auto a = analyse(s);
    const std::string hp = "The experiences and progress of children who need help and protection: good";
    const std::string leaders = "The impact of leaders on social work practice with children and families: good";
    CHECK(findings_of(a) ==
          std::vector<Expected>{
              {FindingKind::kAreaForImprovement, Polarity::kNegative, "What needs to improve?",
               "The timeliness of assessments."},
              {FindingKind::kAreaForImprovement, Polarity::kNegative, "What needs to improve?",
               "The quality of plans for children in need."},
              {FindingKind::kObservation, Polarity::kPositive, hp,
               "Early help is strong and effective. Families value it. Plans are clear."},
              {FindingKind::kObservation, Polarity::kMixed, hp,
               "Assessments are thorough and timely, but some lack analysis of risk."},
              {FindingKind::kObservation, Polarity::kPositive, leaders, "Leaders are strong and effective."},
          });
    const auto& f4 = a.findings.at(3);
    std::size_t b = kIlacs.find("Assessments are thorough");
    std::size_t c = kIlacs.find("timely, but");
    CHECK(f4.spans == std::vector<jtai::ByteSpan>{{b, b + 28}, {c, c + 39}});
    CHECK(f4.pages == std::vector<int>{1, 2});
    CHECK(a.meta.judgements.size() == 2);
    CHECK(in_content(kIlacs, a.meta, "Children in Exampleshire receive good help."));
    CHECK(in_content(kIlacs, a.meta, "Plans are clear."));
    CHECK_FALSE(in_content(kIlacs, a.meta, "Inspection of Exampleshire local authority children"));
    CHECK_FALSE(in_content(kIlacs, a.meta, "6 to 10 February 2023\n\n2"));
    CHECK_FALSE(in_content(kIlacs, a.meta, "The Office for Standards"));
    CHECK_FALSE(in_content(kIlacs, a.meta, "If you would like a copy"));
    CHECK_FALSE(in_content(kIlacs, a.meta, "Crown copyright"));
    REQUIRE(a.meta.fieldwork);
    CHECK(a.meta.fieldwork->start == "2023-02-06");
    CHECK(a.meta.fieldwork->end == "2023-02-10");
    CHECK(a.meta.title.value_or("-") == "Inspection of Exampleshire local authority children\xE2\x80\x99s services");
    CHECK_FALSE(a.meta.date);
    REQUIRE(a.meta.people.size() == 1);
    CHECK(a.meta.people[0].name == "Jane Smith");
    CHECK(a.meta.people[0].role.value_or("-") == "His Majesty\xE2\x80\x99s Inspector");
    CHECK(a.meta.people[0].relation == jtai::PersonRelation::kAuthor);
    CHECK(a.meta.inspectorates == std::vector<std::string>{"ofsted"});
  }
  SECTION("area SEND report: prose paragraphs, bullets, list of paragraphs, side column") {
    auto s = jtai::test::stage(kSend);
    auto a = analyse(s);
    const std::string like = "What is it like to be a child or young person with SEND in this area?";
    const std::string effective = "What is the area partnership doing that is effective?";
    CHECK(findings_of(a) ==
          std::vector<Expected>{
              {FindingKind::kObservation, Polarity::kNegative, like,
               "Children wait too long for assessments, and families lose trust in the system as a result of it."},
              {FindingKind::kObservation, Polarity::kPositive, like, "Many children receive effective support at school."},
              {FindingKind::kStrength, Polarity::kPositive, effective, "The parent carer forum is a valued partner."},
              {FindingKind::kStrength, Polarity::kPositive, effective, "Short breaks are well used."},
              {FindingKind::kPriorityAction, Polarity::kNegative, "Areas for priority action",
               "Leaders should improve the early identification of needs and access to assessment."},
              {FindingKind::kAreaForImprovement, Polarity::kNegative, "Areas for improvement",
               "Leaders should share accurate data."},
              {FindingKind::kAreaForImprovement, Polarity::kNegative, "Areas for improvement",
               "Leaders should improve communication with families."},
          });
    REQUIRE(a.meta.judgements.size() == 1);
    CHECK(a.meta.judgements[0].grade == "systemic-failings");
    CHECK(in_content(kSend, a.meta, "Responsible body"));
  }
  SECTION("a report with no judgement and no findings heading is read as a letter") {
    auto s = jtai::test::stage("Review of health services in Exampleshire\n\nKey strengths\n\n- Nurses are skilled.\n");
    auto a = analyse(s);
    CHECK(findings_of(a) == std::vector<Expected>{{FindingKind::kStrength, Polarity::kPositive, "Key strengths",
                                                   "Nurses are skilled."}});
    CHECK(a.meta.judgements.empty());
    CHECK(a.meta.content == s.seg.content);
  }
}
