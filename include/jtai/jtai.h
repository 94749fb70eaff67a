// jtai: typed, evidenced records from UK children's-services inspection documents.
//
// This header is the library's front door. A program that includes only headers of
// include/jtai/ and links the `jtai::core` target can analyse a document:
//
//   #include <jtai/jtai.h>
//
//   jtai::Resources resources = jtai::Resources::builtin();   // data/ and rules, built in
//   jtai::Record record = jtai::analyse_file("letter.pdf", resources);
//   for (const jtai::Finding& f : record.findings)
//     std::cout << jtai::to_string(f.kind) << ": " << f.text << "\n";
//
// What happens inside, in order (one forward pipeline; each stage is internal to the
// library and works on plain values):
//
//   ingest   bytes → UTF-8 text (format by content: text, PDF with poppler, HTML with
//            libxml2); every byte offset in a record refers to this text
//   layout   text → lines with their page, indentation and geometry
//   segment  lines → blocks (paragraphs, bullets, headings) and page furniture
//   kind     weighted signals of data/document/kinds.tsv → jtai-letter,
//            inspection-report, news-article, thematic-report or unknown
//   analyse  the analyser for that kind (letters; inspection reports; reported text for
//            news and thematic reports) → metadata, findings, quotes
//   tag      the rules (data/rules/*.rules or a user's files) → agencies, themes and
//            labels on every finding, each with its evidence
//
// The record (model.h) is plain data; export.h writes it as JSON, JSONL, CSV or
// Markdown. Errors cross this boundary as the exceptions of errors.h: InputError for a
// document that cannot be analysed (the rest of a batch goes on), DataError for a bad
// data table or rules file.
//
// Threads: Resources are immutable once built and may be shared by any number of
// threads analysing documents at the same time.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/errors.h"
#include "jtai/export.h"
#include "jtai/ingest.h"
#include "jtai/model.h"
#include "jtai/rules.h"

namespace jtai {

struct Lexicon;

/// Everything an analysis reads besides the document: the compiled data tables
/// (layout, headings, furniture, cues, metadata patterns, areas) and the tagging rules.
/// Cheap to copy: copies share the same immutable tables.
class Resources {
 public:
  /// The data tables and rules embedded in the library (compiled once per process).
  static Resources builtin();

  /// The embedded data tables with RULES (null: the embedded rules, compiled only then).
  static Resources builtin(std::shared_ptr<const RuleSet> rules);

  /// Data tables read from DIR, laid out as the project's data/ folder; any table DIR
  /// does not have is the built-in one. Rules are DIR/rules/*.rules when there are any,
  /// else the built-in rules. Throws DataError naming file:line:col of a bad table.
  static Resources from_folder(const std::string& dir);

  /// These resources with RULES in place of their rules.
  Resources with_rules(std::shared_ptr<const RuleSet> rules) const;

  /// The tagging rules.
  const RuleSet& rules() const { return *rules_; }

  /// The tagging rules, shared.
  const std::shared_ptr<const RuleSet>& rule_set() const { return rules_; }

  /// The compiled data tables (opaque outside the library).
  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  Resources(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const RuleSet> rules);
  std::shared_ptr<const Lexicon> lexicon_;
  std::shared_ptr<const RuleSet> rules_;
};

/// Time spent in each stage of analyse(), summed over documents and worker threads;
/// filled when AnalyseOptions::timings points at one (`jtai analyse --timings`).
class StageTimings {
 public:
  /// The stages, in the order of the flow (kWrite: the caller's record writer).
  enum Stage { kRead, kIngest, kLayout, kKind, kAnalyse, kTag, kWrite, kStages };

  /// Adds NANOSECONDS to STAGE (safe from several threads).
  void add(Stage stage, std::int64_t nanoseconds) { ns_[stage].fetch_add(nanoseconds, std::memory_order_relaxed); }

  /// Seconds spent in STAGE so far.
  double seconds(Stage stage) const { return static_cast<double>(ns_[stage].load()) / 1e9; }

  /// The name of STAGE ("read", "ingest", "layout", "kind", "analyse", "tag", "write").
  static const char* name(Stage stage);

 private:
  std::array<std::atomic<std::int64_t>, kStages> ns_{};
};

/// How one analysis runs: the limits past which a document is refused with an InputError
/// (each 0 for no limit), so one hostile file cannot take a batch's memory or time.
struct AnalyseOptions {
  /// Bytes read from a file; 64 MB covers every published report many times over.
  std::uint64_t max_bytes = kDefaultMaxInputBytes;
  /// Findings of one document; the longest report in the corpus has a few hundred.
  std::size_t max_findings = 20000;
  /// Seconds of work on one document, checked between stages.
  double time_limit_seconds = 120;
  /// Where stage times are added; null: not timed.
  StageTimings* timings = nullptr;
};

/// Rules for a run: the built-in ones, or REPLACE's (a rules file) when it is not empty,
/// plus every file of ADD; a bad rules file throws DataError with its first problem.
std::shared_ptr<const RuleSet> load_rule_set(const std::string& replace, const std::vector<std::string>& add);

/// Analyses the document BYTES, named NAME in the record and in errors; throws
/// InputError (naming NAME) when it cannot be read as a document.
Record analyse(std::string bytes, const std::string& name, const Resources& resources,
               const AnalyseOptions& options = {});

/// The text of the document BYTES that every byte offset of its record refers to (what
/// `jtai text` prints), with its source description; throws InputError naming NAME.
Ingested ingest(const std::string& name, std::string bytes, const Resources& resources);

/// Reads and analyses the document at PATH ("-" for standard input).
Record analyse_file(const std::string& path, const Resources& resources, const AnalyseOptions& options = {});

}  // namespace jtai
