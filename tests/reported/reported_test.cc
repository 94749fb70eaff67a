// Reported text (news, thematic reports): furniture, sentence findings, quotes and
// metadata, named by input.
#include <catch2/catch.hpp>

#include "reported/reported.h"
#include "test_util.h"

using jtai::DocumentKind;
using jtai::FindingKind;

namespace {

jtai::ReportedText reported(const std::string& text) {
  auto s = jtai::test::stage(text);
  return jtai::analyse_reported(s.text, s.lines, s.seg, DocumentKind::kNewsArticle, jtai::Lexicon::builtin());
}

std::vector<std::pair<FindingKind, std::string>> findings(const jtai::ReportedText& r) {
  std::vector<std::pair<FindingKind, std::string>> out;
  for (const auto& f : r.findings) out.emplace_back(f.kind, f.text);
  return out;
}

std::vector<std::pair<std::string, std::string>> quotes(const jtai::ReportedText& r) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& q : r.quotes) out.emplace_back(q.speaker, q.text);
  return out;
}

}  // namespace

TEST_CASE("sentence findings by input", "[reported]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::pair<FindingKind, std::string>> want;
  };
  const std::vector<Case> cases = {
      {"concern, strength and recommendation in one paragraph",
       "Inspectors found that children wait too long for help. Leaders have a strong grip on practice. "
       "Agencies should share information sooner.\n",
       {{FindingKind::kConcern, "Inspectors found that children wait too long for help."},
        {FindingKind::kStrength, "Leaders have a strong grip on practice."},
        {FindingKind::kRecommendation, "Agencies should share information sooner."}}},
      {"background and neutral sentences are not findings",
       "The report comes against a backdrop of scandals in several towns across the country. "
       "The inspection took place in six areas of England last year.\n",
       {}},
      {"announcements of inspections are not findings",
       "Local agencies that are failing children will be held to account by new joint inspections, it was announced today.\n",
       {}},
      {"speech of someone other than the report is not a finding",
       "The Local Government Association said the report was poor reading for every council.\n", {}},
      {"the report's own voice is a finding", "Councils are too slow to act on neglect, the report said.\n",
       {{FindingKind::kConcern, "Councils are too slow to act on neglect, the report said."}}},
      {"a subheading run into its paragraph is left out",
       "Young people at risk The Ofsted report concluded that some councils had failed young people.\n",
       {{FindingKind::kConcern, "The Ofsted report concluded that some councils had failed young people."}}},
      {"list items after an introduction of concerns",
       "Inspectors looked at six areas in detail this year.\nTheir concerns included:\n  • Poor joint working\n"
       "  • Classifying victims of abuse as victims of neglect\n",
       {{FindingKind::kConcern, "Poor joint working"},
        {FindingKind::kConcern, "Classifying victims of abuse as victims of neglect"}}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(findings(reported(c.text)) == c.want); }
  }
}

TEST_CASE("quotes and speakers by input", "[reported]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::pair<std::string, std::string>> want;
  };
  const std::vector<Case> cases = {
      {"name, role, said: quotation",
       "Amanda Spielman, Ofsted’s chief inspector, said: ‘Prevention is the best form of protection.’\n",
       {{"Amanda Spielman", "Prevention is the best form of protection."}}},
      {"fragments in reported speech",
       "Debbie Jones, Ofsted's national director, said it \"cannot be acceptable\" that councils were \"still failing\".\n",
       {{"Debbie Jones", "cannot be acceptable"}, {"Debbie Jones", "still failing"}}},
      {"pronoun and surname resolve to the last speaker",
       "Debbie Jones, Ofsted's national director, said the work was urgent for every council in England.\n"
       "\"We expect to see change within a year,\" she said.\n"
       "Ms Jones said the inspectorate would look again at every area.\n",
       {{"Debbie Jones", "We expect to see change within a year,"}}},
      {"a quotation over two paragraphs is one quote",
       "Andrew Fellowes, NSPCC Policy Manager, said: “This report shows real progress in the city.\n\n"
       "“But there is more to do across the country.”\n",
       {{"Andrew Fellowes", "This report shows real progress in the city. But there is more to do across the country."}}},
      {"scare quotes with no speaker are not quotes",
       "Plans were \"underdeveloped\", while leadership was \"frequently lacking\" in most areas.\n", {}},
      {"a press release's speech block after 'said:'",
       "Joint inspections are to be introduced by Ofsted and three other inspectorates this year.\n\n"
       "Matthew Coffey, Ofsted’s Chief Operating Officer said:\n\n"
       "The responsibility for protecting children does not rest with one service alone.\n\nNotes to editors\n\n"
       "The consultation closes in October and responses will be published later.\n",
       {{"Matthew Coffey", "The responsibility for protecting children does not rest with one service alone."}}},
      {"an organisation is not a speaker",
       "The Local Government Association said the report was \"uncomfortable reading\" for all councils.\n", {}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(quotes(reported(c.text)) == c.want); }
  }
}

TEST_CASE("web furniture and metadata of a news page", "[reported]") {
  const std::string page =
      "Chris Mahony 04 February 2020\n\nLocal agencies 'ill-equipped' to stop abuse\n\n"
      "HomeNewsJobsEventsTravelSport\n\n"
      "Children are left at risk because agencies in Derby City and York are failing, four inspectorates have warned.\n\n"
      "A 2015 report by the Children’s Commissioner concluded that most abuse happens at home.\n\n"
      "Ending the care cliff image\n\nA teaser about another story that ends the article.\n";
  auto r = reported(page);
  CHECK(r.meta.date == "2020-02-04");
  CHECK(r.meta.byline == "Chris Mahony");
  CHECK(r.meta.title == "Local agencies 'ill-equipped' to stop abuse");
  std::vector<std::string> areas;
  for (const auto& a : r.meta.areas) areas.push_back(a.name);
  CHECK(areas == std::vector<std::string>{"Derby", "York"});
  CHECK(findings(r) == std::vector<std::pair<FindingKind, std::string>>{
                           {FindingKind::kConcern,
                            "Children are left at risk because agencies in Derby City and York are failing, four "
                            "inspectorates have warned."}});
  // Content stops before the menu line and the teaser.
  std::size_t menu = page.find("HomeNews");
  std::size_t teaser = page.find("Ending the care");
  for (const auto& span : r.meta.content) {
    CHECK_FALSE((span.begin <= menu && menu < span.end));
    CHECK(span.end <= teaser);
  }
}
