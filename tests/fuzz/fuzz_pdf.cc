// libFuzzer target: PDF ingest (poppler's text layer in reading order) on any bytes; a file
// either gives text or is refused with an InputError.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/formats.h"
#include "jtai/errors.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  int pages = 0;
  try {
    (void)jtai::pdf_to_text("fuzz.pdf", std::string_view(reinterpret_cast<const char*>(data), size), &pages);
  } catch (const jtai::InputError&) {
  }
  return 0;
}
