// Shared batch options, logging set-up, atomic output and the progress bar.
#include "common.h"

#include "commands.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <stdexcept>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "jtai/ingest.h"

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
  sub->add_option("--max-bytes", a.limits.max_bytes, "Refuse documents larger than this many bytes (0: no limit)")
      ->capture_default_str();
  sub->add_option("--max-findings", a.limits.max_findings, "Refuse documents with more findings than this (0: no limit)")
      ->capture_default_str();
  sub->add_option("--time-limit", a.limits.time_limit_seconds,
                  "Give up on a document after this many seconds of work (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
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

namespace {

// The temporary file being written, for the signal handler to remove (a fixed buffer:
// nothing else is safe to touch in a handler).
char g_temp_path[8192];
volatile std::sig_atomic_t g_temp_set = 0;

extern "C" void remove_temp_and_die(int sig) {
  if (g_temp_set) ::unlink(g_temp_path);
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

void guard_temp(const std::string& temp) {
  if (temp.size() >= sizeof g_temp_path) return;
  std::memcpy(g_temp_path, temp.c_str(), temp.size() + 1);
  g_temp_set = 1;
  struct sigaction sa {};
  sa.sa_handler = remove_temp_and_die;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &sa, nullptr);
}

void unguard_temp() { g_temp_set = 0; }

std::string reason() { return errno ? std::strerror(errno) : "write failed"; }

mode_t current_umask() {
  mode_t m = ::umask(0);
  ::umask(m);
  return m;
}

std::string_view kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

}  // namespace

void check_written(std::ostream& out, const std::string& name) {
  if (out) return;
  throw WriteError(fmt::format("cannot write {}: {}", name.empty() ? "standard output" : printable_name(name), reason()));
}

std::vector<std::string> input_paths(const std::vector<InputFile>& files, const BatchArgs& args) {
  std::vector<std::string> out;
  for (const auto& f : files)
    if (f.path != "-") out.push_back(f.path);
  if (!args.rules.empty()) out.push_back(args.rules);
  out.insert(out.end(), args.add_rules.begin(), args.add_rules.end());
  if (!args.files_from.empty() && args.files_from != "-") out.push_back(args.files_from);
  return out;
}

namespace {

// Names of standard output itself, which -o takes as '-'.
bool names_stdout(std::string_view p) { return p == "-" || p == "/dev/stdout" || p == "/dev/fd/1" || p == "/proc/self/fd/1"; }

}  // namespace

Output::Output(const std::string& path, const std::vector<std::string>& inputs) : path_(names_stdout(path) ? "" : path) {
  if (path_.empty()) return;
  // Another descriptor's magic link would be followed to whatever it is open on.
  if (path_ == "/dev/stderr" || path_.rfind("/dev/fd/", 0) == 0 || path_.rfind("/proc/", 0) == 0)
    throw UsageError(fmt::format("-o {}: an open file descriptor, not a file; -o writes only regular files", printable_name(path_)));
  target_ = path_;
  std::string shown = printable_name(path_);
  struct stat st {};
  mode_t mode = 0666 & ~current_umask();
  bool exists = ::stat(path_.c_str(), &st) == 0;
  struct stat lst {};
  if (!exists && ::lstat(path_.c_str(), &lst) == 0)
    throw UsageError(fmt::format("-o {}: a symbolic link to nothing; -o writes only regular files", shown));
  if (exists) {
    if (!S_ISREG(st.st_mode))
      throw UsageError(fmt::format("-o {}: {}; -o writes only regular files", shown, kind_of(st.st_mode)));
    for (const auto& in : inputs) {
      struct stat ist {};
      if (::stat(in.c_str(), &ist) == 0 && ist.st_dev == st.st_dev && ist.st_ino == st.st_ino)
        throw UsageError(fmt::format("-o {}: is also an input ({}); choose another output file", shown, printable_name(in)));
    }
    mode = st.st_mode & 07777;
    if (::lstat(path_.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
      // Replace the file the link leads to, not the link.
      std::error_code ec;
      target_ = std::filesystem::canonical(path_, ec).string();
      if (ec) throw UsageError(fmt::format("-o {}: cannot follow the symbolic link: {}", shown, ec.message()));
    }
  }
  std::filesystem::path target(target_);
  std::string pattern = (target.has_parent_path() ? target.parent_path() / "" : std::filesystem::path()).string() +
                        "." + target.filename().string() + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) throw WriteError(fmt::format("{}: cannot create a file in that folder: {}", shown, reason()));
  temp_ = name.data();
  guard_temp(temp_);
  ::fchmod(fd, mode);
  if (exists) {
    // Keep the group of the file replaced where allowed; failing that the default stays.
    [[maybe_unused]] int ignored = ::fchown(fd, static_cast<uid_t>(-1), st.st_gid);
  }
  ::close(fd);
  file_.open(temp_, std::ios::binary | std::ios::trunc);
  if (!file_) throw WriteError(fmt::format("{}: cannot write: {}", printable_name(temp_), reason()));
}

Output::~Output() {
  if (!temp_.empty() && !committed_) {
    file_.close();
    ::unlink(temp_.c_str());
    unguard_temp();
  }
}

std::ostream& Output::stream() { return path_.empty() ? std::cout : static_cast<std::ostream&>(file_); }

void Output::check() { check_written(stream(), path_); }

void Output::commit() {
  // errno is read only after a failure, which the failing write set.
  if (path_.empty()) {
    std::cout.flush();
    check();
    return;
  }
  file_.flush();
  check();
  file_.close();
  check();
  // A full disk can show only when the data reach it.
  int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
  bool synced = fd >= 0 && ::fsync(fd) == 0;
  if (fd >= 0) ::close(fd);
  if (!synced) throw WriteError(fmt::format("cannot write {}: {}", printable_name(path_), reason()));
  if (std::rename(temp_.c_str(), target_.c_str()) != 0)
    throw WriteError(fmt::format("cannot replace {}: {}", printable_name(path_), reason()));
  committed_ = true;
  unguard_temp();
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
