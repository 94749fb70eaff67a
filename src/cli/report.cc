// `jtai report INPUT... -o report.html`: one self-contained HTML page of many documents
// (include/jtai/report.h). Inputs are documents, analysed on the way on worker threads,
// or jtai's own JSON/JSONL records, read back whole (record_from_json); a file that
// fails is reported and left out, and the page is still written.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "common.h"
#include "jtai/batch.h"
#include "jtai/errors.h"
#include "jtai/export.h"
#include "jtai/ingest.h"
#include "jtai/jtai.h"
#include "jtai/report.h"

namespace jtai::cli {
namespace {

// Bytes of a file read to tell jtai records from documents.
constexpr std::size_t kPeekBytes = 4096;

struct ReportArgs {
  BatchArgs batch;
  std::string title = "jtai report";
};

// Adds the record of one JSON value; returns false for an error record.
bool add_json(ReportBuilder* builder, const nlohmann::json& j) {
  if (j.is_object() && j.contains("error") && !j.contains("schema")) return false;
  builder->add(record_from_json(j));
  return true;
}

// Adds every record of a JSON array, one pretty-printed record or JSONL; returns how
// many were error records.
std::size_t add_records(ReportBuilder* builder, const std::string& path, const std::string& bytes) {
  std::size_t failed = 0;
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return 0;
  int line = 0;
  try {
    if (bytes[first] == '[') {
      for (const auto& j : nlohmann::json::parse(bytes)) failed += add_json(builder, j) ? 0 : 1;
      return failed;
    }
    if (auto whole = nlohmann::json::parse(bytes, nullptr, false); !whole.is_discarded())
      return add_json(builder, whole) ? 0 : 1;
    for (std::size_t start = 0; start < bytes.size();) {
      std::size_t end = bytes.find('\n', start);
      if (end == std::string::npos) end = bytes.size();
      ++line;
      std::string_view text(bytes.data() + start, end - start);
      start = end + 1;
      if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      failed += add_json(builder, nlohmann::json::parse(text)) ? 0 : 1;
    }
  } catch (const std::exception& e) {  // nlohmann's errors and record_from_json's invalid_argument
    throw InputError(path, line ? fmt::format("line {}: {}", line, e.what()) : std::string(e.what()));
  }
  return failed;
}

// The start of the file at F (all of standard input), to tell records from documents.
std::string peek(const InputFile& f, const BatchArgs& args, std::string* stdin_bytes) {
  if (f.path == "-") {
    *stdin_bytes = read_bytes("-", args.limits.max_bytes ? args.limits.max_bytes : UINT64_MAX);
    return *stdin_bytes;
  }
  std::string bytes;
  // Only regular files are peeked at: opening a FIFO would wait for a writer.
  if (std::error_code ec; std::filesystem::is_regular_file(f.path, ec)) {
    std::ifstream in(f.path, std::ios::binary);
    char head[kPeekBytes];
    in.read(head, sizeof head);
    bytes.assign(head, static_cast<std::size_t>(in.gcount()));
  }
  return bytes;
}

// Reads the record files among FILES into BUILDER and returns the documents left to
// analyse; a document on standard input is analysed here. Counts failures in FAILED.
std::vector<InputFile> read_records(const std::vector<InputFile>& files, const ReportArgs& args,
                                    const Resources& resources, ReportBuilder* builder, std::size_t* failed) {
  std::vector<InputFile> documents;
  for (const auto& f : files) {
    try {
      std::string stdin_bytes;
      std::string bytes = peek(f, args.batch, &stdin_bytes);
      std::size_t first = bytes.find_first_not_of(" \t\r\n");
      bool json = first != std::string::npos && (bytes[first] == '{' || bytes[first] == '[');
      if (json && bytes.find(fmt::format("\"{}\"", kSchemaId)) == std::string::npos) {
        if (!f.named) {  // other JSON met in a folder walk (annotations, configs)
          spdlog::info("{}: skipped, JSON but not jtai records", f.path);
          continue;
        }
        throw InputError(f.path, fmt::format("JSON but not jtai records (no \"schema\": \"{}\")", kSchemaId));
      }
      if (json)
        *failed += add_records(builder, f.path, f.path == "-" ? bytes : read_bytes(f.path, UINT64_MAX));
      else if (f.path == "-")
        builder->add(analyse(stdin_bytes, "-", resources, args.batch.limits));
      else
        documents.push_back(f);
    } catch (const InputError& e) {
      spdlog::error("{}: {}", printable_name(e.path()), e.what());
      ++*failed;
    }
  }
  return documents;
}

int run_report(const ReportArgs& args) {
  configure_logging(args.batch);
  BatchArgs batch = args.batch;
  if (batch.input.extensions.empty()) batch.input.extensions = {"txt", "text", "pdf", "html", "htm", "json", "jsonl"};
  auto files = collect(batch);
  Output output(args.batch.output, input_paths(files, args.batch));
  Resources resources = Resources::builtin().with_rules(run_rule_set(args.batch.rules, args.batch.add_rules));
  ReportBuilder builder;
  std::size_t failed = 0;
  std::vector<InputFile> documents = read_records(files, args, resources, &builder, &failed);
  std::uint64_t total = 0;
  for (const auto& f : documents) total += f.bytes;
  Progress progress(args.batch, documents.size(), total);
  failed += run_batch(documents, resources, args.batch.limits, args.batch.jobs, [&](BatchResult&& r) {
    if (r.ok()) {
      builder.add(std::move(std::get<Record>(r.outcome)));
    } else {
      progress.clear();
      spdlog::error("{}: {}", printable_name(r.path), std::get<std::string>(r.outcome));
    }
    progress.advance(documents[r.index].bytes);
  });
  progress.finish();
  Report report = builder.build();
  for (const auto& d : report.documents)
    for (const auto& dup : d.duplicates) spdlog::info("{}: the same text as {}, shown once", dup, d.path);
  write_report_html(output.stream(), report, args.title);
  output.commit();
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_report(CLI::App& app, Command& command) {
  auto args = std::make_shared<ReportArgs>();
  auto* sub = app.add_subcommand(
      "report", "One self-contained HTML page of many documents or jtai records: charts, areas, findings search");
  sub->add_option("inputs", args->batch.input.paths,
                  "Documents, folders, jtai JSON/JSONL record files, or '-' for standard input");
  sub->add_option("--title", args->title, "Title of the page")->capture_default_str();
  add_batch_options(sub, args->batch);
  sub->footer(
      "Examples:\n"
      "  jtai report -j 2 reports/ -o report.html       analyse a folder, one page of it\n"
      "  jtai report all.jsonl -o report.html           the page of jtai analyse -f jsonl records\n"
      "  jtai report --title 'North West' --files-from nw.txt -o nw.html\n"
      "                                                 the documents a list names, titled\n");
  sub->callback([args, &command] { command.run = [args] { return run_report(*args); }; });
}

}  // namespace jtai::cli
