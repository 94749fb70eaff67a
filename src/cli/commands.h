// Subcommand registration for the jtai CLI. Each src/cli/<name>.cc declares its
// options and sets `run` to one call into the library; main.cc parses and runs.
#pragma once

#include <functional>
#include <stdexcept>

#include <CLI/CLI.hpp>

namespace jtai::cli {

/// Exit codes (docs/cli.md).
enum ExitCode : int { kOk = 0, kSomeFailed = 1, kUsage = 2 };

/// A command line that cannot run (exit 2), found after parsing, e.g. no inputs.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// What the parsed command line will do.
struct Command {
  std::function<int()> run;
};

void register_analyse(CLI::App& app, Command& command);
void register_rules(CLI::App& app, Command& command);
void register_explain(CLI::App& app, Command& command);
void register_text(CLI::App& app, Command& command);
void register_summarise(CLI::App& app, Command& command);
void register_tag(CLI::App& app, Command& command);

}  // namespace jtai::cli
