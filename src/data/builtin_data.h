// The files of data/, embedded at build time (cmake/embed.cmake writes the table).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace jtai {

/// One embedded data file.
struct BuiltinFile {
  std::string_view name;  ///< path relative to data/, e.g. "layout/headings.tsv"
  std::string_view text;
};

/// Every embedded file, sorted by name.
const std::vector<BuiltinFile>& builtin_files();

/// The text of the embedded file NAME, or nullopt.
std::optional<std::string_view> builtin_file(std::string_view name);

}  // namespace jtai
