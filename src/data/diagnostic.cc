// Rendering of data-table and rules-file diagnostics with a caret under the column.
#include "jtai/errors.h"

namespace jtai {

std::string render(const Diagnostic& d) {
  std::string out = d.location_message() + "\n";
  if (!d.source_line.empty()) {
    out += "  " + d.source_line + "\n  ";
    for (int i = 1; i < d.col; ++i) {
      auto k = static_cast<std::size_t>(i - 1);
      out += k < d.source_line.size() && d.source_line[k] == '\t' ? '\t' : ' ';  // tabs keep the caret aligned
    }
    out += "^\n";
  }
  return out;
}

}  // namespace jtai
