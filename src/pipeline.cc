// The pipeline behind jtai.h: ingest → lines → segment → kind → the analyser for that
// kind (one table below) → tag → Record, each stage timed when the options ask.
#include <algorithm>
#include <chrono>

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

// Adds the time since the last lap to a stage, when timings are asked for.
class Laps {
 public:
  explicit Laps(StageTimings* timings) : timings_(timings), last_(timings ? Clock::now() : Clock::time_point{}) {}

  void lap(StageTimings::Stage stage) {
    if (!timings_) return;
    auto now = Clock::now();
    timings_->add(stage, std::chrono::duration_cast<std::chrono::nanoseconds>(now - last_).count());
    last_ = now;
  }

 private:
  using Clock = std::chrono::steady_clock;
  StageTimings* timings_;
  Clock::time_point last_;
};

Record analyse_ingested(Ingested input, const Resources& resources, Laps* laps) {
  const Lexicon& lx = resources.lexicon();
  Record record;
  record.source = std::move(input.source);
  const std::string& text = input.text;
  auto lines = split_lines(text);
  auto seg = segment(text, lines, lx);
  laps->lap(StageTimings::kLayout);
  KindDecision kind = classify_document(text, lines, lx);
  laps->lap(StageTimings::kKind);
  Analysis a = analyser_for(kind.kind)(Document{text, lines, seg, kind.kind}, lx);
  record.document = std::move(a.meta);
  record.findings = std::move(a.findings);
  record.quotes = std::move(a.quotes);
  record.document.kind = kind.kind;
  record.document.kind_evidence = std::move(kind.evidence);
  laps->lap(StageTimings::kAnalyse);
  tag_findings(text, resources.rules(), &record.findings);
  laps->lap(StageTimings::kTag);
  return record;
}

}  // namespace

const char* StageTimings::name(Stage stage) {
  static constexpr const char* kNames[] = {"read", "ingest", "layout", "kind", "analyse", "tag", "write"};
  return stage < kStages ? kNames[stage] : "?";
}

Ingested ingest(const std::string& name, std::string bytes, const Resources& resources) {
  return ingest_document(name, std::move(bytes), resources.lexicon());
}

Record analyse(std::string bytes, const std::string& name, const Resources& resources, const AnalyseOptions& options) {
  Laps laps(options.timings);
  Ingested in = ingest_document(name, std::move(bytes), resources.lexicon());
  laps.lap(StageTimings::kIngest);
  return analyse_ingested(std::move(in), resources, &laps);
}

Record analyse_file(const std::string& path, const Resources& resources, const AnalyseOptions& options) {
  Laps laps(options.timings);
  std::string bytes = read_bytes(path);
  laps.lap(StageTimings::kRead);
  return analyse(std::move(bytes), path, resources, options);
}

}  // namespace jtai
