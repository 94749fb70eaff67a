// `jtai explain FILE`: per finding, which rule put which label where.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "jtai/jtai.h"

namespace jtai::cli {
namespace {

struct ExplainArgs {
  std::string file;
  std::string rules;
  std::vector<std::string> add_rules;
};

int run_explain(const ExplainArgs& args) {
  Resources resources = Resources::builtin().with_rules(load_rule_set(args.rules, args.add_rules));
  std::string bytes = read_bytes(args.file);
  std::string text = ingest(args.file, bytes, resources).text;
  Record r = analyse(std::move(bytes), args.file, resources);
  for (const auto& f : r.findings) {
    std::string head = f.text.size() > 90 ? f.text.substr(0, 87) + "..." : f.text;
    std::cout << fmt::format("{} {} [{}] {}\n", f.id, to_string(f.kind), f.section.value_or("-"), head);
    if (f.evidence.empty()) std::cout << "    (no labels)\n";
    for (const auto& e : f.evidence) {
      std::string quoted = text.substr(e.span.begin, e.span.end - e.span.begin);
      for (auto& c : quoted)
        if (c == '\n' || c == '\f') c = ' ';
      std::cout << fmt::format("    {:<40} {:<44} {}-{} \"{}\"\n", e.label, e.rule, e.span.begin, e.span.end, quoted);
    }
    check_written(std::cout, "");  // a full disk stops at once, not after every finding
  }
  std::cout.flush();
  check_written(std::cout, "");
  return kOk;
}

}  // namespace

void register_explain(CLI::App& app, Command& command) {
  auto args = std::make_shared<ExplainArgs>();
  auto* sub = app.add_subcommand("explain", "Show, per finding, which rule put which label where");
  sub->add_option("file", args->file, "Document")->required();
  sub->add_option("--rules", args->rules, "Rules file instead of the built-in rules");
  sub->add_option("--add-rules", args->add_rules, "Extra rules file (repeatable)")->allow_extra_args(false);
  sub->callback([args, &command] { command.run = [args] { return run_explain(*args); }; });
}

}  // namespace jtai::cli
