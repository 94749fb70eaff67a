// libFuzzer target: the rules parser and compiler (parse_rules -> RuleSet::compile), and a
// rule set that compiles matched against a short text. Any input must end in diagnostics
// or a usable set, never a crash or an exception other than DataError.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "jtai/errors.h"
#include "jtai/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<jtai::Diagnostic> diags;
  jtai::RuleFile file = jtai::parse_rules(text, "fuzz.rules", &diags);
  auto rules = jtai::RuleSet::compile(file, &diags);
  for (const auto& d : diags) (void)jtai::render(d);
  if (diags.empty()) (void)rules->match("The police and health visitors shared information about children quickly.");
  return 0;
}
