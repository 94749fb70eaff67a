// `jtai tag RECORDS`: labels jtai's own records again (after rules changed) without
// reading their documents: each JSONL record is read back (record_from_json), tagged
// from its findings' texts and spans (tag_record) and written through the chosen record
// writer; `--diff` reports, per label, the findings that gained or lost it.
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "common.h"
#include "jtai/export.h"
#include "jtai/ingest.h"
#include "jtai/filter.h"
#include "jtai/jtai.h"
#include "records.h"

namespace jtai::cli {
namespace {

// Examples shown per label and direction by --diff, unless --examples says otherwise.
constexpr std::size_t kDefaultExamples = 3;
// Characters of a finding's text shown in a --diff example.
constexpr std::size_t kExampleChars = 110;

struct TagArgs {
  std::string input;
  std::string format = "jsonl";
  std::string output;
  std::string rules;
  std::vector<std::string> add_rules;
  bool diff = false;
  std::size_t examples = kDefaultExamples;
  RecordFilter filter;
};

// A finding's labels as they are compared: agency:…, theme:… and the user's own labels.
std::set<std::string> labels_of(const Finding& f) {
  std::set<std::string> out(f.labels.begin(), f.labels.end());
  for (const auto& a : f.agencies) out.insert("agency:" + a);
  for (const auto& t : f.themes) out.insert("theme:" + t);
  return out;
}

// Per label, the findings that gained it and the findings that lost it.
class Diff {
 public:
  void add(const Record& r, const Finding& f, const std::set<std::string>& before) {
    std::set<std::string> after = labels_of(f);
    ++findings_;
    for (const auto& l : after)
      if (!before.count(l)) note(changes_[l].gained, r, f);
    for (const auto& l : before)
      if (!after.count(l)) note(changes_[l].lost, r, f);
  }

  void print(std::ostream& out, std::size_t examples) const {
    std::size_t gained = 0, lost = 0;
    for (const auto& [label, c] : changes_) gained += c.gained.count, lost += c.lost.count;
    out << fmt::format("{} findings: {} labels gained, {} lost\n", findings_, gained, lost);
    for (const auto& [label, c] : changes_) {
      out << fmt::format("\n{}: +{} -{}\n", label, c.gained.count, c.lost.count);
      for (const auto* side : {&c.gained, &c.lost})
        for (std::size_t k = 0; k < side->examples.size() && k < examples; ++k)
          out << fmt::format("  {} {}\n", side == &c.gained ? '+' : '-', side->examples[k]);
    }
  }

