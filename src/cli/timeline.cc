// `jtai timeline AREA INPUT...`: every document about one area in date order, with its
// grades, findings by kind and concern themes, and the themes successive inspections share.
// Inputs are documents or jtai records, as summarise takes them.
#include <string>

#include <fmt/format.h>

#include "commands.h"
#include "common.h"
#include "jtai/timeline.h"
#include "records.h"

namespace jtai::cli {
namespace {

struct TimelineArgs {
  std::string area;
  BatchArgs batch;
  std::string format = "markdown";
};

int run_timeline(const TimelineArgs& args) {
  configure_logging(args.batch);
  auto files = collect_records(args.batch);
  Output output(args.batch.output, input_paths(files, args.batch));
  TimelineBuilder builder(args.area);
  std::size_t documents = 0;
  std::size_t failed = for_each_input_record(args.batch, files, [&](Record&& r) { documents += builder.add(r); });
  if (documents == 0 && failed == 0) throw UsageError(fmt::format("no document of the inputs is about '{}'", args.area));
  write_timeline(args.format, output.stream(), builder.finish());
  output.commit();
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_timeline(CLI::App& app, Command& command) {
  auto args = std::make_shared<TimelineArgs>();
  auto* sub = app.add_subcommand("timeline", "Every document about one area in date order, and the concerns that persist");
  sub->add_option("area", args->area, "The area: its name or ONS code, any case")->required();
  sub->add_option("inputs", args->batch.input.paths, "Documents, folders or jtai JSON/JSONL record files");
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"markdown", "json"}))
      ->capture_default_str();
  add_batch_options(sub, args->batch);
  sub->footer(
      "Examples:\n"
      "  jtai timeline Halton corpus/                    Halton's inspections and news, oldest first\n"
      "  jtai timeline E06000006 all.jsonl               the same area by ONS code, from records\n"
      "  jtai timeline halton -f json corpus/ -o halton.json\n");
  sub->callback([args, &command] { command.run = [args] { return run_timeline(*args); }; });
}

}  // namespace jtai::cli
