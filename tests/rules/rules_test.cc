// Rules engine: parser diagnostics, compiled matcher and tagger, named by input.
#include <catch2/catch.hpp>

#include <set>
#include <tuple>

#include "jtai/jtai.h"
#include "jtai/rules.h"

using jtai::parse_rules;
using jtai::Diagnostic;
using jtai::RuleSet;
using jtai::RuleFile;
using jtai::builtin_rules;
using jtai::check_labels;
using jtai::merge_rules;

namespace {

std::vector<std::string> messages(const std::vector<Diagnostic>& d) {
  std::vector<std::string> out;
  for (const auto& x : d) out.push_back(std::to_string(x.line) + ":" + std::to_string(x.col) + ": " + x.message);
  return out;
}

std::shared_ptr<const RuleSet> compile(const std::string& text) {
  std::vector<Diagnostic> d;
  auto rs = RuleSet::compile(parse_rules(text, "t.rules", &d), &d);
  REQUIRE(d.empty());
  return rs;
}

}  // namespace

TEST_CASE("parse_rules: a good file", "[rules]") {
  std::vector<Diagnostic> d;
  auto f = parse_rules("# c\nrule a.b agency:police weight=2\n  match police | the force\n  unless police and crime commissioner\n"
                       "  regex officers?\nthreshold agency:police 3\nshare theme 40\n",
                       "t.rules", &d);
  CHECK(d.empty());
  REQUIRE(f.rules.size() == 1);
  CHECK(f.rules[0].id == "a.b");
  CHECK(f.rules[0].label == "agency:police");
  CHECK(f.rules[0].weight == 2);
  CHECK(f.rules[0].patterns.size() == 3);
  CHECK(f.rules[0].patterns[1].text == "the force");
  CHECK(f.rules[0].patterns[1].col == 18);
  CHECK(f.rules[0].unless.size() == 1);
  CHECK(f.thresholds.at("agency:police") == 3);
  CHECK(f.shares.at("theme") == 40);
}

TEST_CASE("parse_rules: mistakes by input", "[rules]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"rule x\n", "1:7: a rule needs an id and a label: rule ID LABEL [weight=N]"},
      {"rule x Police\n  match a\n", "1:8: bad label 'Police' (expected kind:name, e.g. theme:timeliness)"},
      {"rule x a:b weight=zero\n  match a\n", "1:19: weight must be a whole number from 1 to 999, found 'zero'"},
      {"rule x a:b\n  matches a\n", "2:3: unknown rule line 'matches' (expected match, regex or unless)"},
      {"rule x a:b\n  match a ||b\n", "2:12: empty phrase"},
      {"labels a\n", "1:1: unknown statement 'labels' (expected rule, threshold, share, acronyms or label)"},
      {"label theme:x\n", "1:7: expected: label KIND:NAME \"what it means\""},
      {"label Theme \"a\"\n", "1:7: expected: label KIND:NAME \"what it means\""},
      {"label theme:x what\n", "1:7: expected: label KIND:NAME \"what it means\""},
      {"  match a\n", "1:3: indented line outside a rule"},
      {"rule x a:b\n", "1:1: rule 'x' has no match or regex line"},
      {"rule x a:b\n  match a\nrule x a:c\n  match b\n", "3:6: rule id 'x' is defined twice"},
  };
  for (const auto& [text, want] : cases) {
    SECTION(want) {
      std::vector<Diagnostic> d;
      parse_rules(text, "t.rules", &d);
      CHECK(messages(d) == std::vector<std::string>{want});
    }
  }
}

TEST_CASE("render: location, source line and caret", "[rules]") {
  Diagnostic d{"t.rules", 2, 5, "oops", "  a bc"};
  CHECK(jtai::render(d) == "t.rules:2:5: oops\n    a bc\n      ^\n");
}

