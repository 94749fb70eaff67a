// Findings from sections, and polarity, named by input.
#include <catch2/catch.hpp>

#include "letter/findings.h"
#include "text/polarity.h"
#include "test_util.h"

using jtai::FindingKind;
using jtai::Polarity;

namespace {

struct Expected {
  FindingKind kind;
  Polarity polarity;
  std::string text;
};

std::vector<Expected> findings_of(const std::string& text) {
  auto s = jtai::test::stage(text);
  std::vector<Expected> out;
  for (const auto& f : jtai::extract_findings(s.seg.blocks, s.sections, jtai::Lexicon::builtin()))
    out.push_back({f.kind, f.polarity, f.text});
  return out;
}

bool operator==(const Expected& a, const Expected& b) {
  return a.kind == b.kind && a.polarity == b.polarity && a.text == b.text;
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<Expected> {
  static std::string convert(const Expected& e) {
    return std::string(jtai::to_string(e.kind)) + "/" + jtai::to_string(e.polarity) + ": " + e.text;
  }
};
}  // namespace Catch

TEST_CASE("extract_findings by input", "[findings]") {
  SECTION("2018 letter: bullets, practice studies and next steps") {
    auto got = findings_of(
        "Intro paragraph is not a finding.\n\nKey Strengths\n\n- Good work.\n- More good work.\n\n"
        "Practice study: highly effective practice\n\nSara is safe.\n\nShe is happy.\n\n"
        "Areas for improvement\n\n- Weak work.\n\nNext steps\n\nPrepare a statement.\n\nSend it by 1 May 2019.\n\n"
        "Yours sincerely\n\nJane Smith\n");
    CHECK(got == std::vector<Expected>{
                     {FindingKind::kStrength, Polarity::kPositive, "Good work."},
                     {FindingKind::kStrength, Polarity::kPositive, "More good work."},
                     {FindingKind::kPracticeStudy, Polarity::kPositive, "Sara is safe. She is happy."},
                     {FindingKind::kAreaForImprovement, Polarity::kNegative, "Weak work."},
                     {FindingKind::kRecommendation, Polarity::kNeutral, "Prepare a statement. Send it by 1 May 2019."},
                 });
  }
  SECTION("2023 letter: paragraphs of the findings part are observations") {
    auto got = findings_of(
        "Headline findings\nLeaders have strong oversight of practice.\nWhat needs to improve?\n"
        "\xE2\x97\xBC The capacity of the MASH.\nMain findings\nThere is a lack of scrutiny and delays persist.\n"
        "Practice study: area for improvement\nJack waited.\nNext steps\nPrepare a statement.\nYours sincerely,\n");
    CHECK(got == std::vector<Expected>{
                     {FindingKind::kObservation, Polarity::kPositive, "Leaders have strong oversight of practice."},
                     {FindingKind::kAreaForImprovement, Polarity::kNegative, "The capacity of the MASH."},
                     {FindingKind::kObservation, Polarity::kNegative, "There is a lack of scrutiny and delays persist."},
                     {FindingKind::kPracticeStudy, Polarity::kNegative, "Jack waited."},
                     {FindingKind::kRecommendation, Polarity::kNeutral, "Prepare a statement."},
                 });
  }
  SECTION("a null statement under a heading is no finding") {
    auto got = findings_of("Areas for priority action\n\xE2\x97\xBC There are no areas for priority action\nAreas for improvement\n- Fix it.\n");
    CHECK(got == std::vector<Expected>{{FindingKind::kAreaForImprovement, Polarity::kNegative, "Fix it."}});
  }
  SECTION("before 2022 a paragraph after a bullet carries the bullet on") {
    auto got = findings_of("Key Strengths\n- Parents said:\n\n'I can get help when I need it.'\n");
    CHECK(got == std::vector<Expected>{{FindingKind::kStrength, Polarity::kPositive,
                                        "Parents said: 'I can get help when I need it.'"}});
  }
}

TEST_CASE("judge_polarity by input", "[findings]") {
  const std::vector<std::pair<std::string, Polarity>> cases = {
      {"Professionals in the MASH work well together and decisions are timely.", Polarity::kPositive},
      {"There is a lack of oversight and some children experience delay.", Polarity::kNegative},
      {"Leaders understand local needs well. However, there is no coherent plan and delays remain.", Polarity::kMixed},
      {"The partnership met in March.", Polarity::kNeutral},
  };
  for (const auto& [text, want] : cases) {
    SECTION(text) { CHECK(jtai::judge_polarity(text, jtai::Lexicon::builtin()) == want); }
  }
}
