// Lookup over the embedded data/ files.
#include "data/builtin_data.h"

namespace jtai {

std::optional<std::string_view> builtin_file(std::string_view name) {
  for (const auto& f : builtin_files())
    if (f.name == name) return f.text;
  return std::nullopt;
}

}  // namespace jtai
