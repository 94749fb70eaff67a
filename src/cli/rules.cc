// `jtai rules check FILE...` and `jtai rules dump`: validate and show rule files; and the
// rule set every run uses (the built-in or --rules rules, JTAI_ADD_RULES, --add-rules).
#include <cstdlib>
#include <iostream>

#include "commands.h"
#include "jtai/errors.h"
#include "jtai/ingest.h"
#include "jtai/jtai.h"
#include "jtai/rules.h"

namespace jtai::cli {
namespace {

// D with the line it points at, for the caret display, and the column of WORD on it if
// the check could not know it.
void attach_line(Diagnostic* d, const std::string& text, const std::string& word = "") {
  std::size_t pos = 0;
  for (int l = 1; l < d->line && pos != std::string::npos; ++l) pos = text.find('\n', pos) + 1;
  if (pos == std::string::npos || pos >= text.size()) return;
  d->source_line = text.substr(pos, text.find('\n', pos) - pos);
  std::size_t at = word.empty() ? std::string::npos : d->source_line.find(" " + word);
  if (at != std::string::npos) d->col = static_cast<int>(at) + 2;
}

// Checks FILES as a run would use them: added to the built-in rules, or with REPLACE in
// their place; in both cases with the taxonomy's labels.
int run_check(const std::vector<std::string>& files, bool replace) {
  std::vector<Diagnostic> diags;
  std::size_t rules = 0;
  RuleFile all = builtin_rules();
  if (replace) all.rules.clear();
  std::map<std::string, std::string> texts;
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
    std::vector<Diagnostic> more;
    RuleSet::compile(parsed, &more);
    merge_rules(&all, parsed, &more);
    for (auto& d : more) {
      attach_line(&d, text);
      diags.push_back(d);
    }
    rules += parsed.rules.size();
    texts[path] = std::move(text);
  }
  std::vector<Diagnostic> label_diags;
  check_labels(all, &label_diags);
  for (auto& d : label_diags) {
    auto rule = std::find_if(all.rules.begin(), all.rules.end(),
                             [&](const RuleSpec& r) { return r.file == d.file && r.line == d.line; });
    if (texts.count(d.file)) attach_line(&d, texts[d.file], rule == all.rules.end() ? "" : rule->label);
    diags.push_back(d);
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

std::shared_ptr<const RuleSet> run_rule_set(const std::string& replace, const std::vector<std::string>& add) {
  std::vector<std::string> files;
  if (const char* env = std::getenv("JTAI_ADD_RULES")) {
    std::string list = env;
    for (std::size_t start = 0; start <= list.size();) {
      std::size_t colon = std::min(list.find(':', start), list.size());
      if (colon > start) files.push_back(list.substr(start, colon - start));
      start = colon + 1;
    }
  }
  files.insert(files.end(), add.begin(), add.end());
  return load_rule_set(replace, files);
}

void register_rules(CLI::App& app, Command& command) {
  auto* sub = app.add_subcommand("rules", "Check or show rule files");
  sub->require_subcommand(1);
  auto files = std::make_shared<std::vector<std::string>>();
  auto replace = std::make_shared<bool>(false);
  auto* check = sub->add_subcommand(
      "check", "Report every mistake in rule files as file:line:col with a caret, checked with the built-in rules");
  check->add_option("files", *files, "Rule files")->required();
  check->add_flag("--replace", *replace, "The files replace the built-in rules (as --rules FILE would use them)");
  check->callback([files, replace, &command] { command.run = [files, replace] { return run_check(*files, *replace); }; });
  check->footer(
      "Examples:\n"
      "  jtai rules check team.rules                     as --add-rules would use it\n"
      "  jtai rules check --replace my.rules             as --rules would use it\n");
  auto* dump = sub->add_subcommand("dump", "Write the built-in rules, ready to edit and pass to --rules");
  dump->footer(
      "Examples:\n"
      "  jtai rules dump > my.rules                      then edit, and pass --rules my.rules\n"
      "  jtai rules dump | grep '^rule agency'           the agency rules\n");
  sub->footer(
      "Examples:\n"
      "  jtai rules check team.rules\n"
      "  jtai rules dump > my.rules\n");
  dump->callback([&command] {
    command.run = [] {
      std::cout << builtin_rules_text() << std::flush;
      check_written(std::cout, "");
      return static_cast<int>(kOk);
    };
  });
}

}  // namespace jtai::cli
