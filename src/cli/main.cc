// jtai: command-line entry point. Parses the command line, runs one subcommand and
// maps exceptions to exit codes in this one place; a command line CLI11 rejects gets one
// line naming what was wrong and which --help to read.
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "jtai/errors.h"
#include "jtai/ingest.h"

#include "jtai_version.h"

namespace {

// Standard output's buffer when it is a file or a pipe: a record a write, where stdio's
// 4 KB gave a 14 KB record four (JSON Lines still flushes after each record).
constexpr std::size_t kStdoutBuffer = 1 << 16;

// Everything written to standard output reached it; a failure is reported once, here.
int finish_stdout(int code) {
  std::cout.flush();  // errno is read only after a failure, which the failing write set
  if (std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout)) return code;
  std::cerr << "jtai: error: cannot write standard output: " << (errno ? std::strerror(errno) : "write failed") << '\n';
  return jtai::cli::kWriteFailed;
}

// The subcommands the parse reached, innermost last ("analyse", "rules check").
std::vector<const CLI::App*> reached(const CLI::App& app) {
  std::vector<const CLI::App*> path;
  const CLI::App* at = &app;
  for (;;) {
    auto subs = at->get_subcommands();
    if (subs.empty()) return path;
    at = subs.front();
    path.push_back(at);
  }
}

// "jtai: unknown option --x; see jtai analyse --help" and the like, for a parse error E.
std::string parse_message(const CLI::App& app, const CLI::ParseError& e) {
  auto path = reached(app);
  std::string command = "jtai";
  for (const auto* sub : path) command += " " + sub->get_name();
  const CLI::App& innermost = path.empty() ? app : *path.back();
  std::string see = "; see " + command + " --help";
  auto left = app.remaining(true);
  if (!left.empty()) {
    const std::string& arg = left.front();
    if (arg.size() > 1 && arg[0] == '-') return "unknown option " + arg + see;
    if (!innermost.get_subcommands({}).empty()) return "unknown subcommand " + arg + see;
    return "unexpected argument " + arg + see;
  }
  std::string what = e.what();
  if (!what.empty()) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
  return what + see;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jtai::cli;
  static char stdout_buffer[kStdoutBuffer];  // glibc takes a size only with a buffer of it
  if (!isatty(STDOUT_FILENO)) std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
  CLI::App app{"jtai: typed, evidenced records from joint targeted area inspection letters and reports"};
  app.set_version_flag("--version", "jtai " JTAI_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  jtai analyse letter.pdf                        one JSON record of a letter\n"
      "  jtai analyse -f jsonl -j 2 reports/ -o all.jsonl\n"
      "                                                 a folder, two workers, one record a line\n"
      "  jtai summarise all.jsonl                       counts by kind, theme, agency, area, year\n");
  Command command;
  register_analyse(app, command);
  register_rules(app, command);
  register_explain(app, command);
  register_text(app, command);
  register_summarise(app, command);
  register_tag(app, command);
  register_report(app, command);
  register_timeline(app, command);
  register_compare(app, command);
  spdlog::set_default_logger(spdlog::stderr_color_mt("jtai"));  // stdout carries records
  spdlog::set_pattern("jtai: %v");
  spdlog::set_level(spdlog::level::warn);
  try {
    app.parse(argc, argv);  // not CLI11_PARSE: its error handling would bypass ours
    return finish_stdout(command.run ? command.run() : kUsage);
  } catch (const CLI::CallForHelp& e) {
    return finish_stdout(app.exit(e));
  } catch (const CLI::CallForAllHelp& e) {
    return finish_stdout(app.exit(e));
  } catch (const CLI::CallForVersion& e) {
    return finish_stdout(app.exit(e));
  } catch (const CLI::ParseError& e) {
    std::cerr << "jtai: " << parse_message(app, e) << '\n';
    return kUsage;
  } catch (const WriteError& e) {
    std::cerr << "jtai: error: " << e.what() << '\n';
    return kWriteFailed;
  } catch (const UsageError& e) {
    std::cerr << "jtai: " << e.what() << '\n';
    return kUsage;
  } catch (const jtai::DataError& e) {
    const jtai::Diagnostic& d = e.diagnostic();
    std::cerr << "jtai: " << jtai::printable_name(d.file) << ':' << d.line << ':' << d.col << ": " << d.message << '\n';
    return kUsage;
  } catch (const jtai::InputError& e) {
    std::cerr << "jtai: " << jtai::printable_name(e.path()) << ": " << e.what() << '\n';
    return kSomeFailed;
  } catch (const std::exception& e) {
    std::cerr << "jtai: error: " << e.what() << '\n';
    return kSomeFailed;
  }
}
