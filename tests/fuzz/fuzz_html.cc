// libFuzzer target: HTML ingest (libxml2's HTML parser and the page walk) on any bytes; a
// page either gives UTF-8 text or is refused with an InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "data/lexicon.h"
#include "ingest/formats.h"
#include "jtai/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const jtai::Lexicon& lexicon = jtai::Lexicon::builtin();
  try {
    (void)jtai::html_to_text("fuzz.html", std::string_view(reinterpret_cast<const char*>(data), size), lexicon.html);
  } catch (const jtai::InputError&) {
  }
  return 0;
}
