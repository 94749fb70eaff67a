// Subcommand registration for the jtai CLI. Each src/cli/<name>.cc declares its
// options and sets `run` to one call into the library; main.cc parses and runs.
#pragma once

#include <functional>
#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "jtai/rules.h"

namespace jtai::cli {

/// Exit codes (docs/cli.md).
enum ExitCode : int { kOk = 0, kSomeFailed = 1, kUsage = 2, kWriteFailed = 3 };

/// A command line that cannot run (exit 2), found after parsing, e.g. no inputs.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// The output cannot be written (disk full, /dev/full, a closed pipe): the run stops (exit 3).
struct WriteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Throws WriteError when OUT (standard output, or a file named NAME) has failed.
void check_written(std::ostream& out, const std::string& name);

/// What the parsed command line will do.
struct Command {
  std::function<int()> run;
};

/// The rules of a run: REPLACE's (when not empty) or the built-in ones, then the files of
/// JTAI_ADD_RULES (colon-separated), then ADD; a bad file throws DataError.
std::shared_ptr<const RuleSet> run_rule_set(const std::string& replace, const std::vector<std::string>& add);

void register_analyse(CLI::App& app, Command& command);
void register_rules(CLI::App& app, Command& command);
void register_explain(CLI::App& app, Command& command);
void register_text(CLI::App& app, Command& command);
void register_summarise(CLI::App& app, Command& command);
void register_tag(CLI::App& app, Command& command);
void register_report(CLI::App& app, Command& command);
void register_timeline(CLI::App& app, Command& command);
void register_compare(CLI::App& app, Command& command);

}  // namespace jtai::cli
