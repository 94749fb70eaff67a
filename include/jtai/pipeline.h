// The one orchestrator: ingest → normalise → segment → sections → findings → tag →
// metadata → export-ready Record. The CLI calls only this (and export.h).
#pragma once

#include <memory>
#include <string>

#include "jtai/ingest.h"
#include "jtai/model.h"
#include "jtai/rules.h"

namespace jtai {

/// Options of one analysis run.
struct AnalyseOptions {
  std::shared_ptr<const RuleSet> rules;  ///< tagging rules; null means the built-in rules
};

/// The built-in rules, compiled once.
std::shared_ptr<const RuleSet> builtin_rule_set();

/// Rules for a run: the built-in ones, or REPLACE's, plus every file of ADD; a bad rule
/// file throws DataError with the first problem ("file:line:col: message").
std::shared_ptr<const RuleSet> load_rule_set(const std::string& replace, const std::vector<std::string>& add);

/// Analyses already ingested text.
Record analyse(const Ingested& input, const AnalyseOptions& options);

/// Reads, ingests and analyses PATH ("-" for stdin); throws InputError naming the file.
Record analyse_file(const std::string& path, const AnalyseOptions& options);

}  // namespace jtai
