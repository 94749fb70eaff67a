// Writer tests' helpers: hand-built records (a small one with every field filled, a bare
// one with only its path) and a run of a writer over records and errors.
#pragma once

#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/export.h"
#include "jtai/model.h"

namespace jtai_test {

/// A record with every field of the contract set, including text that JSON and CSV must escape.
inline jtai::Record full_record() {
  jtai::Record r;
  r.source = {"in/york \"2018\".pdf", jtai::SourceFormat::kPdf, 120, "ab12", "cd34", 2};
  jtai::DocumentMeta& d = r.document;
  d.kind = jtai::DocumentKind::kJtaiLetter;
  d.kind_evidence = {"jtai-letter +5 head"};
  d.title = "Joint inspection in York";
  d.date = "2018-11-09";
  d.areas = {{"York", "E06000014"}, {"North Yorkshire", std::nullopt}};
  d.inspectorates = {"ofsted", "cqc"};
  d.fieldwork = jtai::DateRange{"2018-09-10", "2018-09-14"};
  d.people = {{"Ann Smith", "Director", std::nullopt, jtai::PersonRelation::kRecipient}};
  d.content = {{0, 100}, {110, 120}};
  jtai::Finding f;
  f.id = "f1";
  f.kind = jtai::FindingKind::kStrength;
  f.polarity = jtai::Polarity::kPositive;
  f.section = "Key strengths";
  f.text = "Leaders, and \"partners\", work well.\t\xE2\x80\x93 together";
  f.spans = {{10, 40}};
  f.pages = {1, 2};
  f.agencies = {"police", "health"};
  f.themes = {"leadership-and-governance"};
  f.evidence = {{"agency:police", "police-1", {12, 18}}};
  r.findings.push_back(f);
  r.quotes.push_back({"Jo Bloggs", "Chief Constable", std::nullopt, "We are proud.", {{50, 63}}});
  return r;
}

/// A record with nothing but PATH (an unknown document with no findings).
inline jtai::Record bare_record(std::string path) {
  jtai::Record r;
  r.source.path = std::move(path);
  return r;
}

/// One document of a run: its record, or the error at PATH.
struct Step {
  std::optional<jtai::Record> record;
  std::string path, message;
};

inline Step written(jtai::Record record) { return {std::move(record), "", ""}; }
inline Step failed(std::string path, std::string message) {
  return {std::nullopt, std::move(path), std::move(message)};
}

/// What the writer of FORMAT writes for a run over INPUTS documents that gives STEPS.
inline std::string write_run(std::string_view format, std::size_t inputs, const std::vector<Step>& steps) {
  std::ostringstream out;
  auto writer = jtai::make_record_writer(format, out);
  writer->begin(inputs);
  for (const auto& s : steps) {
    if (s.record) writer->record(*s.record);
    else writer->error(s.path, s.message);
  }
  writer->end();
  return out.str();
}

}  // namespace jtai_test
