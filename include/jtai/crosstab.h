// Count tables and cross-tabs over records (beside summary.h, after export in the flow):
// `jtai summarise --by FIELD[,FIELD]` counts documents, findings or judgements by one or
// two fields and writes the table as Markdown, CSV or JSON.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/filter.h"
#include "jtai/model.h"

namespace jtai {

/// A field a table counts by. Year, area, region and kind are the document's; finding
/// kind, polarity, theme, agency and label a finding's; judgement and grade a judgement's.
enum class ByField { kYear, kArea, kRegion, kKind, kFindingKind, kPolarity, kTheme, kAgency, kLabel, kJudgement, kGrade };

/// Names of the fields (year, area, region, kind, finding-kind, polarity, theme, agency,
/// label, judgement, grade), in that order.
const std::vector<std::string>& by_field_names();

/// The name of FIELD.
const char* to_string(ByField field);

/// Parses "year,theme": one or two field names. `judgement` alone means judgement by
/// grade. Throws std::invalid_argument for an unknown name, more than two fields, or a
/// judgement field beside a finding field.
std::vector<ByField> parse_by(std::string_view spec);

/// A count table (one field) or cross-tab (two). An item with several values of a field
/// (a finding with two themes) counts once in each of their cells and once in each total.
struct CrossTab {
  using Counts = std::map<std::string, long>;
  std::vector<ByField> fields;               ///< rows first
  std::string unit;                          ///< what is counted: documents, findings or judgements
  std::map<std::string, Counts> cells;       ///< [row][column]; the column is "" for one field
  Counts row_totals;                         ///< items per row value
  Counts column_totals;                      ///< items per column value
  long total = 0;                            ///< items counted
  long documents = 0;                        ///< documents with an item counted
  std::string filter;                        ///< describe() of the filter applied, or ""
  std::vector<FoldedDocuments> folded;       ///< duplicate documents not counted
};

/// Builds a CrossTab one record at a time.
class CrossTabBuilder {
 public:
  explicit CrossTabBuilder(std::vector<ByField> fields);
  /// Counts RECORD (already filtered and folded).
  void add(const Record& record);
  /// The table so far.
  const CrossTab& table() const { return table_; }
  CrossTab& table() { return table_; }

 private:
  CrossTab table_;
};

/// Row or column values of FIELD in the order a table shows them: years, finding kinds,
/// grades and the like in their natural order, other values by TOTALS (descending).
std::vector<std::string> ordered_values(ByField field, const CrossTab::Counts& totals);

/// Writes TABLE in FORMAT (markdown, csv or json); throws std::invalid_argument for another.
void write_crosstab(std::string_view format, std::ostream& out, const CrossTab& table);

}  // namespace jtai
