// Last stage: writes records. JSON (docs/output-contract.md, schema in
// docs/schema/analysis.schema.json) with stable key order, so that the same input
// and rules always give byte-identical output.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "jtai/model.h"

namespace jtai {

/// Schema id written in every record.
inline constexpr const char* kSchemaId = "jtai.analysis/1";

/// The record as an ordered JSON object.
nlohmann::ordered_json to_json(const Record& record);

/// Writes RECORD as JSON; INDENT < 0 writes one line (JSONL).
void write_json(std::ostream& out, const Record& record, int indent);

}  // namespace jtai
