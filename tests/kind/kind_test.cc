// Document kind from weighted signals, named by input.
#include <catch2/catch.hpp>

#include "kind/kind.h"
#include "test_util.h"

using jtai::DocumentKind;

namespace {

jtai::KindDecision kind_of(const std::string& text) {
  auto s = jtai::test::stage(text);
  return jtai::classify_document(s.text, s.lines, jtai::Lexicon::builtin());
}

}  // namespace

TEST_CASE("classify_document by input", "[kind]") {
  struct Case {
    const char* name;
    std::string text;
    DocumentKind want;
  };
  const std::vector<Case> cases = {
      {"letter title and salutation",
       "9 November 2018\n\nDear Ms Squire\n\nJoint targeted area inspection of the multi-agency response to abuse in York\n\n"
       "Yours sincerely\n",
       DocumentKind::kJtaiLetter},
      {"ILACS head", "Halton Borough Council\nInspection of local authority children's services\nInspection dates: 2 to 13 March 2020\n",
       DocumentKind::kInspectionReport},
      {"govuk research page", "Research and analysis\n\nMulti-agency response to abuse\n\nPublished 4 February 2020\n\n"
                              "This report sets out our findings from 6 joint targeted area inspections.\n",
       DocumentKind::kThematicReport},
      {"dated news story", "Wednesday 19 November 2014\n\nOfsted warning to councils\n\nCouncils are failing, the watchdog has warned. "
                           "Ms Jones said it was unacceptable.\n",
       DocumentKind::kNewsArticle},
      {"reported text naming an inspectorate falls back to news",
       "Youth offending teams will be inspected on how they work together.\nJoint targeted area inspections begin in May.\n",
       DocumentKind::kNewsArticle},
      {"an article with no header block that names no inspectorate, only 'inspectorates'",
       "Children wait too long for help in many areas, four inspectorates have warned.\n", DocumentKind::kNewsArticle},
      {"nothing to go on", "Shopping list\n\nEggs, milk and bread.\n", DocumentKind::kUnknown},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(kind_of(c.text).kind == c.want); }
  }
}

TEST_CASE("kind evidence quotes what was matched", "[kind]") {
  auto d = kind_of("Wednesday 19 November 2014\n\nCouncils are failing, the watchdog has warned.\n");
  REQUIRE(d.kind == DocumentKind::kNewsArticle);
  CHECK(d.evidence == std::vector<std::string>{"news-article +3 head line \"Wednesday 19 November 2014\"",
                                               "news-article +2 text \"has warned\""});
}
