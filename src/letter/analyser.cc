// The letter analyser.
#include "letter/analyser.h"

#include <algorithm>

#include "letter/findings.h"
#include "letter/metadata.h"
#include "letter/sections.h"
#include "text/citations.h"

namespace jtai {

std::vector<std::string> reports_cited_in(const BlockList& blocks, const Lexicon& lx) {
  std::vector<std::string> out;
  for (const Block b : blocks)
    for (auto& title : cited_reports(b.text, lx))
      if (std::find(out.begin(), out.end(), title) == out.end()) out.push_back(std::move(title));
  return out;
}

Analysis analyse_letter(const Document& doc, const Lexicon& lx) {
  Analysis out;
  const Segmentation& seg = doc.segmentation;
  auto sections = find_sections(seg.blocks, lx);
  out.meta = extract_letter_metadata(doc.text, doc.lines, seg, sections, lx);
  out.findings = extract_findings(seg.blocks, sections, lx);
  out.meta.reports_cited = reports_cited_in(seg.blocks, lx);
  return out;
}

}  // namespace jtai
