// `jtai summarise INPUT...`: counts across many documents. Inputs are documents (analysed
// on the way) or jtai's own JSON/JSONL records, so `jtai analyse … > all.jsonl;
// jtai summarise all.jsonl` gives the same summary as summarising the documents.
#include <filesystem>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "common.h"
#include "jtai/batch.h"
#include "jtai/export.h"
#include "jtai/errors.h"
#include "jtai/ingest.h"
#include "jtai/jtai.h"
#include "jtai/summary.h"

namespace jtai::cli {
namespace {

struct SummariseArgs {
  BatchArgs batch;
  std::string format = "markdown";
};

// Records that jtai wrote carry its schema id.
bool has_schema_id(std::string_view bytes) { return bytes.find("\"jtai.analysis/1\"") != std::string_view::npos; }

// Adds every record of a JSON array or JSONL text; returns how many were error records.
std::size_t add_records(Summary* summary, const std::string& path, const std::string& bytes) {
  std::size_t failed = 0;
  auto add = [&](const nlohmann::json& j) {
    if (j.contains("error")) {
      ++failed;
      return;
    }
    add_to_summary(summary, digest_from_json(j));
  };
  std::size_t i = bytes.find_first_not_of(" \t\r\n");
  try {
    if (bytes[i] == '[') {
      for (const auto& j : nlohmann::json::parse(bytes)) add(j);
      return failed;
    }
    // One pretty-printed record (`jtai analyse --format json FILE`), else JSONL.
    if (auto whole = nlohmann::json::parse(bytes, nullptr, false); !whole.is_discarded()) {
      add(whole);
      return failed;
    }
    std::size_t start = 0;
    int line = 0;
    while (start < bytes.size()) {
      std::size_t end = bytes.find('\n', start);
      if (end == std::string::npos) end = bytes.size();
      ++line;
      std::string_view text(bytes.data() + start, end - start);
      if (text.find_first_not_of(" \t\r") != std::string_view::npos) {
        try {
          add(nlohmann::json::parse(text));
        } catch (const std::exception& e) {
          throw InputError(path, fmt::format("line {}: {}", line, e.what()));
        }
      }
      start = end + 1;
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path, e.what());
  } catch (const std::invalid_argument& e) {
    throw InputError(path, e.what());
  }
  return failed;
}

int run_summarise(const SummariseArgs& args) {
  configure_logging(args.batch);
  BatchArgs batch = args.batch;
  if (batch.input.extensions.empty())
    batch.input.extensions = {"txt", "text", "pdf", "html", "htm", "json", "jsonl"};
  auto files = collect(batch);
  Output output(args.batch.output, input_paths(files, args.batch));
  Summary summary;
  std::size_t failed = 0;
  // Record files are read here; documents go through the pipeline on worker threads.
  std::vector<InputFile> documents;
  std::string stdin_bytes;
  bool stdin_document = false;
  for (const auto& f : files) {
    std::string bytes;
    try {
      // Only the start of a file decides; documents are read again by the pipeline.
      if (f.path == "-") {
        stdin_bytes = read_bytes("-", args.batch.limits.max_bytes ? args.batch.limits.max_bytes : UINT64_MAX);
        bytes = stdin_bytes;
      } else if (std::error_code ec; std::filesystem::is_regular_file(f.path, ec)) {
        // Only regular files are peeked at: opening a FIFO would wait for a writer.
        std::ifstream in(f.path, std::ios::binary);
        if (in) {
          char head[4096];
          in.read(head, sizeof head);
          bytes.assign(head, static_cast<std::size_t>(in.gcount()));
        }
      }
      std::size_t first = bytes.find_first_not_of(" \t\r\n");
      bool json = first != std::string::npos && (bytes[first] == '{' || bytes[first] == '[');
      if (json && !has_schema_id(bytes)) {
        // Other JSON met in a folder walk (annotations, configs) is not a document.
        if (!f.named) {
          spdlog::info("{}: skipped, JSON but not jtai records", f.path);
          continue;
        }
        throw InputError(f.path, fmt::format("JSON but not jtai records (no \"schema\": \"{}\")", kSchemaId));
      }
      if (json) {
        if (f.path != "-") bytes = read_bytes(f.path, UINT64_MAX);  // record files can be as large as a corpus
        failed += add_records(&summary, f.path, bytes);
      } else if (f.path == "-") {
        stdin_document = true;
      } else {
        documents.push_back(f);
      }
    } catch (const InputError& e) {
      spdlog::error("{}: {}", printable_name(e.path()), e.what());
      ++failed;
    }
  }
  Resources resources = Resources::builtin().with_rules(run_rule_set(args.batch.rules, args.batch.add_rules));
  AnalyseOptions options = args.batch.limits;
  if (stdin_document) {
    try {
      add_to_summary(&summary, digest(analyse(stdin_bytes, "-", resources, options)));
    } catch (const InputError& e) {
      spdlog::error("-: {}", e.what());
      ++failed;
    }
  }
  std::uint64_t total = 0;
  for (const auto& f : documents) total += f.bytes;
  Progress progress(args.batch, documents.size(), total);
  failed += run_batch(documents, resources, options, args.batch.jobs, [&](BatchResult&& r) {
    if (r.ok()) {
      add_to_summary(&summary, digest(std::get<Record>(r.outcome)));
    } else {
      progress.clear();
      spdlog::error("{}: {}", printable_name(r.path), std::get<std::string>(r.outcome));
    }
    progress.advance(documents[r.index].bytes);
  });
  progress.finish();
  std::sort(summary.digests.begin(), summary.digests.end(),
            [](const Summary::Digest& a, const Summary::Digest& b) { return a.path < b.path; });
  write_summary(args.format, output.stream(), summary);
  output.commit();
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void register_summarise(CLI::App& app, Command& command) {
  auto args = std::make_shared<SummariseArgs>();
  auto* sub = app.add_subcommand(
      "summarise", fmt::format("Summarise many documents or jtai records ({})", fmt::join(summary_formats(), ", ")));
  sub->alias("summarize");
  sub->add_option("inputs", args->batch.input.paths,
                  "Documents, folders, jtai JSON/JSONL record files, or '-' for standard input");
  sub->add_option("-f,--format", args->format, "Output format")
      ->check(CLI::IsMember(summary_formats()))
      ->capture_default_str();
  add_batch_options(sub, args->batch);
  sub->footer(
      "Examples:\n"
      "  jtai summarise all.jsonl                        tables from jtai analyse -f jsonl records\n"
      "  jtai summarise -j 2 reports/                    analyse a folder and summarise it\n"
      "  jtai summarise -f csv all.jsonl -o summary.csv  one cell a line, for pivot tables\n");
  sub->callback([args, &command] { command.run = [args] { return run_summarise(*args); }; });
}

}  // namespace jtai::cli
