// PDF ingest with poppler-cpp: the text layer in reading order, page by page, and the
// box and font of each of its words.
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "ingest/formats.h"
#include "jtai/errors.h"

namespace jtai {
namespace {

// Poppler reports syntax problems through one process-wide callback; each thread keeps
// the first message of the document it is reading so an error can say what went wrong.
thread_local std::string t_first_poppler_error;

void on_poppler_error(const std::string& message, void*) {
  if (t_first_poppler_error.empty()) t_first_poppler_error = message;
}

void quiet_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(on_poppler_error, nullptr); });
}

// Latin ligature code points (U+FB00–U+FB06) some fonts map glyphs to, spelt out.
void fold_ligatures(std::string* text) {
  static const char* const kSpelt[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  std::string out;
  out.reserve(text->size());
  for (std::size_t i = 0; i < text->size(); ++i) {
    if (static_cast<unsigned char>((*text)[i]) == 0xEF && i + 2 < text->size() &&
        static_cast<unsigned char>((*text)[i + 1]) == 0xAC) {
      auto c = static_cast<unsigned char>((*text)[i + 2]);
      if (c >= 0x80 && c <= 0x86) {
        out += kSpelt[c - 0x80];
        i += 2;
        continue;
      }
    }
    out.push_back((*text)[i]);
  }
  *text = std::move(out);
}

// A word of the word list is looked for in the page text no further than this many bytes
// past the last word matched (the list and the text follow the same reading order).
constexpr std::size_t kWordSearch = 400;

// Matches the words of PAGE's word list to PAGE_TEXT, which starts at byte BASE of the
// whole text, in order. A word not found (the layout joined a hyphenated word, "decision-"
// + "making") is looked for without its hyphen, and skipped when still not found.
void match_words(const poppler::page& page, int number, const std::string& page_text, std::size_t base,
                 std::vector<WordBox>* out) {
  std::size_t cursor = 0;
  for (const auto& box : page.text_list(poppler::page::text_list_include_font)) {
    auto utf8 = box.text().to_utf8();
    std::string word(utf8.begin(), utf8.end());
    fold_ligatures(&word);
    std::size_t at = word.empty() ? std::string::npos : page_text.find(word, cursor);
    if ((at == std::string::npos || at - cursor > kWordSearch) && word.size() > 1 && word.back() == '-') {
      word.pop_back();
      at = page_text.find(word, cursor);
    }
    if (at == std::string::npos || at - cursor > kWordSearch) continue;
    auto r = box.bbox();
    out->push_back({base + at, base + at + word.size(), number, r.left(), r.top(), r.right(), r.bottom(),
                    box.get_font_size(), box.get_font_name()});
    cursor = at + word.size();
  }
}

std::string reason(const char* what) {
  std::string first = std::move(t_first_poppler_error);
  t_first_poppler_error.clear();
  return first.empty() ? std::string(what) : fmt::format("{} ({})", what, first);
}

}  // namespace

std::string pdf_to_text(const std::string& path, std::string_view bytes, int* pages, std::vector<WordBox>* words) {
  quiet_poppler();
  t_first_poppler_error.clear();
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw InputError(path, "PDF too large");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    // Poppler refuses an encrypted file it cannot open with an empty password the same way
    // as a damaged one; the trailer tells them apart.
    if (bytes.find("/Encrypt") != std::string_view::npos)
      throw InputError(path, "encrypted PDF: it needs a password, which jtai does not take");
    throw InputError(path, reason("damaged PDF: poppler cannot read it"));
  }
  if (doc->is_locked()) throw InputError(path, "encrypted PDF: it needs a password, which jtai does not take");
  int n = doc->pages();
  if (n <= 0) throw InputError(path, reason("damaged PDF: no pages"));
  std::string text;
  std::size_t letters = 0;
  for (int i = 0; i < n; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) throw InputError(path, reason(fmt::format("damaged PDF: page {} cannot be read", i + 1).c_str()));
    auto bytes_utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    std::string page_text(bytes_utf8.begin(), bytes_utf8.end());
    for (char c : page_text)
      if (c != ' ' && c != '\n' && c != '\f' && c != '\r' && c != '\t') ++letters;
    fold_ligatures(&page_text);
    if (words) match_words(*page, i + 1, page_text, text.size(), words);
    text += page_text;
    if (text.empty() || text.back() != '\f') text.push_back('\f');
  }
  if (letters == 0)
    throw InputError(path, fmt::format("PDF has no text layer ({} page{}, image-only or scanned); run OCR first", n,
                                       n == 1 ? "" : "s"));
  t_first_poppler_error.clear();
  *pages = n;
  return text;
}

}  // namespace jtai
