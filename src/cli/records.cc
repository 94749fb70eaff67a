// Reading documents and jtai records alike (records.h), and the shared filter options.
#include "records.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "commands.h"
#include "jtai/batch.h"
#include "jtai/errors.h"
#include "jtai/export.h"
#include "jtai/ingest.h"
#include "jtai/jtai.h"

namespace jtai::cli {
namespace {

using Each = std::function<void(Record&&)>;

// Bytes of a file's start that decide whether it holds records.
constexpr std::size_t kPeekBytes = 4096;

// Records that jtai wrote carry its schema id.
bool has_schema_id(std::string_view bytes) { return bytes.find("\"jtai.analysis/1\"") != std::string_view::npos; }

// Hands every record of a record file to EACH; returns how many were error records.
std::size_t read_records(const std::string& path, const std::string& bytes, const Each& each) {
  std::size_t failed = 0;
  for (RecordItem& item : record_items(path, bytes)) {
    nlohmann::json j = take_record_value(item, path);
    if (j.contains("error")) {
      ++failed;
      continue;
    }
    try {
      each(record_from_json(j));
    } catch (const nlohmann::json::exception& e) {
      throw InputError(path, item_message(item, e.what()));
    } catch (const std::invalid_argument& e) {
      throw InputError(path, item_message(item, e.what()));
    }
  }
  return failed;
}

// The first bytes of F ("-": all of standard input, kept in STDIN_BYTES).
std::string peek(const InputFile& f, const BatchArgs& args, std::string* stdin_bytes) {
  if (f.path == "-") {
    *stdin_bytes = read_bytes("-", args.limits.max_bytes ? args.limits.max_bytes : UINT64_MAX);
    return *stdin_bytes;
  }
  std::string bytes;
  // Only regular files are peeked at: opening a FIFO would wait for a writer.
  if (std::error_code ec; std::filesystem::is_regular_file(f.path, ec)) {
    std::ifstream in(f.path, std::ios::binary);
    if (in) {
      char head[kPeekBytes];
      in.read(head, sizeof head);
      bytes.assign(head, static_cast<std::size_t>(in.gcount()));
    }
  }
  return bytes;
}

}  // namespace

std::vector<RecordItem> record_items(const std::string& path, const std::string& bytes) {
  std::vector<RecordItem> out;
  std::size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return out;
  try {
    if (bytes[first] == '[') {
      for (auto& j : nlohmann::json::parse(bytes)) out.push_back({{}, 0, std::move(j)});
      return out;
    }
    int line = 0;
    for (std::size_t start = 0; start < bytes.size();) {
      std::size_t end = bytes.find('\n', start);
      if (end == std::string::npos) end = bytes.size();
      ++line;
      std::string_view text(bytes.data() + start, end - start);
      start = end + 1;
      if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      if (out.empty() && !nlohmann::json::accept(text)) {
        out.push_back({{}, 1, nlohmann::json::parse(bytes)});  // `analyse --format json FILE`
        return out;
      }
      out.push_back({text, line, std::nullopt});
    }
  } catch (const nlohmann::json::exception& e) {
    throw InputError(path, e.what());
  }
  return out;
}

nlohmann::json take_record_value(RecordItem& item, const std::string& path) {
  if (item.value) return std::move(*item.value);
  auto j = nlohmann::json::parse(item.text, nullptr, false);
  if (j.is_discarded()) throw InputError(path, item_message(item, "not JSON"));
  return j;
}

std::string item_message(const RecordItem& item, const char* what) {
  return item.line ? fmt::format("line {}: {}", item.line, what) : std::string(what);
}

void add_filter_options(CLI::App* sub, RecordFilter& f) {
  auto many = [&](const char* name, std::vector<std::string>& into, const char* help) {
    sub->add_option(name, into, help)->allow_extra_args(false)->group("Filters");
  };
  many("--kind", f.kinds, "Only documents of this kind (repeatable: any of them)");
  many("--area", f.areas, "Only documents about this area, by name or ONS code, any case (repeatable)");
  sub->add_option("--since", f.since, "Only documents dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)")
      ->group("Filters");
  sub->add_option("--until", f.until, "Only documents dated on or before DATE (a year or month: to its end)")
      ->group("Filters");
  many("--finding-kind", f.finding_kinds, "Only findings of this kind (repeatable)");
  many("--polarity", f.polarities, "Only findings of this polarity (repeatable)");
  many("--theme", f.themes, "Only findings with this theme (repeatable)");
  many("--agency", f.agencies, "Only findings naming this agency (repeatable)");
  many("--label", f.labels, "Only findings with this rule label, e.g. a custom rule's (repeatable)");
  sub->add_flag("--concerns", f.concerns,
                "Only concerns: areas for improvement, priority actions, concerns, negative or mixed observations")
      ->group("Filters");
}

void check_filter(const RecordFilter& filter) {
  try {
    validate(filter);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

std::vector<InputFile> collect_records(const BatchArgs& args) {
  BatchArgs batch = args;
  if (batch.input.extensions.empty()) batch.input.extensions = {"txt", "text", "pdf", "html", "htm", "json", "jsonl"};
  return collect(batch);
}

std::size_t for_each_input_record(const BatchArgs& args, const std::vector<InputFile>& files, const Each& each) {
  std::size_t failed = 0;
  std::vector<InputFile> documents;
  std::string stdin_bytes;
  bool stdin_document = false;
  for (const auto& f : files) {
    try {
      std::string bytes = peek(f, args, &stdin_bytes);
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
        failed += read_records(f.path, bytes, each);
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
  Resources resources = Resources::builtin(run_rule_set(args.rules, args.add_rules));
  if (stdin_document) {
    try {
      each(analyse(stdin_bytes, "-", resources, args.limits));
    } catch (const InputError& e) {
      spdlog::error("-: {}", e.what());
      ++failed;
    }
  }
  std::uint64_t total = 0;
  for (const auto& f : documents) total += f.bytes;
  Progress progress(args, documents.size(), total);
  failed += run_batch(documents, resources, args.limits, args.jobs, [&](BatchResult&& r) {
    if (r.ok()) {
      each(std::get<Record>(std::move(r.outcome)));
    } else {
      progress.clear();
      spdlog::error("{}: {}", printable_name(r.path), std::get<std::string>(r.outcome));
    }
    progress.advance(documents[r.index].bytes);
  });
  progress.finish();
  return failed;
}

}  // namespace jtai::cli
