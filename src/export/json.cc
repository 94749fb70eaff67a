// JSON export of records.
#include "jtai/export.h"

#include <nlohmann/json.hpp>

namespace jtai {
namespace {

using json = nlohmann::ordered_json;

json span_json(const ByteSpan& s) { return json::array({s.begin, s.end}); }

json spans_json(const std::vector<ByteSpan>& spans) {
  json out = json::array();
  for (const auto& s : spans) out.push_back(span_json(s));
  return out;
}

template <typename T>
json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json strings(const std::vector<std::string>& v) {
  json out = json::array();
  for (const auto& s : v) out.push_back(s);
  return out;
}

}  // namespace

const char* to_string(SourceFormat v) {
  switch (v) {
    case SourceFormat::kText: return "text";
    case SourceFormat::kPdf: return "pdf";
    case SourceFormat::kHtml: return "html";
  }
  return "text";
}

const char* to_string(DocumentKind v) {
  switch (v) {
    case DocumentKind::kJtaiLetter: return "jtai-letter";
    case DocumentKind::kThematicReport: return "thematic-report";
    case DocumentKind::kNewsArticle: return "news-article";
    case DocumentKind::kInspectionReport: return "inspection-report";
    case DocumentKind::kUnknown: return "unknown";
  }
  return "unknown";
}

const char* to_string(FindingKind v) {
  switch (v) {
    case FindingKind::kStrength: return "strength";
    case FindingKind::kAreaForImprovement: return "area-for-improvement";
    case FindingKind::kPriorityAction: return "priority-action";
    case FindingKind::kPracticeStudy: return "practice-study";
    case FindingKind::kConcern: return "concern";
    case FindingKind::kRecommendation: return "recommendation";
    case FindingKind::kObservation: return "observation";
  }
  return "observation";
}

const char* to_string(Polarity v) {
  switch (v) {
    case Polarity::kPositive: return "positive";
    case Polarity::kNegative: return "negative";
    case Polarity::kMixed: return "mixed";
    case Polarity::kNeutral: return "neutral";
  }
  return "neutral";
}

const char* to_string(PersonRelation v) {
  switch (v) {
    case PersonRelation::kRecipient: return "recipient";
    case PersonRelation::kSignatory: return "signatory";
    case PersonRelation::kQuoted: return "quoted";
    case PersonRelation::kAuthor: return "author";
  }
  return "recipient";
}

nlohmann::ordered_json to_json(const Record& r) {
  json j;
  j["schema"] = kSchemaId;
  j["source"] = {{"path", r.source.path},
                 {"format", to_string(r.source.format)},
                 {"bytes", r.source.bytes},
                 {"sha256", r.source.sha256}};
  if (r.source.text_sha256) j["source"]["text_sha256"] = *r.source.text_sha256;
  if (r.source.pages) j["source"]["pages"] = *r.source.pages;
  const DocumentMeta& d = r.document;
  json doc;
  doc["kind"] = to_string(d.kind);
  doc["kind_evidence"] = strings(d.kind_evidence);
  doc["title"] = opt(d.title);
  doc["date"] = opt(d.date);
  json areas = json::array();
  for (const auto& a : d.areas) areas.push_back({{"name", a.name}, {"code", opt(a.code)}});
  doc["areas"] = areas;
  doc["places"] = strings(d.places);
  doc["inspectorates"] = strings(d.inspectorates);
  doc["theme"] = opt(d.theme);
  doc["fieldwork"] = d.fieldwork ? json{{"start", d.fieldwork->start}, {"end", d.fieldwork->end}} : json(nullptr);
  doc["response_deadline"] = opt(d.response_deadline);
  doc["byline"] = opt(d.byline);
  json people = json::array();
  for (const auto& p : d.people)
    people.push_back({{"name", p.name},
                      {"role", opt(p.role)},
                      {"organisation", opt(p.organisation)},
                      {"relation", to_string(p.relation)}});
  doc["people"] = people;
  doc["reports_cited"] = strings(d.reports_cited);
  json judgements = json::array();
  for (const auto& g : d.judgements)
    judgements.push_back({{"id", g.id}, {"heading", g.heading}, {"grade", g.grade},
                          {"grade_text", g.grade_text}, {"span", span_json(g.span)}});
  doc["judgements"] = judgements;
  doc["content"] = spans_json(d.content);
  j["document"] = doc;

  json findings = json::array();
  for (const auto& f : r.findings) {
    json evidence = json::array();
    for (const auto& e : f.evidence)
      evidence.push_back({{"label", e.label}, {"rule", e.rule}, {"span", span_json(e.span)}});
    findings.push_back({{"id", f.id},
                        {"kind", to_string(f.kind)},
                        {"polarity", to_string(f.polarity)},
                        {"section", opt(f.section)},
                        {"text", f.text},
                        {"spans", spans_json(f.spans)},
                        {"pages", f.pages},
                        {"agencies", strings(f.agencies)},
                        {"themes", strings(f.themes)},
                        {"labels", strings(f.labels)},
                        {"evidence", evidence}});
  }
  j["findings"] = findings;
  json quotes = json::array();
  for (const auto& q : r.quotes)
    quotes.push_back({{"speaker", q.speaker},
                      {"role", opt(q.role)},
                      {"organisation", opt(q.organisation)},
                      {"text", q.text},
                      {"spans", spans_json(q.spans)}});
  j["quotes"] = quotes;
  return j;
}

void write_json(std::ostream& out, const Record& record, int indent) {
  out << to_json(record).dump(indent < 0 ? -1 : indent, ' ', false, nlohmann::json::error_handler_t::strict) << '\n';
}

}  // namespace jtai
