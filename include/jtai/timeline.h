// One area's documents in date order (after export in the flow, like summary.h):
// `jtai timeline AREA FILES…` lists each document's kind, date, grades, findings by kind
// and the themes it raises as concerns (is_concern), and the themes that persist from
// one inspection to the next.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/filter.h"
#include "jtai/model.h"

namespace jtai {

/// One document of a timeline.
struct TimelineEntry {
  std::string path, kind, title;
  std::string date;                           ///< document_date: its date, else its fieldwork's end
  bool fieldwork_date = false;                ///< DATE is the fieldwork's end
  bool inspection = false;                    ///< a JTAI letter or an inspection report
  std::vector<std::pair<std::string, std::string>> grades;  ///< judgement id, grade id
  std::map<std::string, long> counts;         ///< findings by kind
  std::map<std::string, long> concern_themes; ///< theme → concerns that carry it
  std::vector<std::string> same_text;         ///< other inputs with the same text, not listed again
};

/// Concern themes shared by two successive inspections of the area.
struct PersistingThemes {
  std::size_t from = 0, to = 0;     ///< indices into Timeline::entries
  std::vector<std::string> themes;  ///< raised as concerns in both
};

/// The timeline of one area.
struct Timeline {
  std::string area;                         ///< the area's name as the documents give it
  std::vector<TimelineEntry> entries;       ///< by date; undated documents last
  std::vector<PersistingThemes> persisting; ///< one per pair of successive inspections
  /// Themes raised as concerns by two or more inspections: theme → entry indices.
  std::map<std::string, std::vector<std::size_t>> recurring;
};

/// Builds the timeline of the area QUERY names (name or ONS code, any case).
class TimelineBuilder {
 public:
  explicit TimelineBuilder(std::string query);
  /// Adds RECORD when it is about the area; returns whether it was.
  bool add(const Record& record);
  /// The timeline of the documents added.
  Timeline finish() const;

 private:
  std::string query_;
  std::string area_;
  DuplicateFolder folder_;
  std::vector<TimelineEntry> entries_;
};

/// Writes TIMELINE as "markdown" or "json"; throws std::invalid_argument for another format.
void write_timeline(std::string_view format, std::ostream& out, const Timeline& timeline);

}  // namespace jtai
