// `jtai report INPUT... -o report.html`: one self-contained HTML page of many documents
// (include/jtai/report.h). Inputs are documents or jtai's own JSON/JSONL records, read as
// summarise reads them (records.h); a file that fails is reported and left out, and the
// page is still written.
#include <string>

#include <spdlog/spdlog.h>

#include "commands.h"
#include "common.h"
#include "jtai/report.h"
#include "records.h"

namespace jtai::cli {
namespace {

struct ReportArgs {
  BatchArgs batch;
  std::string title = "jtai report";
};

int run_report(const ReportArgs& args) {
  configure_logging(args.batch);
  auto files = collect_records(args.batch);
  Output output(args.batch.output, input_paths(files, args.batch));
  ReportBuilder builder;
  std::size_t failed = for_each_input_record(args.batch, files, [&](Record&& r) { builder.add(std::move(r)); });
  Report report = builder.build();
  for (const auto& d : report.documents)
    for (const auto& dup : d.duplicates) spdlog::info("{}: the same text as {}, shown once", dup, d.path);
  write_report_html(output.stream(), report, args.title);
  output.commit();
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_report(CLI::App& app, Command& command) {
  auto args = std::make_shared<ReportArgs>();
  auto* sub = app.add_subcommand(
      "report", "One self-contained HTML page of many documents or jtai records: charts, areas, findings search");
  sub->add_option("inputs", args->batch.input.paths,
                  "Documents, folders, jtai JSON/JSONL record files, or '-' for standard input");
  sub->add_option("--title", args->title, "Title of the page")->capture_default_str();
  add_batch_options(sub, args->batch);
  sub->footer(
      "Examples:\n"
      "  jtai report -j 2 reports/ -o report.html       analyse a folder, one page of it\n"
      "  jtai report all.jsonl -o report.html           the page of jtai analyse -f jsonl records\n"
      "  jtai report --title 'North West' --files-from nw.txt -o nw.html\n"
      "                                                 the documents a list names, titled\n");
  sub->callback([args, &command] { command.run = [args] { return run_report(*args); }; });
}

}  // namespace jtai::cli
