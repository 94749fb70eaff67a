// The analysis pipeline.
#include "jtai/pipeline.h"

#include "jtai/findings.h"
#include "jtai/metadata.h"
#include "jtai/normalise.h"
#include "jtai/sections.h"
#include "jtai/segment.h"
#include "lexicon.h"

namespace jtai {

Record analyse(const Ingested& input, const AnalyseOptions& /*options*/) {
  const Lexicon& lx = Lexicon::builtin();
  Record record;
  record.source = input.source;
  auto lines = split_lines(input.text);
  auto seg = segment(input.text, lines, lx);
  auto sections = find_sections(seg.blocks, lx);
  record.document = extract_letter_metadata(input.text, lines, seg, sections, lx);
  record.findings = extract_findings(seg.blocks, sections, lx);
  return record;
}

Record analyse_file(const std::string& path, const AnalyseOptions& options) {
  return analyse(ingest(path, read_bytes(path)), options);
}

}  // namespace jtai
