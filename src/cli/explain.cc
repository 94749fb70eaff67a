// `jtai explain FILE`: per finding, which rule put which label where, and the near misses:
// labels whose rules matched but stayed under their threshold or share, with their weights.
#include <algorithm>
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
  std::string label;  // only the evidence of this label, and only the findings that have it
};

// Whether finding F is shown under --label LABEL (every finding when LABEL is empty).
bool shown(const Finding& f, const std::string& label) {
  return label.empty() ||
         std::any_of(f.evidence.begin(), f.evidence.end(), [&](const Evidence& e) { return e.label == label; });
}

// One match line: label, rule, byte span and the matched input text.
void print_match(const std::string& text, const Evidence& e, std::string_view indent) {
  std::string quoted = text.substr(e.span.begin, e.span.end - e.span.begin);
  for (auto& c : quoted)
    if (c == '\n' || c == '\f') c = ' ';
  std::cout << fmt::format("{}{:<40} {:<44} {}-{} \"{}\"\n", indent, e.label, e.rule, e.span.begin, e.span.end, quoted);
}

int run_explain(const ExplainArgs& args) {
  Resources resources = Resources::builtin(run_rule_set(args.rules, args.add_rules));
  std::string bytes = read_bytes(args.file);
  std::string text = ingest(args.file, bytes, resources).text;
  Record r = analyse(std::move(bytes), args.file, resources);
  // Tagging the record again gives the same labels, and the labels that fell short.
  std::vector<std::vector<NearMiss>> near;
  tag_record(&r, resources.rules(), &near);
  std::size_t with_label = 0;
  for (std::size_t k = 0; k < r.findings.size(); ++k) {
    const Finding& f = r.findings[k];
    if (!shown(f, args.label)) continue;
    ++with_label;
    std::string head = f.text.size() > 90 ? f.text.substr(0, 87) + "..." : f.text;
    std::cout << fmt::format("{} {} [{}] {}\n", f.id, to_string(f.kind), f.section.value_or("-"), head);
    if (f.evidence.empty()) std::cout << "    (no labels)\n";
    for (const auto& e : f.evidence)
      if (args.label.empty() || e.label == args.label) print_match(text, e, "    ");
    for (const auto& m : near[k]) {
      if (!args.label.empty() && m.label != args.label) continue;
      std::cout << fmt::format("    near miss {}: weight {}, needs {}\n", m.label, m.weight, m.needed);
      for (const auto& e : m.evidence) print_match(text, e, "      ");
    }
    check_written(std::cout, "");  // a full disk stops at once, not after every finding
  }
  if (!args.label.empty()) std::cout << fmt::format("{}: {} of {} findings\n", args.label, with_label, r.findings.size());
  std::cout.flush();
  check_written(std::cout, "");
  return kOk;
}

}  // namespace

void register_explain(CLI::App& app, Command& command) {
  auto args = std::make_shared<ExplainArgs>();
  auto* sub = app.add_subcommand("explain", "Show, per finding, which rule put which label where, and labels that fell short");
  sub->add_option("file", args->file, "Document (text, PDF or HTML; '-' reads standard input)")->required();
  sub->add_option("--rules", args->rules, "Rules file instead of the built-in rules");
  sub->add_option("--add-rules", args->add_rules, "Extra rules file (repeatable)")->allow_extra_args(false);
  sub->add_option("--label", args->label, "Only this label's evidence and the findings that have it (e.g. theme:neglect)");
  sub->footer(
      "Examples:\n"
      "  jtai explain letter.txt                         every finding with its labels' evidence\n"
      "  jtai explain --label agency:police letter.pdf   where the police label comes from\n"
      "  jtai text report.pdf | jtai explain -           a document on standard input\n");
  sub->callback([args, &command] { command.run = [args] { return run_explain(*args); }; });
}

}  // namespace jtai::cli
