// Summaries across many records (after export in the flow): counts of findings by kind,
// theme and agency, per area and per year, the themes most often raised as concerns,
// grades per judgement and each area's latest grades, and a one-line digest per document. Built incrementally, so a corpus is
// summarised in memory that grows with the number of documents' digests only.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "jtai/filter.h"
#include "jtai/model.h"

namespace jtai {

/// Whether a finding of KIND and POLARITY is a concern, the one definition every count,
/// filter, timeline, comparison and report uses: areas for improvement, priority actions,
/// concerns, and observations that are negative or mixed (from 2022 letters write most of
/// their criticism as observations).
bool is_concern(FindingKind kind, Polarity polarity);

/// is_concern for a finding.
inline bool is_concern(const Finding& f) { return is_concern(f.kind, f.polarity); }

/// What a summary needs of one finding.
struct FindingDigest {
  std::string kind;
  std::vector<std::string> themes;
  std::vector<std::string> agencies;
  std::string polarity = "neutral";
};

/// One judgement of a graded report: its id and grade id.
struct GradeDigest {
  std::string judgement;
  std::string grade;
};

/// What a summary needs of one record.
struct RecordDigest {
  std::string path;
  std::string kind;
  std::string title;
  std::string date;                ///< ISO date or "": document_date (filter.h)
  std::vector<std::string> areas;  ///< area names
  std::vector<FindingDigest> findings;
  std::vector<GradeDigest> grades;  ///< judgements, in the order written
};

/// The digest of an analysed record.
RecordDigest digest(const Record& record);

/// The digest of a record read back from jtai's JSON; throws std::invalid_argument when
/// JSON is not a jtai.analysis/1 record.
RecordDigest digest_from_json(const nlohmann::json& record);

/// Counts over a set of documents. Keys are taxonomy ids; "(none)" counts findings
/// without a theme or agency.
struct Summary {
  using Table = std::map<std::string, std::map<std::string, long>>;
  long documents = 0;
  long findings = 0;
  std::map<std::string, long> documents_by_kind;
  std::map<std::string, long> findings_by_kind;
  Table kind_theme;    ///< [theme][kind]
  Table kind_agency;   ///< [agency][kind]
  Table theme_agency;  ///< [theme][agency]
  Table per_area;      ///< [area][documents | findings | finding kind]
  Table per_year;      ///< [year][documents | findings | finding kind]
  std::map<std::string, long> concern_themes;  ///< themes of concerns (is_concern)
  long concerns = 0;                          ///< findings that are concerns
  Table grades;                               ///< [judgement][grade]: graded reports
  /// An area's latest grade of each judgement: from the latest report (by date) that
  /// grades it, so an area SEND report does not hide the ILACS grades before it.
  struct LatestGrade {
    std::string grade, date, path;
  };
  struct LatestGrades {
    long reports = 0;                               ///< graded reports of the area summarised
    std::map<std::string, LatestGrade> judgements;  ///< by judgement id
  };
  std::map<std::string, LatestGrades> latest_grades;  ///< by area name
  std::vector<FoldedDocuments> folded;                ///< duplicate documents not counted
  /// One line per document: path, kind, date, areas, counts by finding kind, top themes.
  struct Digest {
    std::string path, kind, date, title, areas;
    std::map<std::string, long> counts;
    std::vector<std::string> top_themes;
  };
  std::vector<Digest> digests;
};

/// Adds one document to SUMMARY.
void add_to_summary(Summary* summary, const RecordDigest& record);

/// Writes SUMMARY as JSON (ordered keys).
void write_summary_json(std::ostream& out, const Summary& summary);

/// Writes SUMMARY as tidy CSV: table,row,column,value (one cell of a table per line).
void write_summary_csv(std::ostream& out, const Summary& summary);

/// Writes SUMMARY as a Markdown report with one table per count.
void write_summary_markdown(std::ostream& out, const Summary& summary);

/// Writes SUMMARY in FORMAT (one of summary_formats()); throws std::invalid_argument for
/// another name.
void write_summary(std::string_view format, std::ostream& out, const Summary& summary);

/// Names of the summary formats, in the registry's order: markdown, json, csv.
const std::vector<std::string>& summary_formats();

}  // namespace jtai