TEST_CASE("RuleSet::compile reports a bad regex", "[rules]") {
  std::vector<Diagnostic> d;
  RuleSet::compile(parse_rules("rule x a:b\n  regex (oops\n", "t.rules", &d), &d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].line == 2);
  CHECK(d[0].col == 9);
  CHECK(d[0].message == "bad regex: missing ): (oops");
}

TEST_CASE("RuleSet::match by input", "[rules]") {
  auto rs = compile(
      "rule p agency:police\n  match police | the force\n  unless police and crime commissioner\n"
      "rule i theme:investigations\n  match investigat*\n"
      "rule v agency:police\n  match VAT\n"
      "rule m theme:multi-agency-working\n  match multi-agency\n");
  auto texts = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : rs->match(text)) out.push_back(rs->rules()[m.rule].id + "=" + text.substr(m.begin, m.end - m.begin));
    return out;
  };
  CHECK(texts("The Police and the force.") == std::vector<std::string>{"p=Police", "p=the force"});
  CHECK(texts("The Police and Crime Commissioner") == std::vector<std::string>{});
  CHECK(texts("investigations and investigating") == std::vector<std::string>{"i=investigations", "i=investigating"});
  CHECK(texts("the VAT and a vat of tea") == std::vector<std::string>{"v=VAT"});
  CHECK(texts("multi agency, multiagency, multi-agency") ==
        std::vector<std::string>{"m=multi agency", "m=multiagency", "m=multi-agency"});
  CHECK(texts("impolite") == std::vector<std::string>{});
}

namespace {

// A record of DOC with one finding of TEXT made of SPANS, tagged as the pipeline does.
jtai::Record tagged(const RuleSet& rs, const std::string& doc, const std::string& text,
                    std::vector<jtai::ByteSpan> spans, std::vector<std::vector<jtai::NearMiss>>* near = nullptr) {
  jtai::Record r;
  jtai::Finding f;
  f.text = text;
  f.spans = std::move(spans);
  r.findings.push_back(f);
  jtai::tag_document(doc, rs, &r, near);
  return r;
}

std::string at(const std::string& doc, jtai::ByteSpan s) { return doc.substr(s.begin, s.end - s.begin); }

}  // namespace

TEST_CASE("tag_document: thresholds, acronyms and evidence", "[rules]") {
  auto rs = compile(
      "rule p agency:police\n  match police\n"
      "rule d theme:delay weight=2\n  match delay*\n"
      "rule w theme:waits\n  match wait*\nthreshold theme:waits 2\nacronyms \\(([A-Z][A-Za-z]{1,7})\\)\n");
  std::string doc = "The police vulnerability assessment team (VAT) works. The VAT waits. There were delays.";
  std::size_t from = doc.find("The VAT");
  std::vector<std::vector<jtai::NearMiss>> near;
  jtai::Record r = tagged(*rs, doc, "The VAT waits. There were delays.", {{from, doc.size()}}, &near);
  const jtai::Finding& f = r.findings[0];
  CHECK(f.agencies == std::vector<std::string>{"police"});
  CHECK(f.themes == std::vector<std::string>{"delay"});
  REQUIRE(f.evidence.size() == 2);
  CHECK(f.evidence[0].rule == "p@acronym");
  CHECK(at(doc, f.evidence[0].span) == "VAT");
  CHECK(at(doc, f.evidence[1].span) == "delays");
  SECTION("the definition is kept in the record") {
    REQUIRE(r.document.acronyms.size() == 1);
    CHECK(r.document.acronyms[0].acronym == "VAT");
    CHECK(r.document.acronyms[0].long_form == "police vulnerability assessment team");
    CHECK(at(doc, r.document.acronyms[0].span) == "police vulnerability assessment team (VAT)");
  }
  SECTION("a label under its threshold is a near miss with its weight and matches") {
    REQUIRE(near.size() == 1);
    REQUIRE(near[0].size() == 1);
    CHECK(near[0][0].label == "theme:waits");
    CHECK(near[0][0].weight == 1);
    CHECK(near[0][0].needed == 2);
    REQUIRE(near[0][0].evidence.size() == 1);
    CHECK(at(doc, near[0][0].evidence[0].span) == "waits");
  }
  SECTION("tagging the record again, without the document, gives the same labels and evidence") {
    jtai::Record again = r;
    again.findings[0].themes.clear();
    again.findings[0].evidence.clear();
    jtai::tag_record(&again, *rs);
    CHECK(again.findings[0].themes == f.themes);
    CHECK(again.findings[0].agencies == f.agencies);
    REQUIRE(again.findings[0].evidence.size() == 2);
    CHECK(again.findings[0].evidence[0].span == f.evidence[0].span);
    CHECK(again.findings[0].evidence[1].span == f.evidence[1].span);
  }
}

