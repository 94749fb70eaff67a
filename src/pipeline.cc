// The pipeline behind jtai.h: ingest → lines → segment → kind → the analyser for that
// kind (one table below) → tag → Record.
#include <algorithm>

#include "data/lexicon.h"
#include "ingest/ingest.h"
#include "jtai/jtai.h"
#include "kind/kind.h"
#include "layout/normalise.h"
#include "layout/segment.h"
#include "letter/analyser.h"
#include "letter/findings.h"
#include "inspection/inspection.h"
#include "letter/sections.h"
#include "reported/reported.h"

namespace jtai {
namespace {

Analysis analyse_inspection_report(const Document& doc, const Lexicon& lx) {
  Analysis out;
  out.meta = extract_inspection_metadata(doc.text, doc.lines, doc.segmentation, lx);
  out.findings = extract_findings(doc.segmentation.blocks, find_sections(doc.segmentation.blocks, lx), lx);
  out.meta.reports_cited = reports_cited_in(doc.segmentation.blocks, lx);
  return out;
}

Analysis analyse_reported_text(const Document& doc, const Lexicon& lx) {
  ReportedText r = analyse_reported(doc.text, doc.lines, doc.segmentation, doc.kind, lx);
  return {std::move(r.meta), std::move(r.findings), std::move(r.quotes)};
}

// The analyser for each kind of document; a document of unknown kind is read as a letter.
struct AnalyserEntry {
  DocumentKind kind;
  Analyser analyser;
};

constexpr AnalyserEntry kAnalysers[] = {
    {DocumentKind::kJtaiLetter, analyse_letter},
    {DocumentKind::kInspectionReport, analyse_inspection_report},
    {DocumentKind::kNewsArticle, analyse_reported_text},
    {DocumentKind::kThematicReport, analyse_reported_text},
    {DocumentKind::kUnknown, analyse_letter},
};

Analyser analyser_for(DocumentKind kind) {
  for (const auto& a : kAnalysers)
    if (a.kind == kind) return a.analyser;
  return analyse_letter;
}

Record analyse_ingested(Ingested input, const Resources& resources) {
  const Lexicon& lx = resources.lexicon();
  Record record;
  record.source = std::move(input.source);
  const std::string& text = input.text;
  auto lines = split_lines(text);
  auto seg = segment(text, lines, lx);
  KindDecision kind = classify_document(text, lines, lx);
  Analysis a = analyser_for(kind.kind)(Document{text, lines, seg, kind.kind}, lx);
  record.document = std::move(a.meta);
  record.findings = std::move(a.findings);
  record.quotes = std::move(a.quotes);
  record.document.kind = kind.kind;
  record.document.kind_evidence = std::move(kind.evidence);
  tag_document(text, resources.rules(), &record);
  return record;
}

}  // namespace

Ingested ingest(const std::string& name, std::string bytes, const Resources& resources) {
  return ingest_document(name, std::move(bytes), resources.lexicon());
}

Record analyse(std::string bytes, const std::string& name, const Resources& resources, const AnalyseOptions&) {
  return analyse_ingested(ingest_document(name, std::move(bytes), resources.lexicon()), resources);
}

Record analyse_file(const std::string& path, const Resources& resources, const AnalyseOptions& options) {
  return analyse(read_bytes(path), path, resources, options);
}

}  // namespace jtai
