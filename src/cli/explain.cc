// `jtai explain FILE`: per finding, which rule put which label where, and the near misses:
// labels whose rules matched but stayed under their threshold or share, with their weights.
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

// One match line: label, rule, byte span and the matched input text.
void print_match(const std::string& text, const Evidence& e, std::string_view indent) {
  std::string quoted = text.substr(e.span.begin, e.span.end - e.span.begin);
  for (auto& c : quoted)
    if (c == '\n' || c == '\f') c = ' ';
  std::cout << fmt::format("{}{:<40} {:<44} {}-{} \"{}\"\n", indent, e.label, e.rule, e.span.begin, e.span.end, quoted);
}

int run_explain(const ExplainArgs& args) {
  Resources resources = Resources::builtin().with_rules(load_rule_set(args.rules, args.add_rules));
  std::string bytes = read_bytes(args.file);
  std::string text = ingest(args.file, bytes, resources).text;
  Record r = analyse(std::move(bytes), args.file, resources);
  // Tagging the record again gives the same labels, and the labels that fell short.
  std::vector<std::vector<NearMiss>> near;
  tag_record(&r, resources.rules(), &near);
  for (std::size_t k = 0; k < r.findings.size(); ++k) {
    const Finding& f = r.findings[k];
    std::string head = f.text.size() > 90 ? f.text.substr(0, 87) + "..." : f.text;
    std::cout << fmt::format("{} {} [{}] {}\n", f.id, to_string(f.kind), f.section.value_or("-"), head);
    if (f.evidence.empty()) std::cout << "    (no labels)\n";
    for (const auto& e : f.evidence) print_match(text, e, "    ");
    for (const auto& m : near[k]) {
      std::cout << fmt::format("    near miss {}: weight {}, needs {}\n", m.label, m.weight, m.needed);
      for (const auto& e : m.evidence) print_match(text, e, "      ");
    }
  }
  return kOk;
}

}  // namespace

void register_explain(CLI::App& app, Command& command) {
  auto args = std::make_shared<ExplainArgs>();
  auto* sub = app.add_subcommand("explain", "Show, per finding, which rule put which label where, and labels that fell short");
  sub->add_option("file", args->file, "Document")->required();
  sub->add_option("--rules", args->rules, "Rules file instead of the built-in rules");
  sub->add_option("--add-rules", args->add_rules, "Extra rules file (repeatable)")->allow_extra_args(false);
  sub->callback([args, &command] { command.run = [args] { return run_explain(*args); }; });
}

}  // namespace jtai::cli
