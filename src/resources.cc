// Resources: the compiled data tables and rules an analysis reads (jtai.h).
#include <filesystem>

#include "data/lexicon.h"
#include "data/tables.h"
#include "jtai/jtai.h"

namespace jtai {
namespace {

// The built-in rules, compiled once per process.
std::shared_ptr<const RuleSet> builtin_rule_set() {
  static const std::shared_ptr<const RuleSet> rules = RuleSet::compile_prechecked(builtin_rules());
  return rules;
}

RuleFile read_rules(const std::string& path, std::vector<Diagnostic>* diags) {
  std::string text;
  try {
    text = read_bytes(path);
  } catch (const InputError& e) {
    throw DataError(path, 0, 0, e.what());
  }
  return parse_rules(text, path, diags);
}

std::shared_ptr<const RuleSet> compile_or_throw(const RuleFile& file, std::vector<Diagnostic>* diags) {
  auto rs = RuleSet::compile(file, diags);
  if (!diags->empty()) throw DataError(diags->front());
  return rs;
}

}  // namespace

Resources::Resources(std::shared_ptr<const Lexicon> lexicon, std::shared_ptr<const RuleSet> rules)
    : lexicon_(std::move(lexicon)), rules_(std::move(rules)) {}

Resources Resources::builtin() { return builtin(nullptr); }

Resources Resources::builtin(std::shared_ptr<const RuleSet> rules) {
  // The built-in lexicon lives for the whole process; the handle does not own it.
  static const std::shared_ptr<const Lexicon> lexicon(&Lexicon::builtin(), [](const Lexicon*) {});
  return Resources(lexicon, nullptr).with_rules(std::move(rules));
}

Resources Resources::from_folder(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw DataError(dir, 0, 0, "not a folder of data tables");
  auto lexicon = std::make_shared<const Lexicon>(Lexicon::load(folder_tables(dir)));
  std::vector<std::string> rule_files;
  for (fs::directory_iterator it(fs::path(dir) / "rules", ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".rules") rule_files.push_back(it->path().string());
  std::sort(rule_files.begin(), rule_files.end());
  if (rule_files.empty()) return Resources(lexicon, builtin_rule_set());
  std::vector<Diagnostic> diags;
  RuleFile all;
  for (const auto& path : rule_files) merge_rules(&all, read_rules(path, &diags), &diags);
  return Resources(lexicon, compile_or_throw(all, &diags));
}

Resources Resources::with_rules(std::shared_ptr<const RuleSet> rules) const {
  return Resources(lexicon_, rules ? std::move(rules) : builtin_rule_set());
}

std::shared_ptr<const RuleSet> load_rule_set(const std::string& replace, const std::vector<std::string>& add) {
  if (replace.empty() && add.empty()) return builtin_rule_set();
  std::vector<Diagnostic> diags;
  RuleFile file = replace.empty() ? builtin_rules() : read_rules(replace, &diags);
  if (!replace.empty() && diags.empty() && file.rules.empty())
    throw DataError(replace, 0, 0, "no rules: --rules replaces the built-in rules, so nothing would be tagged");
  if (!replace.empty()) file.labels.merge(builtin_rules().labels);  // the taxonomy holds with any rules
  for (const auto& path : add) merge_rules(&file, read_rules(path, &diags), &diags);
  check_labels(file, &diags);
  return compile_or_throw(file, &diags);
}

}  // namespace jtai
