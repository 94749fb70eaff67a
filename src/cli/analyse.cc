// `jtai analyse INPUT...`: one record per document, in input order, as JSON, JSONL, CSV
// or Markdown; per-document errors on stderr (and as error records in JSONL).
#include <chrono>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "common.h"
#include "jtai/batch.h"
#include "jtai/export.h"
#include "jtai/jtai.h"

namespace jtai::cli {
namespace {

struct AnalyseArgs {
  BatchArgs batch;
  std::string format = "json";
};

int run_analyse(const AnalyseArgs& args) {
  configure_logging(args.batch);
  Resources resources = Resources::builtin().with_rules(load_rule_set(args.batch.rules, args.batch.add_rules));
  AnalyseOptions options;
  auto files = collect(args.batch);
  std::uint64_t total = 0;
  for (const auto& f : files) total += f.bytes;
  Output output(args.batch.output);
  std::ostream& out = output.stream();
  const std::string& format = args.format;
  bool array = format == "json" && files.size() > 1;
  bool first = true;
  if (array) out << "[\n";
  if (format == "csv") write_csv_header(out);
  Progress progress(args.batch, files.size(), total);
  auto start = std::chrono::steady_clock::now();
  std::size_t failed = run_batch(files, resources, options, args.batch.jobs, [&](BatchResult&& r) {
    if (!r.ok()) {
      const std::string& message = std::get<std::string>(r.outcome);
      progress.clear();
      spdlog::error("{}: {}", r.path, message);
      if (format == "jsonl") {
        nlohmann::ordered_json err = {{"source", {{"path", r.path}}}, {"error", {{"message", message}}}};
        out << err.dump() << '\n';
      }
    } else {
      const Record& record = std::get<Record>(r.outcome);
      if (format == "jsonl") {
        write_json(out, record, -1);
      } else if (format == "json") {
        if (array && !first) out << ",\n";
        out << to_json(record).dump(2);
        if (!array) out << '\n';
      } else if (format == "csv") {
        write_csv_rows(out, record);
      } else {
        if (!first) out << "\n---\n\n";
        write_markdown(out, record);
      }
      first = false;
      spdlog::debug("{}: {} findings", r.path, record.findings.size());
    }
    progress.advance(files[r.index].bytes);
    if (format == "jsonl") out.flush();
  });
  if (array) out << (first ? "]\n" : "\n]\n");
  progress.finish();
  output.commit();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  spdlog::info("{} documents ({:.1f} MB) in {:.2f} s, {} failed, {} worker(s)", files.size(),
               static_cast<double>(total) / 1e6, secs, failed, effective_jobs(args.batch.jobs));
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_analyse(CLI::App& app, Command& command) {
  auto args = std::make_shared<AnalyseArgs>();
  auto* sub = app.add_subcommand("analyse", "Analyse documents into records (json, jsonl, csv, markdown)");
  sub->alias("analyze");
  sub->add_option("inputs", args->batch.input.paths, "Files, folders (walked recursively) or '-' for standard input");
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"json", "jsonl", "csv", "markdown"}))
      ->capture_default_str();
  add_batch_options(sub, args->batch);
  sub->callback([args, &command] { command.run = [args] { return run_analyse(*args); }; });
}

}  // namespace jtai::cli
