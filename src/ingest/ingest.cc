// Reading input bytes, recognising the format and checking the text.
#include "jtai/ingest.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <fmt/format.h>

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
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot open file");
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw InputError(path, "read error");
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

Ingested ingest(const std::string& path, std::string bytes) {
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
    out.text = html_to_text(path, bytes);
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

// SHA-256 (FIPS 180-4), small and self-contained: the digest identifies inputs in records.
std::string sha256_hex(std::string_view data) {
  static constexpr std::array<std::uint32_t, 64> k = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
  std::array<std::uint32_t, 8> h = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  auto rotr = [](std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); };
  std::string msg(data);
  std::uint64_t bit_len = static_cast<std::uint64_t>(data.size()) * 8;
  msg.push_back(static_cast<char>(0x80));
  while (msg.size() % 64 != 56) msg.push_back('\0');
  for (int s = 56; s >= 0; s -= 8) msg.push_back(static_cast<char>((bit_len >> s) & 0xff));
  for (std::size_t off = 0; off < msg.size(); off += 64) {
    std::array<std::uint32_t, 64> w{};
    for (int t = 0; t < 16; ++t) {
      const auto* p = reinterpret_cast<const unsigned char*>(msg.data() + off + static_cast<std::size_t>(t) * 4);
      w[static_cast<std::size_t>(t)] = (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
                                       (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
    }
    for (std::size_t t = 16; t < 64; ++t) {
      std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
      std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, hh] = h;
    for (std::size_t t = 0; t < 64; ++t) {
      std::uint32_t S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      std::uint32_t ch = (e & f) ^ (~e & g);
      std::uint32_t t1 = hh + S1 + ch + k[t] + w[t];
      std::uint32_t S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      std::uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
      std::uint32_t t2 = S0 + maj;
      hh = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
  }
  std::string out;
  for (auto v : h) out += fmt::format("{:08x}", v);
  return out;
}

}  // namespace jtai
