// `jtai summarise INPUT...`: counts across many documents. Inputs are documents (analysed
// on the way) or jtai's own JSON/JSONL records, so `jtai analyse … > all.jsonl;
// jtai summarise all.jsonl` gives the same summary as summarising the documents. Filters
// choose documents and findings; `--by FIELD[,FIELD]` writes one count table or cross-tab
// instead of the whole summary. Documents of one text are counted once.
#include <algorithm>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "common.h"
#include "jtai/crosstab.h"
#include "jtai/filter.h"
#include "jtai/summary.h"
#include "records.h"

namespace jtai::cli {
namespace {

struct SummariseArgs {
  BatchArgs batch;
  std::string format = "markdown";
  std::string by;
  RecordFilter filter;
};

int run_summarise(const SummariseArgs& args) {
  configure_logging(args.batch);
  check_filter(args.filter);
  std::optional<CrossTabBuilder> table;
  if (!args.by.empty()) {
    try {
      table.emplace(parse_by(args.by));
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    }
  }
  auto files = collect_records(args.batch);
  Output output(args.batch.output, input_paths(files, args.batch));
  Summary summary;
  DuplicateFolder folder;
  std::size_t failed = for_each_input_record(args.batch, files, [&](Record&& r) {
    if (!apply_filter(args.filter, &r) || !folder.first(r)) return;
    if (table)
      table->add(r);
    else
      add_to_summary(&summary, digest(r));
  });
  for (const auto& g : folder.folded())
    spdlog::info("same text, counted once: {} (kept) and {}", g.kept, fmt::join(g.folded, ", "));
  if (table) {
    table->table().filter = describe(args.filter);
    table->table().folded = folder.folded();
    write_crosstab(args.format, output.stream(), table->table());
  } else {
    summary.folded = folder.folded();
    std::sort(summary.digests.begin(), summary.digests.end(),
              [](const Summary::Digest& a, const Summary::Digest& b) { return a.path < b.path; });
    write_summary(args.format, output.stream(), summary);
  }
  output.commit();
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_summarise(CLI::App& app, Command& command) {
  auto args = std::make_shared<SummariseArgs>();
  auto* sub = app.add_subcommand(
      "summarise", fmt::format("Summarise many documents or jtai records ({})", fmt::join(summary_formats(), ", ")));
  sub->alias("summarize");
  sub->add_option("inputs", args->batch.input.paths,
                  "Documents, folders, jtai JSON/JSONL record files, or '-' for standard input");
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember(summary_formats()))
      ->capture_default_str();
  sub->add_option("--by", args->by,
                  fmt::format("Only a count table by FIELD, or a cross-tab by FIELD,FIELD ({})",
                              fmt::join(by_field_names(), ", ")));
  add_filter_options(sub, args->filter);
  add_batch_options(sub, args->batch);
  sub->footer(
      "Examples:\n"
      "  jtai summarise all.jsonl                        tables from jtai analyse -f jsonl records\n"
      "  jtai summarise --by year,theme --concerns corpus/\n"
      "                                                  concerns by year and theme\n"
      "  jtai summarise --by judgement -f csv --kind inspection-report all.jsonl\n"
      "                                                  grades per judgement, as CSV\n");
  sub->callback([args, &command] { command.run = [args] { return run_summarise(*args); }; });
}

}  // namespace jtai::cli
