// The pipeline behind jtai.h: ingest → lines → segment → kind → the analyser for that
// kind (one table below) → tag → Record, each stage timed when the options ask.
#include <algorithm>
#include <chrono>
#include <cstdint>

#include <fmt/format.h>

#include "data/lexicon.h"
#include "ingest/ingest.h"
#include "jtai/jtai.h"
#include "kind/kind.h"
#include "layout/geometry.h"
#include "layout/normalise.h"
#include "layout/segment.h"
#include "letter/analyser.h"
#include "inspection/analyser.h"
#include "reported/reported.h"

namespace jtai {
namespace {

Analysis analyse_inspection_report(const Document& doc, const Lexicon& lx) {
  InspectionAnalysis r = analyse_inspection(doc.text, doc.lines, doc.segmentation, lx);
  Analysis out{std::move(r.meta), std::move(r.findings), {}};
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

// Refuses a document once its work has run past the time limit of OPTIONS; called
// between stages, as the work of each is linear in the text.
class Budget {
 public:
  Budget(const std::string& name, const AnalyseOptions& options)
      : name_(name), limit_(options.time_limit_seconds), start_(std::chrono::steady_clock::now()) {}
  void check() const {
    if (limit_ <= 0) return;
    if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count() > limit_)
      throw InputError(name_, fmt::format("took longer than the time limit of {} s (--time-limit)", limit_));
  }

 private:
  const std::string& name_;
  double limit_;
  std::chrono::steady_clock::time_point start_;
};

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

Record analyse_ingested(Ingested input, const std::string& name, const Resources& resources,
                        const AnalyseOptions& options, const Budget& budget, Laps* laps) {
  const Lexicon& lx = resources.lexicon();
  budget.check();
  Record record;
  record.source = std::move(input.source);
  const std::string& text = input.text;
  if (text.size() > kMaxTextBytes)
    throw InputError(name, fmt::format("its text of {} bytes is more than the {} one document may hold", text.size(), kMaxTextBytes));
  auto lines = split_lines(text);
  if (!input.words.empty()) attach_boxes(&lines, input.words, lx.bold_faces);
  auto seg = segment(text, lines, lx);
  budget.check();
  laps->lap(StageTimings::kLayout);
  KindDecision kind = classify_document(text, lines, lx);
  laps->lap(StageTimings::kKind);
  Analysis a = analyser_for(kind.kind)(Document{text, lines, seg, kind.kind}, lx);
  budget.check();
  if (options.max_findings && a.findings.size() > options.max_findings)
    throw InputError(name, fmt::format("more than {} findings ({}; --max-findings)", options.max_findings, a.findings.size()));
  record.document = std::move(a.meta);
  record.findings = std::move(a.findings);
  record.quotes = std::move(a.quotes);
  record.document.kind = kind.kind;
  record.document.kind_evidence = std::move(kind.evidence);
  record.document.footnotes = seg.footnotes;
  laps->lap(StageTimings::kAnalyse);
  tag_document(text, resources.rules(), &record);
  laps->lap(StageTimings::kTag);
  budget.check();
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
  Budget budget(name, options);
  if (options.max_bytes && bytes.size() > options.max_bytes)
    throw InputError(name, fmt::format("larger than the input limit of {} bytes (--max-bytes)", options.max_bytes));
  Laps laps(options.timings);
  Ingested in = ingest_document(name, std::move(bytes), resources.lexicon());
  laps.lap(StageTimings::kIngest);
  return analyse_ingested(std::move(in), name, resources, options, budget, &laps);
}

Record analyse_file(const std::string& path, const Resources& resources, const AnalyseOptions& options) {
  Laps laps(options.timings);
  std::string bytes = read_bytes(path, options.max_bytes ? options.max_bytes : UINT64_MAX);
  laps.lap(StageTimings::kRead);
  return analyse(std::move(bytes), path, resources, options);
}

}  // namespace jtai