TEST_CASE("tag_document: a label under its share of the strongest label is a near miss", "[rules]") {
  auto rs = compile("rule a theme:a weight=5\n  match alpha\nrule b theme:b\n  match beta\nshare theme 40\n");
  std::string doc = "alpha and beta";
  std::vector<std::vector<jtai::NearMiss>> near;
  jtai::Record r = tagged(*rs, doc, doc, {{0, doc.size()}}, &near);
  CHECK(r.findings[0].themes == std::vector<std::string>{"a"});
  REQUIRE(near[0].size() == 1);
  CHECK(near[0][0].label == "theme:b");
  CHECK(near[0][0].weight == 1);
  CHECK(near[0][0].needed == 2);  // 40% of 5
}

TEST_CASE("tag_document: evidence offsets across folded line breaks and joined spans", "[rules]") {
  auto rs = compile("rule p agency:police\n  match police force\nrule h agency:health\n  match health visitors\n");
  struct Case {
    const char* name;
    std::string doc;
    std::vector<jtai::ByteSpan> spans;  // as the segmenter gives them
    std::string text;
    std::vector<jtai::ByteSpan> exact;  // after tag_document
  };
  std::string wrap = "The police\n   force met. Page 2\nhealth visitors too.";
  std::string page = "The police\n\n\fforce met.\n\nhealth visitors too.";
  std::vector<Case> cases = {
      {"an indented wrap, then a span after page furniture", wrap,
       {{0, wrap.find(" Page")}, {wrap.find("health"), wrap.size()}}, "The police force met. health visitors too.",
       {{0, 10}, {14, wrap.find(" Page")}, {wrap.find("health"), wrap.size()}}},
      {"a page break and a blank line inside one span", page, {{0, page.size()}},
       "The police force met. health visitors too.", {{0, 10}, {13, 23}, {25, page.size()}}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      jtai::Record r = tagged(*rs, c.doc, c.text, c.spans);
      const jtai::Finding& f = r.findings[0];
      CHECK(f.spans == c.exact);
      REQUIRE(f.evidence.size() == 2);
      CHECK(at(c.doc, f.evidence[0].span) == c.doc.substr(4, c.doc.find("force") + 5 - 4));
      CHECK(at(c.doc, f.evidence[1].span) == "health visitors");
    }
  }
  SECTION("spans that do not line up with the text are kept as they are") {
    std::string doc = "The police force met.";
    jtai::Record r = tagged(*rs, doc, "The police force did.", {{0, doc.size()}});
    CHECK(r.findings[0].spans == std::vector<jtai::ByteSpan>{{0, doc.size()}});
  }
  SECTION("past the end of short spans, evidence counts on from the last byte they map") {
    std::string doc = "The police force met. health visitors too.";
    for (const auto& spans : {std::vector<jtai::ByteSpan>{{0, 10}}, std::vector<jtai::ByteSpan>{}}) {
      jtai::Record r = tagged(*rs, doc, doc, spans);
      const jtai::Finding& f = r.findings[0];
      REQUIRE(f.evidence.size() == 2);
      CHECK(f.evidence[0].span == jtai::ByteSpan{4, 16});
      CHECK(f.evidence[1].span == jtai::ByteSpan{22, 37});
    }
  }
}

