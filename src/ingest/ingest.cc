// Reading input bytes, recognising the format and checking the text.
#include "ingest/ingest.h"

#include <array>
#include <memory>
#include <sys/stat.h>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <sstream>

#include <fmt/format.h>
#include <nettle/sha2.h>

#include "data/lexicon.h"
#include "ingest/formats.h"
#include "jtai/errors.h"
#include "layout/normalise.h"

namespace jtai {

std::string read_bytes(const std::string& path) {
  if (path == "-") {
    std::ostringstream out;
    out << std::cin.rdbuf();
    return out.str();
  }
  // One read into a string of the file's size (a file that grows meanwhile is read on to its end).
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw InputError(path, "cannot open file");
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> closer(f, std::fclose);
  struct stat st {};
  std::string bytes;
  if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) bytes.resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = std::fread(bytes.data(), 1, bytes.size(), f);
  bytes.resize(got);
  char chunk[1 << 16];
  for (std::size_t n; (n = std::fread(chunk, 1, sizeof chunk, f)) > 0;) bytes.append(chunk, n);
  if (std::ferror(f)) throw InputError(path, "read error");
  return bytes;
}

SourceFormat detect_format(std::string_view bytes) {
  std::size_t i = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) ++i;
  std::string_view head = bytes.substr(i, 512);
  if (bytes.substr(0, 5) == "%PDF-") return SourceFormat::kPdf;
  auto starts_ci = [&](std::string_view p) {
    if (head.size() < p.size()) return false;
    for (std::size_t k = 0; k < p.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(head[k])) != p[k]) return false;
    return true;
  };
  if (starts_ci("<!doctype html") || starts_ci("<html") || starts_ci("<?xml") || starts_ci("<head") ||
      starts_ci("<body") || starts_ci("<!--"))
    return SourceFormat::kHtml;
  return SourceFormat::kText;
}

namespace {

// What a non-document file a user may hand over by mistake is, from its magic bytes.
std::string_view binary_signature(std::string_view b) {
  struct Magic {
    std::string_view prefix, what;
  };
  static constexpr Magic kMagic[] = {
      {"\x89PNG\r\n\x1a\n", "a PNG image"}, {"\xFF\xD8\xFF", "a JPEG image"}, {"GIF8", "a GIF image"},
      {"PK\x03\x04", "a ZIP archive, e.g. .docx or .xlsx"}, {"\xD0\xCF\x11\xE0", "an old Office file, e.g. .doc"},
      {"\x1F\x8B", "gzip-compressed data"}};
  for (const auto& m : kMagic)
    if (b.substr(0, m.prefix.size()) == m.prefix) return m.what;
  return {};
}

}  // namespace

Ingested ingest_document(const std::string& path, std::string bytes, const Lexicon& lx) {
  if (bytes.empty()) throw InputError(path, "empty file");
  Ingested out;
  out.source.path = path;
  out.source.bytes = bytes.size();
  out.source.sha256 = sha256_hex(bytes);
  out.source.format = detect_format(bytes);
  if (out.source.format == SourceFormat::kPdf) {
    int pages = 0;
    out.text = pdf_to_text(path, bytes, &pages);
    out.source.pages = pages;
  } else if (out.source.format == SourceFormat::kHtml) {
    out.text = html_to_text(path, bytes, lx.html);
  }
  if (out.source.format != SourceFormat::kText) {
    std::size_t bad = 0;
    if (!valid_utf8(out.text, &bad)) throw InputError(path, fmt::format("extracted text is not UTF-8 at byte {}", bad));
    out.source.text_sha256 = sha256_hex(out.text);
    return out;
  }
  if (auto what = binary_signature(bytes); !what.empty())
    throw InputError(path, fmt::format("not a text, PDF or HTML document ({})", what));
  std::size_t nul = bytes.find('\0');
  if (nul != std::string::npos) throw InputError(path, fmt::format("binary data (NUL byte at offset {})", nul));
  std::size_t bad = 0;
  if (!valid_utf8(bytes, &bad)) throw InputError(path, fmt::format("invalid UTF-8 at byte offset {}", bad));
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string::npos) throw InputError(path, "no text (white space only)");
  out.text = std::move(bytes);
  return out;
}

std::string sha256_hex(std::string_view data) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, data.size(), reinterpret_cast<const std::uint8_t*>(data.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&ctx, digest.size(), digest.data());
  std::string out;
  out.reserve(2 * digest.size());
  for (auto b : digest) out += fmt::format("{:02x}", b);
  return out;
}

}  // namespace jtai
