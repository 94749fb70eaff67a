// Comparing two documents of one area (after export in the flow, like summary.h):
// `jtai compare OLD NEW` lists the judgements that changed and the themes raised as
// concerns (is_concern) in OLD that NEW raises again, does not raise again, or raises new,
// each with the findings behind it. `jtai timeline` uses the same concern themes.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/model.h"

namespace jtai {

/// The concerns of RECORD by theme: theme id → indices into record.findings, in order.
std::map<std::string, std::vector<std::size_t>> concern_themes(const Record& record);

/// TEXT cut to at most MAX bytes at a word boundary, with "..." when cut.
std::string short_text(const std::string& text, std::size_t max);

/// A finding named in a comparison.
struct FindingRef {
  std::string id;
  std::string kind;
  std::string text;  ///< short_text of the finding
};

/// What a comparison says of one side.
struct ComparedDocument {
  std::string path, kind;
  std::string date;  ///< document_date (filter.h)
  std::string title;
  std::vector<std::string> areas;
};

/// A judgement of either side: its grade in OLD and NEW ("" where that side has none).
struct JudgementChange {
  std::string id;
  std::string old_grade, new_grade;
  bool changed() const { return old_grade != new_grade; }
};

/// A theme raised as a concern in one or both documents, with the findings behind it.
struct ThemeChange {
  std::string theme;
  std::vector<FindingRef> old_findings, new_findings;
};

/// The comparison of two documents.
struct Comparison {
  ComparedDocument old_doc, new_doc;
  std::vector<std::string> shared_areas;       ///< areas both documents are about
  std::vector<JudgementChange> judgements;     ///< every judgement either states, OLD's order first
  std::vector<ThemeChange> persisting;         ///< concern themes of OLD raised again in NEW
  std::vector<ThemeChange> not_raised_again;   ///< concern themes of OLD that NEW does not raise
  std::vector<ThemeChange> new_themes;         ///< concern themes of NEW that OLD did not raise
};

/// Compares OLD with NEW.
Comparison compare(const Record& old_record, const Record& new_record);

/// Writes COMPARISON as "markdown" or "json"; throws std::invalid_argument for another format.
void write_comparison(std::string_view format, std::ostream& out, const Comparison& comparison);

}  // namespace jtai
