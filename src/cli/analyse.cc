// `jtai analyse FILE...`: one record per document, errors per document on stderr.
#include <iostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.h"
#include "jtai/errors.h"
#include "jtai/export.h"
#include "jtai/pipeline.h"

namespace jtai::cli {
namespace {

struct AnalyseArgs {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string rules;
  std::vector<std::string> add_rules;
};

int run_analyse(const AnalyseArgs& args) {
  AnalyseOptions options;
  options.rules = load_rule_set(args.rules, args.add_rules);
  bool failed = false;
  bool array = args.format == "json" && args.inputs.size() > 1;
  bool first = true;
  if (array) std::cout << "[\n";
  for (const auto& path : args.inputs) {
    try {
      Record record = analyse_file(path, options);
      if (args.format == "jsonl") {
        write_json(std::cout, record, -1);
      } else {
        if (array && !first) std::cout << ",\n";
        std::string body = to_json(record).dump(2);
        std::cout << body;
        if (!array) std::cout << '\n';
      }
      first = false;
    } catch (const InputError& e) {
      std::cerr << "jtai: " << e.path() << ": " << e.what() << '\n';
      failed = true;
      if (args.format == "jsonl") {
        nlohmann::ordered_json err = {{"source", {{"path", path}}}, {"error", {{"message", e.what()}}}};
        std::cout << err.dump() << '\n';
      }
    }
  }
  if (array) std::cout << (first ? "]\n" : "\n]\n");
  std::cout.flush();
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_analyse(CLI::App& app, Command& command) {
  auto args = std::make_shared<AnalyseArgs>();
  auto* sub = app.add_subcommand("analyse", "Analyse documents into records (json, jsonl)");
  sub->alias("analyze");
  sub->add_option("files", args->inputs, "Documents to analyse ('-' reads standard input)")->required();
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember({"json", "jsonl"}))
      ->capture_default_str();
  sub->add_option("--rules", args->rules, "Tag with this rules file instead of the built-in rules");
  sub->add_option("--add-rules", args->add_rules, "Add the rules of this file to the built-in ones (repeatable)");
  sub->callback([args, &command] { command.run = [args] { return run_analyse(*args); }; });
}

}  // namespace jtai::cli
