// Reported text: the document as units, then quotes, findings and metadata over them.
#include "reported/reported.h"

#include "reported/findings.h"
#include "reported/metadata.h"
#include "reported/quotes.h"
#include "reported/units.h"

namespace jtai {

ReportedText analyse_reported(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                              DocumentKind kind, const Lexicon& lx) {
  using namespace reported;
  ReportedText out;
  out.meta.kind = kind;
  std::vector<Unit> units = classified_units(text, lines, seg, lx);
  out.meta.content = content_ranges(text, units);
  read_head(units, lx, &out.meta);
  QuoteReading q = read_quotes(units, lx);
  out.quotes = std::move(q.quotes);
  out.meta.people.insert(out.meta.people.end(), q.people.begin(), q.people.end());
  out.findings = reported_findings(text, units, q.units, kind == DocumentKind::kThematicReport, lx);
  read_body_metadata(units, lx, &out.meta);
  return out;
}

}  // namespace jtai
