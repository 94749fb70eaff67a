// Text extraction for the non-text formats, used only by ingest() (stage 1). Each lives in
// its own file with its library: PDF with poppler-cpp, HTML with libxml2's HTML parser.
// Both return UTF-8 text that the rest of the pipeline reads exactly like a text file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jtai/ingest.h"

namespace jtai {

struct HtmlLayout;

/// The text of a PDF in reading order, as `pdftotext` lays it out: one form feed after
/// each page, ligatures folded; throws InputError(PATH, ...) for encrypted, damaged or
/// image-only files. PAGES receives the page count; WORDS the boxes of the words of the
/// text that poppler's word list gives, matched to the text in order.
std::string pdf_to_text(const std::string& path, std::string_view bytes, int* pages, std::vector<WordBox>* words = nullptr);

/// The visible text of an HTML page: one line per paragraph, heading or table row, list
/// items as "• " bullets, blank lines between blocks; script, style, navigation, forms,
/// page header/footer and figure captions dropped; entities decoded.
std::string html_to_text(const std::string& path, std::string_view bytes, const HtmlLayout& layout);

}  // namespace jtai
