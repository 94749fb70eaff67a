// `jtai compare OLD NEW`: two documents (or records) of one area: judgements that changed,
// and concern themes persisting, not raised again and new, with the findings behind them.
#include <optional>
#include <string>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "common.h"
#include "jtai/compare.h"
#include "jtai/errors.h"
#include "records.h"

namespace jtai::cli {
namespace {

struct CompareArgs {
  std::string old_path, new_path;
  BatchArgs batch;
  std::string format = "markdown";
};

// The one record PATH holds (a document, or a record file of one record).
Record one_record(const CompareArgs& args, const std::string& path) {
  BatchArgs batch = args.batch;
  batch.input.paths = {path};
  std::optional<Record> found;
  std::size_t records = 0;
  std::size_t failed = for_each_input_record(batch, collect_records(batch), [&](Record&& r) {
    if (++records == 1) found = std::move(r);
  });
  if (failed || !found) throw InputError(path, "no record could be read");
  if (records > 1) throw UsageError(fmt::format("{} holds {} records: compare takes one document or record each", path, records));
  return std::move(*found);
}

int run_compare(const CompareArgs& args) {
  configure_logging(args.batch);
  Output output(args.batch.output, {args.old_path, args.new_path});
  Record a = one_record(args, args.old_path);
  Record b = one_record(args, args.new_path);
  Comparison c = compare(a, b);
  if (c.shared_areas.empty()) spdlog::warn("{} and {} share no area", args.old_path, args.new_path);
  write_comparison(args.format, output.stream(), c);
  output.commit();
  return kOk;
}

}  // namespace

void register_compare(CLI::App& app, Command& command) {
  auto args = std::make_shared<CompareArgs>();
  auto* sub = app.add_subcommand("compare", "Compare two documents of one area: grades and concern themes");
  sub->add_option("old", args->old_path, "The earlier document, or a jtai record file of one record")->required();
  sub->add_option("new", args->new_path, "The later document, or a jtai record file of one record")->required();
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"markdown", "json"}))
      ->capture_default_str();
  sub->add_option("-o,--output", args->batch.output, "Write to FILE (replaced atomically when done)");
  sub->add_option("--rules", args->batch.rules, "Tag with this rules file instead of the built-in rules");
  sub->add_option("--add-rules", args->batch.add_rules, "Add the rules of this file to the built-in ones (repeatable)")
      ->allow_extra_args(false);
  sub->add_flag("-q,--quiet", args->batch.quiet, "Nothing on stderr");
  sub->footer(
      "Examples:\n"
      "  jtai compare halton-2020-ilacs.txt halton-2024-send.txt\n"
      "                                                  grades and concerns, old against new\n"
      "  jtai compare -f json old.json new.json          two records of jtai analyse -f json\n");
  sub->callback([args, &command] { command.run = [args] { return run_compare(*args); }; });
}

}  // namespace jtai::cli
