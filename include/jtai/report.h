// The HTML report of many records (after export in the flow, beside summary.h): one
// self-contained page with charts of the themes raised as concerns, those themes by year,
// the grades of graded inspections by judgement, a table of areas linking to each
// document's findings, and a search over the findings. ReportBuilder folds documents of
// the same text together and counts what the charts show; write_report_html lays it into
// the page template data/report/report.html with Chart.js, embedded at build time.
#pragma once

#include <cstddef>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "jtai/model.h"

namespace jtai {

/// One document of the report: the record kept for a text, and the paths folded into it.
struct ReportDocument {
  std::string path;
  std::vector<std::string> duplicates;  ///< paths of other records of the same text, sorted
  std::string kind, title, date;        ///< date: document_date (filter.h), ISO or ""
  std::vector<Area> areas;
  std::vector<Judgement> judgements;
  std::size_t first_finding = 0;  ///< index of its first finding in Report::findings
  std::size_t findings = 0;
  std::size_t concerns = 0;  ///< findings that are concerns (is_concern)
};

/// One finding of the report.
struct ReportFinding {
  std::size_t document = 0;  ///< index into Report::documents
  std::string id, kind, polarity, section, text;
  std::vector<std::string> themes;
  bool concern = false;
};

/// One area and the documents about it, in date order.
struct ReportArea {
  std::string name;  ///< "" for documents about no area
  std::string code;
  std::vector<std::size_t> documents;
};

/// The data of one chart: a label per point on the x axis and one series per dataset.
struct ChartData {
  std::vector<std::string> labels;
  struct Series {
    std::string id;     ///< theme or grade id ("other" for the themes left out)
    std::string label;  ///< as shown in the legend
    std::vector<long> values;  ///< one per label
  };
  std::vector<Series> series;
  /// Number of points drawn: labels times series.
  std::size_t points() const { return labels.size() * series.size(); }
};

/// Everything the page shows.
struct Report {
  std::vector<ReportDocument> documents;  ///< by date (undated last), then path
  std::vector<ReportFinding> findings;    ///< document by document, in the record's order
  std::vector<ReportArea> areas;          ///< by name; documents about no area last
  ChartData concern_themes;        ///< themes by the number of concerns raising them, most first
  ChartData themes_by_year;        ///< concerns per year of the most raised themes, and the others summed
  ChartData grades_by_judgement;   ///< graded inspections per judgement and grade
  std::size_t undated_concerns = 0;  ///< concerns of undated documents, in no year
};

/// Collects records (in any order) and builds the report. Records whose text has the
/// same SHA-256 (source.text_sha256, else source.sha256) are one document: the one with
/// the smallest path is kept, the others are listed as its duplicates.
class ReportBuilder {
 public:
  /// Adds one record.
  void add(Record record);
  /// The report of the records added so far.
  Report build() const;

 private:
  struct Text {
    Record record;
    std::vector<std::string> duplicates;
  };
  std::map<std::string, Text> texts_;  // by text SHA-256
};

/// The report as the JSON object the page reads.
nlohmann::ordered_json report_json(const Report& report, std::string_view title);

/// JSON text safe inside an HTML <script> element: every '<', '>' and '&' (and U+2028,
/// U+2029) written as a \u escape, so that no text of a document can close the element.
std::string script_safe_json(const nlohmann::ordered_json& json);

/// Writes the page: the template data/report/report.html with Chart.js and the report's
/// JSON in place of its placeholders.
void write_report_html(std::ostream& out, const Report& report, std::string_view title);

}  // namespace jtai
