// Reported text (news, thematic reports): furniture, sentence findings, quotes and
// metadata, named by input.
#include <catch2/catch.hpp>

#include <optional>

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
      {"a pronoun that refers back to the report carries its voice",
       "Inspectors found that agencies share information too late. They also said that plans were poor.\n",
       {{FindingKind::kConcern, "Inspectors found that agencies share information too late."},
        {FindingKind::kConcern, "They also said that plans were poor."}}},
      {"the report's voice carries on into the next paragraph",
       "The report says that leaders have a strong grip on practice in every area.\n\n"
       "Meanwhile, some children still wait too long for an assessment of their needs.\n",
       {{FindingKind::kStrength, "The report says that leaders have a strong grip on practice in every area."},
        {FindingKind::kConcern, "Meanwhile, some children still wait too long for an assessment of their needs."}}},
      {"an attribution after the sentence keeps the whole sentence",
       "Children are not consistently recognised as victims, according to a new joint report by four inspectorates.\n",
       {{FindingKind::kConcern,
         "Children are not consistently recognised as victims, according to a new joint report by four inspectorates."}}},
      {"an evaluative sentence nobody reports is not a finding",
       "Children are not consistently recognised as victims of abuse in many areas of England.\n", {}},
      {"method: what the inspectors did is not a finding",
       "The four inspectorates carried out inspections in six areas where children are at risk of abuse. "
       "Inspectors considered the support provided by schools and the police.\n",
       {}},
      {"kind from what the sentence does: told to, demands, warns, praised",
       "The inspection report told the police to take urgent action on its records. "
       "The report demands urgent action from leaders in the area. "
       "The report warns of delays in assessments of risk. "
       "The report praised the work of schools in the area.\n",
       {{FindingKind::kRecommendation, "The inspection report told the police to take urgent action on its records."},
        {FindingKind::kRecommendation, "The report demands urgent action from leaders in the area."},
        {FindingKind::kConcern, "The report warns of delays in assessments of risk."},
        {FindingKind::kStrength, "The report praised the work of schools in the area."}}},
      {"a passive 'have been told' names no speaker",
       "Ofsted found failings in every agency in the borough. All agencies have been told how they need to improve.\n",
       {{FindingKind::kConcern, "Ofsted found failings in every agency in the borough."},
        {FindingKind::kRecommendation, "All agencies have been told how they need to improve."}}},
      {"a statute's definition and an editorial aside are not findings",
       "The report found that children wait too long for help. The Children Act 1989 defines neglect as a failure "
       "to meet a child's needs. We've broken down the inspectors' concerns for each agency below.\n",
       {{FindingKind::kConcern, "The report found that children wait too long for help."}}},
      {"another organisation's comment is not a finding, nor what follows it",
       "The council said it was disappointed by the failings the report describes. It has begun improvement work "
       "to address the delays.\n",
       {}},
      {"an organisation's own statement in the first person is not a finding",
       "We are pleased that the report recognises an urgent need to focus on perpetrators of abuse.\n", {}},
      {"announcements and consultations are not findings",
       "The proposals, set out in a consultation launched today, will give inspectorates more flexibility in areas "
       "of concern.\n",
       {}},
      {"a text cut off mid-sentence keeps its last line",
       "Inspectors found that children wait too long for their risk to be assessed by agencies.\n\n"
       "Ofsted said it was concerned ",
       {{FindingKind::kConcern, "Inspectors found that children wait too long for their risk to be assessed by agencies."},
        {FindingKind::kConcern, "Ofsted said it was concerned"}}},
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
      {"'He added:' carries the speaker named before",
       "Matthew Coffey, Ofsted’s Chief Operating Officer, said agencies must work together in every area.\n"
       "He added: \"We will act swiftly where we are concerned about an area.\"\n",
       {{"Matthew Coffey", "We will act swiftly where we are concerned about an area."}}},
      {"'said the chief inspector' is the person named with that role",
       "Amanda Spielman, Ofsted’s chief inspector, said the findings were deeply concerning for every area.\n"
       "David Simmonds, chairman of the board, said councils would study the report.\n"
       "\"Prevention is the best form of protection,\" said the chief inspector.\n",
       {{"Amanda Spielman", "Prevention is the best form of protection,"}}},
      {"a quotation the report speaks is no person's",
       "\"Older children who are neglected are too often unseen by the agencies that should help them,\" said the "
       "joint inspection.\n",
       {}},
      {"'Name, role, said' on a line of its own opens a speech block, up to the next speaker's name",
       "Guidance for the new inspections of the response to abuse was published today by the four inspectorates.\n"
       "Yvette Stanley, Ofsted’s National Director for Social Care, said\n"
       "In 2020, we published a report calling on partners to give greater attention to abuse.\n"
       "Martin Jones, HM Chief Inspector",
       {{"Yvette Stanley", "In 2020, we published a report calling on partners to give greater attention to abuse."}}},
      {"an organisation is not a speaker",
       "The Local Government Association said the report was \"uncomfortable reading\" for all councils.\n", {}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(quotes(reported(c.text)) == c.want); }
  }
}