TEST_CASE("built-in rules compile and cover every taxonomy agency", "[rules]") {
  auto rs = jtai::Resources::builtin().rule_set();
  std::set<std::string> labels;
  for (const auto& r : rs->rules()) labels.insert(r.label);
  for (const char* a : {"local-authority", "police", "pcc", "health", "probation", "youth-justice", "education",
                        "safeguarding-partnership", "voluntary-sector", "courts-cps", "partnership"})
    CHECK(labels.count(std::string("agency:") + a) == 1);
  CHECK(labels.size() == 11 + 24);
}

TEST_CASE("check_labels: the taxonomy's kinds need declared labels", "[rules]") {
  const std::string declared = "label theme:neglect \"neglect\"\nlabel agency:health \"NHS\"\n";
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"rule a theme:neglect\n  match x\n", {}},
      {"rule a agency:health/camhs\n  match x\n", {}},
      {"rule a topic:county-lines\n  match x\n", {}},
      {"label theme:county-lines \"drugs\"\nrule a theme:county-lines\n  match x\n", {}},
      {"rule a theme:neglet\n  match x\n",
       {"1:8: unknown theme 'neglet', not in the taxonomy (did you mean theme:neglect?); to add it, declare: "
        "label theme:neglet \"what it means\""}},
      {"rule abc agency:gang-unit\n  match x\n",
       {"1:10: unknown agency 'gang-unit', not in the taxonomy; to add it, declare: label agency:gang-unit \"what it "
        "means\""}},
  };
  for (const auto& [text, want] : cases) {
    SECTION(text) {
      std::vector<Diagnostic> d;
      RuleFile all = parse_rules(declared, "taxonomy.rules", &d);
      merge_rules(&all, parse_rules(text, "t.rules", &d), &d);
      check_labels(all, &d);
      CHECK(messages(d) == want);
    }
  }
}

TEST_CASE("built-in rules declare the taxonomy's 35 agencies and themes", "[rules]") {
  RuleFile b = builtin_rules();
  CHECK(b.labels.size() == 11 + 24);
  CHECK(b.labels.count("theme:neglect") == 1);
  std::vector<Diagnostic> d;
  check_labels(b, &d);
  CHECK(d.empty());
}

TEST_CASE("the built-in rules pass every check, so a run compiles them unchecked", "[rules]") {
  std::vector<Diagnostic> d;
  auto checked = RuleSet::compile(builtin_rules(), &d);
  CHECK(messages(d).empty());
  auto prechecked = RuleSet::compile_prechecked(builtin_rules());
  REQUIRE(prechecked->rules().size() == checked->rules().size());
  for (std::size_t r = 0; r < checked->rules().size(); ++r) {
    INFO(checked->rules()[r].id);
    CHECK(prechecked->rules()[r].patterns.size() == checked->rules()[r].patterns.size());
  }
  const std::string text =
      "Police officers, health visitors and the local authority's social workers share information in the MASH, "
      "but not always promptly; children's views are not consistently recorded, and leaders do not routinely "
      "analyse data about domestic abuse or child exploitation.";
  auto key = [](const std::vector<jtai::RuleMatch>& ms) {
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> out;
    for (const auto& m : ms) out.emplace_back(m.rule, m.begin, m.end);
    return out;
  };
  auto want = key(checked->match(text));
  CHECK(want.size() > 10);
  CHECK(key(prechecked->match(text)) == want);
  CHECK(key(prechecked->match_reference(text)) == key(checked->match_reference(text)));
}

TEST_CASE("compile_prechecked leaves a bad pattern to its first use", "[rules]") {
  std::vector<Diagnostic> d;
  RuleFile f = parse_rules("rule x a:b\n  regex (oops\n", "t.rules", &d);
  REQUIRE(d.empty());
  auto rs = RuleSet::compile_prechecked(f);
  CHECK_THROWS_AS(rs->match_reference("oops"), std::runtime_error);
}