 private:
  struct Side {
    std::size_t count = 0;
    std::vector<std::string> examples;
  };
  struct Change {
    Side gained, lost;
  };
  void note(Side& side, const Record& r, const Finding& f) {
    ++side.count;
    if (side.examples.size() >= max_examples_) return;
    std::string head = f.text.size() > kExampleChars ? f.text.substr(0, kExampleChars) + "..." : f.text;
    side.examples.push_back(fmt::format("{} {}: {}", r.source.path, f.id, head));
  }
  std::map<std::string, Change> changes_;
  std::size_t findings_ = 0;
  std::size_t max_examples_ = 100;  // kept per side; --examples chooses how many are shown
};

// Tags the record of one JSON value and hands it to WRITER (error records pass through).
void tag_one(const nlohmann::json& j, const RuleSet& rules, const RecordFilter& filter, RecordWriter& writer,
             Diff* diff) {
  if (j.is_object() && j.contains("error") && !j.contains("schema")) {
    writer.error(j.at("source").value("path", ""), j.at("error").value("message", ""));
    return;
  }
  Record r = record_from_json(j);
  std::vector<std::set<std::string>> before;
  if (diff)
    for (const auto& f : r.findings) before.push_back(labels_of(f));
  tag_record(&r, rules, nullptr);
  if (!filter.empty()) {
    // The filter sees the new labels; --diff compares the findings it keeps.
    std::vector<std::set<std::string>> kept;
    std::set<std::string> ids;
    Record all = r;
    if (!apply_filter(filter, &r)) return;
    for (const auto& f : r.findings) ids.insert(f.id);
    for (std::size_t k = 0; k < all.findings.size() && diff; ++k)
      if (ids.count(all.findings[k].id)) kept.push_back(before[k]);
    before = std::move(kept);
  }
  if (diff)
    for (std::size_t k = 0; k < r.findings.size(); ++k) diff->add(r, r.findings[k], before[k]);
  writer.record(r);
}

// Calls EACH with every record of BYTES (a JSON array, one pretty-printed JSON record, or
// JSONL, read line by line so that only one record is in memory) and the line it starts
// on (0 in a JSON array); returns how many there are when COUNT_ONLY.
template <typename Each>
std::size_t for_each_record(const std::string& path, const std::string& bytes, bool count_only, Each each) {
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return 0;
  std::size_t n = 0;
  try {
    if (bytes[first] == '[') {
      for (const auto& j : nlohmann::json::parse(bytes)) {
        ++n;
        if (!count_only) each(j, 0);
      }
      return n;
    }
    int line = 0;
    for (std::size_t start = 0; start < bytes.size();) {
      std::size_t end = bytes.find('\n', start);
      if (end == std::string::npos) end = bytes.size();
      ++line;
      std::string_view text(bytes.data() + start, end - start);
      start = end + 1;
      if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      ++n;
      if (count_only) continue;
      auto j = nlohmann::json::parse(text, nullptr, false);
      if (j.is_discarded() && n == 1) {  // one pretty-printed record (`analyse --format json FILE`)
        each(nlohmann::json::parse(bytes), 1);
        return 1;
      }
      if (j.is_discarded()) throw InputError(path, fmt::format("line {}: not JSON", line));
      each(j, line);
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path, e.what());
  }
  return n;
}

int run_tag(const TagArgs& args) {
  check_filter(args.filter);
  auto rules = run_rule_set(args.rules, args.add_rules);
  std::string bytes = read_bytes(args.input);
  // With --diff the report goes to standard output and the records only to -o FILE.
  bool records_out = !args.diff || !args.output.empty();
  Output output(args.output, {args.input});
  std::ostringstream discard;
  auto writer = make_record_writer(args.format, records_out ? output.stream() : discard);
  Diff diff;
  auto none = [](const nlohmann::json&, int) {};
  writer->begin(for_each_record(args.input, bytes, true, none));
  for_each_record(args.input, bytes, false, [&](const nlohmann::json& j, int line) {
    try {
      tag_one(j, *rules, args.filter, *writer, args.diff ? &diff : nullptr);
    } catch (const std::invalid_argument& x) {
      throw InputError(args.input, line ? fmt::format("line {}: {}", line, x.what()) : std::string(x.what()));
    }
  });
  writer->end();
  if (records_out) output.commit();
  if (args.diff) diff.print(std::cout, args.examples);
  return kOk;
}

}  // namespace

void register_tag(CLI::App& app, Command& command) {
  auto args = std::make_shared<TagArgs>();
  auto* sub = app.add_subcommand("tag", "Label jtai records (JSONL) again with the current rules, without their documents");
  sub->add_option("records", args->input, "Records from `jtai analyse -f jsonl` ('-' for standard input)")->required();
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember(record_formats()))
      ->capture_default_str();
  sub->add_option("-o,--output", args->output, "Write the records to FILE (replaced atomically when done)");
  sub->add_option("--rules", args->rules, "Tag with this rules file instead of the built-in rules");
  sub->add_option("--add-rules", args->add_rules, "Add the rules of this file to the built-in ones (repeatable)")
      ->allow_extra_args(false);
  sub->add_flag("--diff", args->diff,
                "Print, per label, the findings that gained or lost it (instead of the records, unless -o is given)");
  sub->add_option("--examples", args->examples, "Examples per label and direction with --diff")->capture_default_str();
  add_filter_options(sub, args->filter);
  sub->footer(
      "Examples:\n"
      "  jtai tag all.jsonl -o retagged.jsonl             label again with the built-in rules\n"
      "  jtai tag --add-rules mine.rules --diff all.jsonl what a rules file changes\n"
      "  jtai tag --add-rules mine.rules --label county-lines all.jsonl\n"
      "                                                  only findings that take a custom label\n");
  sub->callback([args, &command] { command.run = [args] { return run_tag(*args); }; });
}

}  // namespace jtai::cli