TEST_CASE("metadata of news pages by input", "[reported]") {
  struct Case {
    const char* name;
    std::string text;
    std::optional<std::string> date, byline, title;
  };
  const std::string body = "\n\nInspectors found that children in the area wait too long for help and protection.\n";
  const std::vector<Case> cases = {
      {"ISO date in a caption line", " date 2017-04-19 Picture posed by model; credit: Design Pics\n" + body,
       "2017-04-19", std::nullopt, std::nullopt},
      {"ordinal date", "Agencies missing neglect in older children\n\nPublished on 7th July 2018" + body, "2018-07-07",
       std::nullopt, "Agencies missing neglect in older children"},
      {"month-first date and a name-only byline line",
       "Inspections: joint targeted area inspections\n\nJo Stephenson\nTuesday, November 28, 2017" + body,
       "2017-11-28", "Jo Stephenson", "Inspections: joint targeted area inspections"},
      {"'By' byline and a two-digit year", "Watchdogs to unite for inspections\n\nBy Ann Smith\n\n14 Jan 16" + body,
       "2016-01-14", "Ann Smith", "Watchdogs to unite for inspections"},
      {"a section label is not the headline", "News\n\nDomestic abuse practice is not child-focused" + body,
       std::nullopt, std::nullopt, "Domestic abuse practice is not child-focused"},
      {"a weekday date without its year takes the year from the text",
       "Inspectors found in 2020 that children wait too long for help in the area.\n\n"
       "Released today, Monday, February 21, the report demands urgent action from leaders.\n",
       "2022-02-21", std::nullopt, std::nullopt},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto r = reported(c.text);
      CHECK(r.meta.date == c.date);
      CHECK(r.meta.byline == c.byline);
      CHECK(r.meta.title == c.title);
    }
  }
}

TEST_CASE("inspectorates and areas of news text by input", "[reported]") {
  struct Case {
    const char* name;
    std::string text;
    std::vector<std::string> inspectorates, areas;
  };
  const std::vector<Case> cases = {
      {"inspectorates in lower case",
       "Ofsted, the Care Quality Commission, HMI constabulary and HMI probation will inspect six areas next year.\n",
       {"ofsted", "cqc", "hmicfrs", "hmi-probation"}, {}},
      {"an organisation named after a place gives no area",
       "The joint targeted area inspection involving the council, Essex Police and the CCG took place in Southend-on-Sea.\n",
       {}, {"Southend-on-Sea"}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto r = reported(c.text);
      CHECK(r.meta.inspectorates == c.inspectorates);
      std::vector<std::string> areas;
      for (const auto& a : r.meta.areas) areas.push_back(a.name);
      CHECK(areas == c.areas);
    }
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
