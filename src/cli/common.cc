// Shared batch options, logging set-up, atomic output and the progress bar.
#include "common.h"

#include "commands.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace jtai::cli {

void add_batch_options(CLI::App* sub, BatchArgs& a) {
  sub->add_option("--files-from,--list", a.files_from, "Read paths to analyse from FILE, one per line ('-' = stdin)");
  sub->add_flag("-0,--null", a.input.nul_separated, "Paths in --files-from are NUL-separated (find -print0)");
  sub->add_option("-g,--glob", a.input.globs,
                  "As ripgrep's -g: only files whose path below the folder given (GLOB with a '/') or name (without) "
                  "matches; '!GLOB' excludes, folders too (repeatable)")
      ->allow_extra_args(false);
  sub->add_option("--ext", a.input.extensions,
                  "File extensions taken from folders (repeatable; default txt, text, pdf, html, htm)")
      ->allow_extra_args(false);
  sub->add_option("-j,--jobs", a.jobs, "Worker threads (default: one per core); output order does not change");
  sub->add_option("-o,--output", a.output, "Write to FILE (replaced atomically when done) instead of standard output");
  sub->add_option("--progress", a.progress, "Progress bar on stderr: auto (when stderr is a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  sub->add_flag("-v,--verbose", a.verbose, "More log lines on stderr (-v info, -vv debug)");
  sub->add_option("--log-level", a.log_level, "Log level: trace, debug, info, warn, error, off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}));
  sub->add_flag("-q,--quiet", a.quiet, "Nothing on stderr: no progress bar, no per-document error lines (exit code still says)");
  sub->add_option("--rules", a.rules, "Tag with this rules file instead of the built-in rules");
  sub->add_option("--add-rules", a.add_rules, "Add the rules of this file to the built-in ones (repeatable)")
      ->allow_extra_args(false);
}

void configure_logging(const BatchArgs& a) {
  auto level = spdlog::level::warn;
  if (a.verbose == 1) level = spdlog::level::info;
  if (a.verbose >= 2) level = spdlog::level::debug;
  if (!a.log_level.empty()) level = spdlog::level::from_str(a.log_level);
  if (a.quiet) level = spdlog::level::off;
  spdlog::set_level(level);
}

std::vector<InputFile> collect(const BatchArgs& a) {
  InputSpec spec = a.input;
  if (!a.files_from.empty()) spec.files_from.push_back(a.files_from);
  if (spec.paths.empty() && spec.files_from.empty())
    throw UsageError("no input: give files, folders, '-' or --files-from");
  int stdin_uses = 0;
  for (const auto& p : spec.paths) stdin_uses += p == "-";
  for (const auto& p : spec.files_from) stdin_uses += p == "-";
  if (stdin_uses > 1) throw UsageError("standard input ('-') can be read only once");
  auto files = collect_inputs(spec, [](const std::string& m) { spdlog::warn("{}", m); });
  if (files.empty())
    throw UsageError(spec.globs.empty() ? "no documents found in the inputs given"
                                        : "no documents found in the inputs given that match -g (a GLOB with a '/' "
                                          "matches the path below the folder given: -g 'jtai-letter/*')");
  return files;
}

Output::Output(const std::string& path) : path_(path == "-" ? "" : path) {
  if (path_.empty()) return;
  std::filesystem::path target(path_);
  std::string pattern = (target.has_parent_path() ? target.parent_path() / "" : std::filesystem::path()).string() +
                        "." + target.filename().string() + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = mkstemp(name.data());
  if (fd < 0) throw std::runtime_error(fmt::format("{}: cannot create a file in that folder", path_));
  ::close(fd);
  temp_ = name.data();
  file_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!file_) throw std::runtime_error(fmt::format("{}: cannot write", temp_));
}

Output::~Output() {
  if (!temp_.empty() && !committed_) {
    file_.close();
    std::remove(temp_.c_str());
  }
}

std::ostream& Output::stream() { return path_.empty() ? std::cout : static_cast<std::ostream&>(file_); }

void Output::commit() {
  if (path_.empty()) {
    std::cout.flush();
    return;
  }
  file_.flush();
  bool ok = static_cast<bool>(file_);
  file_.close();
  if (!ok || std::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_.c_str());
    throw std::runtime_error(fmt::format("{}: cannot write the output file", path_));
  }
  committed_ = true;
}

Progress::Progress(const BatchArgs& a, std::size_t documents, std::uint64_t bytes)
    : total_docs_(documents), total_bytes_(bytes), start_(std::chrono::steady_clock::now()) {
  enabled_ = !a.quiet && a.progress != "never" && (a.progress == "always" || ::isatty(STDERR_FILENO));
}

void Progress::advance(std::uint64_t bytes) {
  ++done_docs_;
  done_bytes_ += bytes;
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  // Not for a batch that is over in a moment, and at most ten redraws a second.
  if (now - start_ < std::chrono::milliseconds(200)) return;
  if (shown_ && now - last_draw_ < std::chrono::milliseconds(100) && done_docs_ < total_docs_) return;
  last_draw_ = now;
  draw();
}

void Progress::draw() {
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double mb = static_cast<double>(done_bytes_) / 1e6;
  double total_mb = static_cast<double>(total_bytes_) / 1e6;
  double rate = secs > 0 ? mb / secs : 0;
  double frac = total_docs_ ? static_cast<double>(done_docs_) / static_cast<double>(total_docs_) : 1;
  if (total_bytes_ > 0) frac = std::min(1.0, static_cast<double>(done_bytes_) / static_cast<double>(total_bytes_));
  double eta = frac > 0 ? secs * (1 - frac) / frac : 0;
  constexpr int kWidth = 24;
  int filled = static_cast<int>(frac * kWidth);
  std::string bar = std::string(static_cast<std::size_t>(filled), '=') + std::string(static_cast<std::size_t>(kWidth - filled), ' ');
  auto eta_s = static_cast<long>(eta + 0.5);
  std::cerr << fmt::format("\r[{}] {}/{} docs  {:.1f}/{:.1f} MB  {:.1f} MB/s  ETA {}:{:02d} \x1b[K", bar, done_docs_,
                           total_docs_, mb, total_mb, rate, eta_s / 60, eta_s % 60)
            << std::flush;
  shown_ = true;
}

void Progress::clear() {
  if (shown_) std::cerr << "\r\x1b[K" << std::flush;
  shown_ = false;
}

void Progress::finish() { clear(); }

}  // namespace jtai::cli
