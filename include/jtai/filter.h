// Record filters (after tagging, before export or summary in the flow): which documents,
// and which of their findings, an `analyse`, `summarise`, `tag`, `timeline` or `report`
// run keeps. Repeated values of one field are alternatives (OR); fields combine with AND.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "jtai/model.h"

namespace jtai {

/// What to keep. Empty fields keep everything.
struct RecordFilter {
  // Document fields.
  std::vector<std::string> kinds;  ///< document kind ids
  std::vector<std::string> areas;  ///< area names or ONS codes, compared case-insensitively
  std::string since;               ///< ISO date, YYYY-MM or YYYY: documents of document_date on or after it
  std::string until;               ///< ISO date, YYYY-MM or YYYY: documents of document_date up to its end
  // Finding fields.
  std::vector<std::string> finding_kinds;  ///< finding kind ids
  std::vector<std::string> polarities;     ///< polarity ids
  std::vector<std::string> themes;         ///< theme ids
  std::vector<std::string> agencies;       ///< agency ids
  std::vector<std::string> labels;         ///< user rule labels (also theme:… and agency:… forms)
  bool concerns = false;                   ///< only concerns (is_concern)

  /// Whether any finding field is set, so that documents without a matching finding go.
  bool has_finding_filter() const;
  /// Whether nothing is filtered.
  bool empty() const;
};

/// Throws std::invalid_argument naming the field when a kind, finding kind, polarity or
/// date of FILTER is not a valid id or ISO date.
void validate(const RecordFilter& filter);

/// The date a document is counted under: document.date, else the last day of its
/// fieldwork (graded reports state no date of their own), else "".
std::string document_date(const Record& record);

/// Whether AREA is named by QUERY: its name or ONS code, case-insensitively.
bool area_matches(const Area& area, const std::string& query);

/// Whether the document fields of FILTER keep RECORD (its findings not looked at).
bool document_matches(const RecordFilter& filter, const Record& record);

/// Whether the finding fields of FILTER keep FINDING.
bool finding_matches(const RecordFilter& filter, const Finding& finding);

/// Applies FILTER to RECORD: removes the findings it does not keep and returns whether
/// the document is kept (its fields match and, with a finding filter, a finding is left).
bool apply_filter(const RecordFilter& filter, Record* record);

/// FILTER in words for a table's heading ("concerns; kind jtai-letter; since 2020"), or "".
std::string describe(const RecordFilter& filter);

/// Documents of one text counted as one: the first met, and the others folded into it.
struct FoldedDocuments {
  std::string text_sha256;          ///< the text they share
  std::string kept;                 ///< path of the document counted
  std::vector<std::string> folded;  ///< paths of the documents not counted
};

/// Finds documents with the same text (source.text_sha256; for text input, whose spans
/// are into the file, source.sha256), such as a letter's PDF and its .txt, so that counts
/// take each text once.
class DuplicateFolder {
 public:
  /// Whether RECORD is the first of its text, to be counted; otherwise it is noted as folded.
  bool first(const Record& record);
  /// The texts met more than once, in the order they were first met.
  std::vector<FoldedDocuments> folded() const;

 private:
  std::map<std::string, std::size_t> index_;  ///< text hash → position in groups_
  std::vector<FoldedDocuments> groups_;
};

}  // namespace jtai
