// Options and helpers shared by the batch subcommands (analyse, summarise): input
// collection flags, worker count, logging verbosity, the progress bar and atomic output.
#pragma once

#include <chrono>
#include <cstdint>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "jtai/batch.h"
#include "jtai/jtai.h"

namespace jtai::cli {

/// Flags every batch subcommand takes.
struct BatchArgs {
  InputSpec input;
  std::string files_from;
  unsigned jobs = 0;
  std::string output;
  std::string progress = "auto";
  std::string log_level;
  int verbose = 0;
  bool quiet = false;
  std::string rules;
  std::vector<std::string> add_rules;
  AnalyseOptions limits;
};

/// Declares the input, worker, output, logging and rules flags of SUB on ARGS.
void add_batch_options(CLI::App* sub, BatchArgs& args);

/// Sets spdlog's level from -q, -v and --log-level.
void configure_logging(const BatchArgs& args);

/// The documents the flags name; throws UsageError when there are none.
std::vector<InputFile> collect(const BatchArgs& args);

/// Output to standard output or, with -o, to a temporary file in the same folder that
/// replaces FILE only when commit() is called, so readers never see half a file. FILE
/// must be a regular file or not exist yet (a symbolic link is followed to its file), and
/// none of INPUTS; the new file keeps the mode of the file it replaces (a new one gets
/// 0666 less the umask). SIGINT, SIGTERM and SIGHUP remove the temporary file.
class Output {
 public:
  Output(const std::string& path, const std::vector<std::string>& inputs);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  std::ostream& stream();
  /// Throws WriteError when a write has failed so far.
  void check();
  /// Flushes and, for a file, renames the temporary file over the target; throws
  /// WriteError when anything could not be written.
  void commit();

 private:
  std::string path_, target_, temp_;
  std::ofstream file_;
  bool committed_ = false;
};

/// The paths a batch reads (documents and rules files), for Output to refuse.
std::vector<std::string> input_paths(const std::vector<InputFile>& files, const BatchArgs& args);

/// A one-line progress bar on standard error: documents, MB, rate and time left. Shown
/// only when stderr is a terminal (or --progress always) and the batch has run for
/// more than a moment; --progress never and -q turn it off.
class Progress {
 public:
  Progress(const BatchArgs& args, std::size_t documents, std::uint64_t bytes);
  /// Records one finished document of BYTES bytes and redraws at most ten times a second.
  void advance(std::uint64_t bytes);
  /// Clears the bar so that a log line can be printed; it is redrawn on the next advance.
  void clear();
  /// Clears the bar for good.
  void finish();

 private:
  void draw();
  bool enabled_ = false;
  bool shown_ = false;
  std::size_t total_docs_ = 0, done_docs_ = 0;
  std::uint64_t total_bytes_ = 0, done_bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace jtai::cli
