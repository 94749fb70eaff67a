// Reading records back (export stage, the inverse of json.cc): a jtai.analysis/1 JSON
// record into the Record it was written from, every field the writers write, so that
// writing the result again gives the same bytes. `jtai tag` re-labels records read here.
#include <array>
#include <optional>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "jtai/export.h"

namespace jtai {
namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& what) {
  throw std::invalid_argument(fmt::format("not a {} record: {}", kSchemaId, what));
}

const json& member(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) bad(fmt::format("no '{}'", key));
  return *it;
}

std::string str(const json& j, const char* key) {
  const json& v = member(j, key);
  if (!v.is_string()) bad(fmt::format("'{}' is not a string", key));
  return v.get<std::string>();
}

std::optional<std::string> str_or_null(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) bad(fmt::format("'{}' is not a string", key));
  return it->get<std::string>();
}

std::size_t size(const json& j, const char* key) {
  const json& v = member(j, key);
  if (!v.is_number_unsigned()) bad(fmt::format("'{}' is not a count", key));
  return v.get<std::size_t>();
}

std::vector<std::string> strings(const json& j, const char* key) {
  std::vector<std::string> out;
  for (const auto& v : member(j, key)) {
    if (!v.is_string()) bad(fmt::format("'{}' holds a non-string", key));
    out.push_back(v.get<std::string>());
  }
  return out;
}

ByteSpan span(const json& v) {
  if (!v.is_array() || v.size() != 2 || !v[0].is_number_unsigned() || !v[1].is_number_unsigned()) bad("a bad span");
  return {v[0].get<std::size_t>(), v[1].get<std::size_t>()};
}

std::vector<ByteSpan> spans(const json& j, const char* key) {
  std::vector<ByteSpan> out;
  for (const auto& v : member(j, key)) out.push_back(span(v));
  return out;
}

// The enum value whose id (names.cc) is the string at KEY.
template <typename E, std::size_t N>
E id(const json& j, const char* key, const std::array<E, N>& values) {
  std::string s = str(j, key);
  for (E v : values)
    if (s == to_string(v)) return v;
  bad(fmt::format("'{}' is '{}'", key, s));
}

constexpr std::array kFormats{SourceFormat::kText, SourceFormat::kPdf, SourceFormat::kHtml};
constexpr std::array kKinds{DocumentKind::kJtaiLetter, DocumentKind::kThematicReport, DocumentKind::kNewsArticle,
                            DocumentKind::kInspectionReport, DocumentKind::kUnknown};
constexpr std::array kFindingKinds{FindingKind::kStrength, FindingKind::kAreaForImprovement,
                                   FindingKind::kPriorityAction, FindingKind::kPracticeStudy,
                                   FindingKind::kConcern, FindingKind::kRecommendation, FindingKind::kObservation};
constexpr std::array kPolarities{Polarity::kPositive, Polarity::kNegative, Polarity::kMixed, Polarity::kNeutral};
constexpr std::array kRelations{PersonRelation::kRecipient, PersonRelation::kSignatory, PersonRelation::kQuoted,
                                PersonRelation::kAuthor};

Source source(const json& j) {
  Source s;
  s.path = str(j, "path");
  s.format = id(j, "format", kFormats);
  s.bytes = size(j, "bytes");
  s.sha256 = str(j, "sha256");
  s.text_sha256 = str_or_null(j, "text_sha256");
  if (j.contains("pages")) s.pages = static_cast<int>(size(j, "pages"));
  return s;
}

DocumentMeta document(const json& j) {
  DocumentMeta d;
  d.kind = id(j, "kind", kKinds);
  d.kind_evidence = strings(j, "kind_evidence");
  d.title = str_or_null(j, "title");
  d.date = str_or_null(j, "date");
  for (const auto& a : member(j, "areas")) d.areas.push_back({str(a, "name"), str_or_null(a, "code")});
  d.places = strings(j, "places");
  d.inspectorates = strings(j, "inspectorates");
  d.theme = str_or_null(j, "theme");
  if (const json& fw = member(j, "fieldwork"); !fw.is_null()) d.fieldwork = DateRange{str(fw, "start"), str(fw, "end")};
  d.response_deadline = str_or_null(j, "response_deadline");
  d.byline = str_or_null(j, "byline");
  for (const auto& p : member(j, "people"))
    d.people.push_back({str(p, "name"), str_or_null(p, "role"), str_or_null(p, "organisation"), id(p, "relation", kRelations)});
  d.reports_cited = strings(j, "reports_cited");
  if (j.contains("judgements"))  // records of jtai before graded inspections were read have none
    for (const auto& g : j["judgements"])
      d.judgements.push_back({str(g, "id"), str(g, "heading"), str(g, "grade"), str(g, "grade_text"), span(member(g, "span"))});
  if (j.contains("acronyms"))  // records of jtai before definitions were kept have none
    for (const auto& a : j["acronyms"]) d.acronyms.push_back({str(a, "acronym"), str(a, "long_form"), span(member(a, "span"))});
  d.content = spans(j, "content");
  if (j.contains("footnotes"))  // records of jtai before footnotes were kept have none
    for (const auto& n : j["footnotes"]) d.footnotes.push_back({str(n, "text"), span(member(n, "span"))});
  return d;
}

Finding finding(const json& j) {
  Finding f;
  f.id = str(j, "id");
  f.kind = id(j, "kind", kFindingKinds);
  f.polarity = id(j, "polarity", kPolarities);
  f.section = str_or_null(j, "section");
  f.text = str(j, "text");
  f.spans = spans(j, "spans");
  for (const auto& p : member(j, "pages")) {
    if (!p.is_number_integer()) bad("a bad page");
    f.pages.push_back(p.get<int>());
  }
  f.agencies = strings(j, "agencies");
  f.themes = strings(j, "themes");
  f.labels = strings(j, "labels");
  for (const auto& e : member(j, "evidence")) f.evidence.push_back({str(e, "label"), str(e, "rule"), span(member(e, "span"))});
  return f;
}

Quote quote(const json& j) {
  return {str(j, "speaker"), str_or_null(j, "role"), str_or_null(j, "organisation"), str(j, "text"), spans(j, "spans")};
}

}  // namespace

Record record_from_json(const nlohmann::json& j) {
  if (!j.is_object()) bad("not an object");
  if (str(j, "schema") != kSchemaId) bad("another schema");
  Record r;
  r.source = source(member(j, "source"));
  r.document = document(member(j, "document"));
  for (const auto& f : member(j, "findings")) r.findings.push_back(finding(f));
  for (const auto& q : member(j, "quotes")) r.quotes.push_back(quote(q));
  return r;
}

}  // namespace jtai
