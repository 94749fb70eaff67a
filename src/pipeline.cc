// The analysis pipeline.
#include "jtai/pipeline.h"

#include <algorithm>

#include "letter/findings.h"
#include "inspection/analyser.h"
#include "kind/kind.h"
#include "reported/reported.h"
#include "letter/metadata.h"
#include "layout/normalise.h"
#include "letter/sections.h"
#include "layout/segment.h"
#include "jtai/errors.h"
#include "data/lexicon.h"

namespace jtai {

Record analyse(const Ingested& input, const AnalyseOptions& options) {
  const Lexicon& lx = Lexicon::builtin();
  Record record;
  record.source = input.source;
  auto lines = split_lines(input.text);
  auto seg = segment(input.text, lines, lx);
  auto sections = find_sections(seg.blocks, lx);
  KindDecision kind = classify_document(input.text, lines, lx);
  if (kind.kind == DocumentKind::kNewsArticle || kind.kind == DocumentKind::kThematicReport) {
    ReportedText r = analyse_reported(input.text, lines, seg, kind.kind, lx);
    record.document = std::move(r.meta);
    record.findings = std::move(r.findings);
    record.quotes = std::move(r.quotes);
  } else if (kind.kind == DocumentKind::kInspectionReport) {
    InspectionAnalysis r = analyse_inspection(input.text, lines, seg, lx);
    record.document = std::move(r.meta);
    record.findings = std::move(r.findings);
  } else {
    record.document = extract_letter_metadata(input.text, lines, seg, sections, lx);
    record.findings = extract_findings(seg.blocks, sections, lx);
  }
  if (kind.kind != DocumentKind::kNewsArticle && kind.kind != DocumentKind::kThematicReport)
    for (const auto& b : seg.blocks)
      for (auto& title : cited_reports(b.text, lx))
        if (std::find(record.document.reports_cited.begin(), record.document.reports_cited.end(), title) ==
            record.document.reports_cited.end())
          record.document.reports_cited.push_back(std::move(title));
  record.document.kind = kind.kind;
  record.document.kind_evidence = kind.evidence;
  auto rules = options.rules ? options.rules : builtin_rule_set();
  tag_findings(input.text, *rules, &record.findings);
  return record;
}

std::shared_ptr<const RuleSet> builtin_rule_set() {
  static const std::shared_ptr<const RuleSet> rules = [] {
    std::vector<RuleDiagnostic> diags;
    auto rs = RuleSet::compile(builtin_rules(), &diags);
    if (!diags.empty()) throw DataError(diags[0].file, diags[0].line, diags[0].col, diags[0].message);
    return rs;
  }();
  return rules;
}

std::shared_ptr<const RuleSet> load_rule_set(const std::string& replace, const std::vector<std::string>& add) {
  if (replace.empty() && add.empty()) return builtin_rule_set();
  std::vector<RuleDiagnostic> diags;
  auto read = [&](const std::string& path) {
    std::string text;
    try {
      text = read_bytes(path);
    } catch (const InputError& e) {
      throw DataError(path, 0, 0, e.what());
    }
    return parse_rules(text, path, &diags);
  };
  RuleFile file = replace.empty() ? builtin_rules() : read(replace);
  for (const auto& path : add) merge_rules(&file, read(path), &diags);
  auto rs = RuleSet::compile(file, &diags);
  if (!diags.empty()) throw DataError(diags[0].file, diags[0].line, diags[0].col, diags[0].message);
  return rs;
}

Record analyse_file(const std::string& path, const AnalyseOptions& options) {
  return analyse(ingest(path, read_bytes(path)), options);
}

}  // namespace jtai
