// jtai: command-line entry point. Parses the command line, runs one subcommand and
// maps exceptions to exit codes in this one place.
#include <iostream>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "jtai/errors.h"

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
  register_tag(app, command);
  spdlog::set_default_logger(spdlog::stderr_color_mt("jtai"));  // stdout carries records
  spdlog::set_pattern("jtai: %v");
  spdlog::set_level(spdlog::level::warn);
  try {
    app.parse(argc, argv);  // not CLI11_PARSE: its error handling would bypass ours
    return command.run ? command.run() : kUsage;
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  } catch (const UsageError& e) {
    std::cerr << "jtai: " << e.what() << '\n';
    return kUsage;
  } catch (const jtai::DataError& e) {
    std::cerr << "jtai: " << e.what() << '\n';
    return kUsage;
  } catch (const jtai::InputError& e) {
    std::cerr << "jtai: " << e.path() << ": " << e.what() << '\n';
    return kSomeFailed;
  } catch (const std::exception& e) {
    std::cerr << "jtai: error: " << e.what() << '\n';
    return kSomeFailed;
  }
}
