// The one orchestrator: ingest → normalise → segment → sections → findings →
// metadata → export-ready Record. The CLI calls only this (and export.h).
#pragma once

#include <string>

#include "jtai/ingest.h"
#include "jtai/model.h"

namespace jtai {

/// Options of one analysis run.
struct AnalyseOptions {};

/// Analyses already ingested text.
Record analyse(const Ingested& input, const AnalyseOptions& options);

/// Reads, ingests and analyses PATH ("-" for stdin); throws InputError naming the file.
Record analyse_file(const std::string& path, const AnalyseOptions& options);

}  // namespace jtai
