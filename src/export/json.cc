// JSON and JSONL writers: the record of docs/output-contract.md streamed key by key in
// the contract's order. `json` writes each record pretty-printed (two-space indent), as an
// array when the run has several inputs; `jsonl` writes one record or error per line.
#include <ostream>

#include <nlohmann/json.hpp>

#include "export/json_stream.h"
#include "jtai/export.h"

namespace jtai {
namespace {

// Indent of the pretty `json` format.
constexpr int kPrettyIndent = 2;
// Indent that means one line.
constexpr int kOneLine = -1;

void spans(JsonStream& j, const std::vector<ByteSpan>& v) {
  j.open_array();
  for (const auto& s : v) j.pair(s.begin, s.end);
  j.close_array();
}

void strings(JsonStream& j, const std::vector<std::string>& v) {
  j.open_array();
  for (const auto& s : v) j.string(s);
  j.close_array();
}

void source(JsonStream& j, const Source& s) {
  j.open_object();
  j.member("path", s.path);
  j.member("format", to_string(s.format));
  j.key("bytes").number(s.bytes);
  j.member("sha256", s.sha256);
  if (s.text_sha256) j.member("text_sha256", *s.text_sha256);
  if (s.pages) j.key("pages").number(*s.pages);
  j.close_object();
}

void people(JsonStream& j, const std::vector<Person>& v) {
  j.open_array();
  for (const auto& p : v) {
    j.open_object();
    j.member("name", p.name);
    j.key("role").string_or_null(p.role);
    j.key("organisation").string_or_null(p.organisation);
    j.member("relation", to_string(p.relation));
    j.close_object();
  }
  j.close_array();
}

void document(JsonStream& j, const DocumentMeta& d) {
  j.open_object();
  j.member("kind", to_string(d.kind));
  j.key("kind_evidence");
  strings(j, d.kind_evidence);
  j.key("title").string_or_null(d.title);
  j.key("date").string_or_null(d.date);
  j.key("areas").open_array();
  for (const auto& a : d.areas)
    j.open_object().member("name", a.name).key("code").string_or_null(a.code).close_object();
  j.close_array();
  j.key("places");
  strings(j, d.places);
  j.key("inspectorates");
  strings(j, d.inspectorates);
  j.key("theme").string_or_null(d.theme);
  j.key("fieldwork");
  if (d.fieldwork)
    j.open_object().member("start", d.fieldwork->start).member("end", d.fieldwork->end).close_object();
  else
    j.null();
  j.key("response_deadline").string_or_null(d.response_deadline);
  j.key("byline").string_or_null(d.byline);
  j.key("people");
  people(j, d.people);
  j.key("reports_cited");
  strings(j, d.reports_cited);
  j.key("judgements").open_array();
  for (const auto& g : d.judgements) {
    j.open_object().member("id", g.id).member("heading", g.heading).member("grade", g.grade);
    j.member("grade_text", g.grade_text).pair_member("span", g.span.begin, g.span.end).close_object();
  }
  j.close_array();
  j.key("acronyms").open_array();
  for (const auto& a : d.acronyms) {
    j.open_object().member("acronym", a.acronym).member("long_form", a.long_form);
    j.pair_member("span", a.span.begin, a.span.end).close_object();
  }
  j.close_array();
  j.key("content");
  spans(j, d.content);
  j.key("footnotes").open_array();
  for (const auto& n : d.footnotes) {
    j.open_object().member("text", n.text).pair_member("span", n.span.begin, n.span.end).close_object();
  }
  j.close_array();
  j.close_object();
}

void finding(JsonStream& j, const Finding& f) {
  j.open_object();
  j.member("id", f.id);
  j.member("kind", to_string(f.kind));
  j.member("polarity", to_string(f.polarity));
  j.key("section").string_or_null(f.section);
  j.member("text", f.text);
  j.key("spans");
  spans(j, f.spans);
  j.key("pages").open_array();
  for (int p : f.pages) j.number(p);
  j.close_array();
  j.key("agencies");
  strings(j, f.agencies);
  j.key("themes");
  strings(j, f.themes);
  j.key("labels");
  strings(j, f.labels);
  j.key("evidence").open_array();
  for (const auto& e : f.evidence) {
    j.open_object().member("label", e.label).member("rule", e.rule);
    j.pair_member("span", e.span.begin, e.span.end).close_object();
  }
  j.close_array();
  j.close_object();
}

void quote(JsonStream& j, const Quote& q) {
  j.open_object();
  j.member("speaker", q.speaker);
  j.key("role").string_or_null(q.role);
  j.key("organisation").string_or_null(q.organisation);
  j.member("text", q.text);
  j.key("spans");
  spans(j, q.spans);
  j.close_object();
}

// The whole record, replacing J's text.
void record(JsonStream& j, const Record& r) {
  j.clear();
  j.open_object();
  j.member("schema", kSchemaId);
  j.key("source");
  source(j, r.source);
  j.key("document");
  document(j, r.document);
  j.key("findings").open_array();
  for (const auto& f : r.findings) finding(j, f);
  j.close_array();
  j.key("quotes").open_array();
  for (const auto& q : r.quotes) quote(j, q);
  j.close_array();
  j.close_object();
}

// Pretty records; with several inputs, the elements of one array.
class JsonWriter : public RecordWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out), json_(kPrettyIndent) {}
  void begin(std::size_t inputs) override {
    array_ = inputs > 1;
    if (array_) out_ << "[\n";
  }
  void record(const Record& r) override {
    if (array_ && written_) out_ << ",\n";
    jtai::record(json_, r);
    out_ << json_.text();
    if (!array_) out_ << '\n';
    ++written_;
  }
  void end() override {
    if (array_) out_ << (written_ ? "\n]\n" : "]\n");
  }

 private:
  std::ostream& out_;
  JsonStream json_;
  bool array_ = false;
  std::size_t written_ = 0;
};

// One line per document, flushed at once so that a reader can follow a long run.
class JsonLinesWriter : public RecordWriter {
 public:
  explicit JsonLinesWriter(std::ostream& out) : out_(out), json_(kOneLine) {}
  void record(const Record& r) override {
    jtai::record(json_, r);
    line();
  }
  void error(const std::string& path, const std::string& message) override {
    json_.clear();
    json_.open_object().key("source").open_object().member("path", path).close_object();
    json_.key("error").open_object().member("message", message).close_object().close_object();
    line();
  }

 private:
  void line() {
    out_ << json_.text() << '\n';
    out_.flush();
  }
  std::ostream& out_;
  JsonStream json_;
};

}  // namespace

std::unique_ptr<RecordWriter> make_json_writer(std::ostream& out) { return std::make_unique<JsonWriter>(out); }

std::unique_ptr<RecordWriter> make_jsonl_writer(std::ostream& out) { return std::make_unique<JsonLinesWriter>(out); }

nlohmann::ordered_json to_json(const Record& r) {
  JsonStream j(kOneLine);
  record(j, r);
  return nlohmann::ordered_json::parse(j.text());
}

}  // namespace jtai
