// Batch driver around the pipeline (jtai.h): turns command-line inputs (files,
// folders, file lists) into a sorted list of documents, and analyses them on worker
// threads while handing results to the caller one by one, in input order.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "jtai/model.h"
#include "jtai/jtai.h"

namespace jtai {

/// What to collect from the command line.
struct InputSpec {
  std::vector<std::string> paths;        ///< files, folders, or "-" (a document on stdin)
  std::vector<std::string> files_from;   ///< lists of paths, one per line ("-" = stdin)
  bool nul_separated = false;            ///< the lists are NUL-separated (find -print0)
  /// For files found in folders (of the extensions above), as ripgrep's -g: GLOB with a
  /// '/' matches the path below the folder given, without one the file name; keep if any
  /// matches; "!GLOB" drops matching files and everything below a matching folder.
  std::vector<std::string> globs;
  std::vector<std::string> extensions;   ///< for files found in folders (empty: txt, text, pdf, html, htm)
};

/// One document to read: PATH and its size in bytes when known (0 for stdin).
struct InputFile {
  std::string path;
  std::uint64_t bytes = 0;
  bool named = false;  ///< given on the command line or in a list, not found in a folder
};

/// The documents INPUT names, in order: explicit files as given, folders walked
/// recursively in sorted order (symbolic-link loops skipped with a warning through
/// WARN), lists read line by line. A path that does not exist is kept, so that reading
/// it reports the error in its place.
std::vector<InputFile> collect_inputs(const InputSpec& input, const std::function<void(const std::string&)>& warn);

/// The outcome for one document: its record, or the message of the error that stopped it.
struct BatchResult {
  std::size_t index = 0;  ///< position in the input list
  std::string path;
  std::variant<Record, std::string> outcome;
  bool ok() const { return outcome.index() == 0; }
};

/// Analyses FILES on JOBS threads (0: one per core) and calls EMIT for each result on the
/// calling thread, strictly in input order, as soon as it and all before it are done. At
/// most a few results per thread wait to be emitted, so memory does not grow with the
/// number of documents. Returns the number of documents that failed.
std::size_t run_batch(const std::vector<InputFile>& files, const Resources& resources, const AnalyseOptions& options,
                      unsigned jobs,
                      const std::function<void(BatchResult&&)>& emit);

/// Worker threads used for JOBS (0 means one per core, at least 1).
unsigned effective_jobs(unsigned jobs);

}  // namespace jtai
