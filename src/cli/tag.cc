// `jtai tag RECORDS`: labels jtai's own records again (after rules changed) without
// reading their documents: each JSONL record is read back (record_from_json), tagged
// from its findings' texts and spans (tag_record) and written through the chosen record
// writer; `--diff` reports, per label, the findings that gained or lost it.
#include <algorithm>
#include <atomic>
#include <exception>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
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
// JSONL records read and tagged by the workers at a time before they are written in order:
// enough to keep every worker busy, few enough that an archive is never all in memory.
constexpr std::size_t kRecordsPerRound = 256;

struct TagArgs {
  std::string input;
  std::string format = "jsonl";
  std::string output;
  std::string rules;
  std::vector<std::string> add_rules;
  bool diff = false;
  std::size_t examples = kDefaultExamples;
  unsigned jobs = 0;
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

// One record tagged again (or an error record passed through), ready to be written.
struct Tagged {
  std::optional<Record> record;
  std::string error_path, error_message;
  std::vector<std::set<std::string>> before;  // labels per finding before, for --diff
};

// Tags the record of one JSON value.
Tagged tag_one(const nlohmann::json& j, const RuleSet& rules, bool diff) {
  Tagged t;
  if (j.is_object() && j.contains("error") && !j.contains("schema")) {
    t.error_path = j.at("source").value("path", "");
    t.error_message = j.at("error").value("message", "");
    return t;
  }
  t.record = record_from_json(j);
  if (diff)
    for (const auto& f : t.record->findings) t.before.push_back(labels_of(f));
  tag_record(&*t.record, rules, nullptr);
  return t;
}

// Hands T to WRITER and its changes to DIFF.
void write_one(Tagged& t, const RecordFilter& filter, RecordWriter& writer, Diff* diff) {
  if (!t.record) {
    writer.error(t.error_path, t.error_message);
    return;
  }
  Record& r = *t.record;
  std::vector<std::set<std::string>> before = std::move(t.before);
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

// Runs EACH(k) for every k < N on JOBS threads (fewer when N is small); returns, by k,
// the exception each call threw (null: none).
template <typename Each>
std::vector<std::exception_ptr> in_parallel(std::size_t n, unsigned jobs, Each each) {
  std::vector<std::exception_ptr> failed(n);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next++) < n;) {
      try {
        each(k);
      } catch (...) {
        failed[k] = std::current_exception();
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned w = 1; w < jobs && w < n; ++w) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  return failed;
}

// Parses (if need be) and tags ITEM, which only this worker holds; errors name PATH and
// the item's line.
Tagged tag_item(RecordItem& item, const std::string& path, const RuleSet& rules, bool diff) {
  try {
    return tag_one(take_record_value(item, path), rules, diff);
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path, e.what());
  } catch (const std::invalid_argument& x) {
    throw InputError(path, item_message(item, x.what()));
  }
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
  std::vector<RecordItem> items = record_items(args.input, bytes);
  unsigned jobs = args.jobs ? args.jobs : std::max(1U, std::thread::hardware_concurrency());
  writer->begin(items.size());
  for (std::size_t at = 0; at < items.size(); at += kRecordsPerRound) {
    std::size_t n = std::min(kRecordsPerRound, items.size() - at);
    std::vector<Tagged> round(n);
    auto failed = in_parallel(n, jobs, [&](std::size_t k) {
      round[k] = tag_item(items[at + k], args.input, *rules, args.diff);
    });
    for (std::size_t k = 0; k < n; ++k) {  // in order: the records before a bad one are written
      if (failed[k]) std::rethrow_exception(failed[k]);
      write_one(round[k], args.filter, *writer, args.diff ? &diff : nullptr);
    }
  }
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
  sub->add_option("-j,--jobs", args->jobs, "Worker threads (default: one per core); output order does not change");
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
