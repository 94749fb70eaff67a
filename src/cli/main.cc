// jtai: command-line entry point. Parses the command line, runs one subcommand and
// maps exceptions to exit codes in this one place.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "jtai/errors.h"
#include "jtai/ingest.h"

namespace {

// Everything written to standard output reached it; a failure is reported once, here.
int finish_stdout(int code) {
  std::cout.flush();  // errno is read only after a failure, which the failing write set
  if (std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout)) return code;
  std::cerr << "jtai: error: cannot write standard output: " << (errno ? std::strerror(errno) : "write failed") << '\n';
  return jtai::cli::kWriteFailed;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jtai::cli;
  CLI::App app{"jtai: typed, evidenced records from joint targeted area inspection letters and reports"};
  app.set_version_flag("--version", "jtai 0.1.0");
  app.require_subcommand(1);
  Command command;
  register_analyse(app, command);
  register_rules(app, command);
  register_explain(app, command);
  register_text(app, command);
  register_summarise(app, command);
  spdlog::set_default_logger(spdlog::stderr_color_mt("jtai"));  // stdout carries records
  spdlog::set_pattern("jtai: %v");
  spdlog::set_level(spdlog::level::warn);
  try {
    app.parse(argc, argv);  // not CLI11_PARSE: its error handling would bypass ours
    return finish_stdout(command.run ? command.run() : kUsage);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
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
