// `jtai rules check FILE...` and `jtai rules dump`: validate and show rule files.
#include <iostream>

#include "commands.h"
#include "jtai/errors.h"
#include "jtai/ingest.h"
#include "jtai/rules.h"

namespace jtai::cli {
namespace {

int run_check(const std::vector<std::string>& files) {
  std::vector<Diagnostic> diags;
  std::size_t rules = 0;
  for (const auto& path : files) {
    std::string text;
    try {
      text = read_bytes(path);
    } catch (const InputError& e) {
      diags.push_back({path, 0, 0, e.what(), ""});  // the other files are still checked
      continue;
    }
    RuleFile parsed = parse_rules(text, path, &diags);
    // Compile too: a pattern RE2 rejects is a mistake in the file.
    std::vector<Diagnostic> compile_diags;
    RuleSet::compile(parsed, &compile_diags);
    for (auto& d : compile_diags) {
      // Attach the source line for the caret display.
      std::size_t pos = 0;
      for (int l = 1; l < d.line && pos != std::string::npos; ++l) pos = text.find('\n', pos) + 1;
      if (pos != std::string::npos && pos < text.size()) d.source_line = text.substr(pos, text.find('\n', pos) - pos);
      diags.push_back(d);
    }
    rules += parsed.rules.size();
  }
  std::stable_sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.file != b.file ? a.file < b.file : a.line != b.line ? a.line < b.line : a.col < b.col;
  });
  for (auto& d : diags) {
    d.file = printable_name(d.file);  // one line per problem whatever the file is called
    std::cout << render(d);
  }
  if (!diags.empty()) {
    std::cout << diags.size() << (diags.size() == 1 ? " problem" : " problems") << " found\n";
    return kSomeFailed;
  }
  std::cout << rules << " rules OK\n";
  return kOk;
}

}  // namespace

void register_rules(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("rules", "Check or show rule files");
  sub->require_subcommand(1);
  auto files = std::make_shared<std::vector<std::string>>();
  auto* check = sub->add_subcommand("check", "Report every mistake in rule files as file:line:col with a caret");
  check->add_option("files", *files, "Rule files")->required();
  check->callback([files, &command] { command.run = [files] { return run_check(*files); }; });
  auto* dump = sub->add_subcommand("dump", "Write the built-in rules, ready to edit and pass to --rules");
  dump->callback([&command] {
    command.run = [] {
      std::cout << builtin_rules_text() << std::flush;
      check_written(std::cout, "");
      return static_cast<int>(kOk);
    };
  });
}

}  // namespace jtai::cli
