// Small records built inline for the summary tests (filters, cross-tabs, timelines, comparisons).
#pragma once

#include <string>
#include <vector>

#include "jtai/model.h"

namespace jtai::test {

inline Finding finding(std::string id, FindingKind kind, Polarity polarity, std::vector<std::string> themes,
                       std::vector<std::string> agencies = {}, std::vector<std::string> labels = {}) {
  Finding f;
  f.id = std::move(id);
  f.kind = kind;
  f.polarity = polarity;
  f.text = "Finding " + f.id + " text.";
  f.themes = std::move(themes);
  f.agencies = std::move(agencies);
  f.labels = std::move(labels);
  return f;
}

inline Record record(std::string path, DocumentKind kind, std::string date, std::vector<Area> areas,
                     std::vector<Finding> findings, std::string sha = "") {
  Record r;
  r.source.path = std::move(path);
  r.source.sha256 = sha.empty() ? r.source.path : sha;
  r.document.kind = kind;
  if (!date.empty()) r.document.date = std::move(date);
  r.document.areas = std::move(areas);
  r.findings = std::move(findings);
  return r;
}

inline Area halton() { return {"Halton", "E06000006"}; }
inline Area york() { return {"York", "E06000014"}; }

}  // namespace jtai::test
