// `jtai analyse INPUT...`: one record per document, in input order, through the writer of
// the chosen record format (export.h); per-document errors on stderr and to the writer
// (JSONL writes them as error records).
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "common.h"
#include "jtai/batch.h"
#include "jtai/filter.h"
#include "jtai/export.h"
#include "jtai/ingest.h"
#include "jtai/jtai.h"
#include "records.h"

namespace jtai::cli {
namespace {

struct AnalyseArgs {
  BatchArgs batch;
  std::string format = "json";
  bool bom = false;
  bool timings = false;
  RecordFilter filter;
};

// The UTF-8 byte-order mark that --bom puts before CSV, so that Excel reads it as UTF-8.
constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

// Refuses option mixes that cannot work before any document is read.
void check_format(const AnalyseArgs& args) {
  if (args.bom && args.format != "csv") throw UsageError("--bom is for -f csv only");
  bool to_stdout = args.batch.output.empty() || args.batch.output == "-";
  if (args.format == "xlsx" && to_stdout && ::isatty(STDOUT_FILENO))
    throw UsageError("xlsx is a binary file: write it with -o FILE.xlsx (or redirect standard output)");
}

// Per-stage seconds (summed over workers) and their shares, to stderr.
void print_timings(const StageTimings& t, double wall) {
  double total = 0;
  for (int s = 0; s < StageTimings::kStages; ++s) total += t.seconds(static_cast<StageTimings::Stage>(s));
  fmt::print(stderr, "stage      seconds   share\n");
  for (int s = 0; s < StageTimings::kStages; ++s) {
    auto stage = static_cast<StageTimings::Stage>(s);
    fmt::print(stderr, "{:<9} {:>8.3f}  {:>5.1f}%\n", StageTimings::name(stage), t.seconds(stage),
               total > 0 ? 100 * t.seconds(stage) / total : 0.0);
  }
  fmt::print(stderr, "{:<9} {:>8.3f}  (wall {:.3f} s, start-up and waiting not in the stages)\n", "total", total, wall);
}

int run_analyse(const AnalyseArgs& args) {
  configure_logging(args.batch);
  check_format(args);
  check_filter(args.filter);
  auto started = std::chrono::steady_clock::now();
  Resources resources = Resources::builtin(run_rule_set(args.batch.rules, args.batch.add_rules));
  StageTimings timings;
  AnalyseOptions options = args.batch.limits;
  if (args.timings) options.timings = &timings;
  auto files = collect(args.batch);
  std::uint64_t total = 0;
  for (const auto& f : files) total += f.bytes;
  Output output(args.batch.output, input_paths(files, args.batch));
  if (args.bom) output.stream() << kUtf8Bom;
  auto writer = make_record_writer(args.format, output.stream());
  writer->begin(files.size());
  Progress progress(args.batch, files.size(), total);
  auto start = std::chrono::steady_clock::now();
  std::size_t failed = run_batch(files, resources, options, args.batch.jobs, [&](BatchResult&& r) {
    if (!r.ok()) {
      const std::string& message = std::get<std::string>(r.outcome);
      progress.clear();
      spdlog::error("{}: {}", printable_name(r.path), message);
      writer->error(escape_invalid_utf8(r.path), escape_invalid_utf8(message));
    } else {
      Record& record = std::get<Record>(r.outcome);
      if (!args.filter.empty() && !apply_filter(args.filter, &record)) {
        progress.advance(files[r.index].bytes);
        return;
      }
      auto before = std::chrono::steady_clock::now();
      writer->record(record);
      if (args.timings)
        timings.add(StageTimings::kWrite, std::chrono::duration_cast<std::chrono::nanoseconds>(
                                              std::chrono::steady_clock::now() - before).count());
      spdlog::debug("{}: {} findings", printable_name(r.path), record.findings.size());
    }
    output.check();  // a full disk stops the run at once
    progress.advance(files[r.index].bytes);
  });
  writer->end();
  output.check();
  progress.finish();
  output.commit();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  spdlog::info("{} documents ({:.1f} MB) in {:.2f} s, {} failed, {} worker(s)", files.size(),
               static_cast<double>(total) / 1e6, secs, failed, effective_jobs(args.batch.jobs));
  if (args.timings)
    print_timings(timings, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_analyse(CLI::App& app, Command& command) {
  auto args = std::make_shared<AnalyseArgs>();
  auto* sub = app.add_subcommand(
      "analyse", fmt::format("Analyse documents into records ({})", fmt::join(record_formats(), ", ")));
  sub->alias("analyze");
  sub->add_option("inputs", args->batch.input.paths, "Files, folders (walked recursively) or '-' for standard input");
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember(record_formats()))
      ->capture_default_str();
  sub->add_flag("--bom", args->bom, "CSV: start with a UTF-8 byte-order mark, so that Excel reads curly quotes right");
  sub->add_flag("--timings", args->timings, "Write the time spent in each stage to stderr (summed over workers)");
  add_filter_options(sub, args->filter);
  add_batch_options(sub, args->batch);
  sub->footer(
      "Examples:\n"
      "  jtai analyse letter.pdf                         one JSON record\n"
      "  jtai analyse -f jsonl -j 2 reports/ -o all.jsonl\n"
      "                                                  a folder, two workers, one record a line\n"
      "  jtai analyse --area Halton --concerns -f jsonl corpus/\n"
      "                                                  Halton's documents, their concerns only\n");
  sub->callback([args, &command] { command.run = [args] { return run_analyse(*args); }; });
}

}  // namespace jtai::cli
