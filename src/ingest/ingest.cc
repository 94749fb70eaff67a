// Reading input bytes, recognising the format and checking the text.
#include "ingest/ingest.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>
#include <nettle/sha2.h>

#include "data/lexicon.h"
#include "ingest/formats.h"
#include "jtai/errors.h"
#include "layout/normalise.h"

namespace jtai {

namespace {

// Longest name printed whole in a message; a longer one keeps this many bytes at each end.
constexpr std::size_t kMaxPrintedName = 300;
constexpr std::size_t kPrintedNameEnd = 120;
// Bytes asked of the system per read() call.
constexpr std::size_t kReadChunk = 1 << 16;

std::string_view file_type(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

std::string too_large(std::uint64_t max_bytes) {
  return fmt::format("larger than the input limit of {} bytes (--max-bytes)", max_bytes);
}

// Reads FD to its end, refusing more than MAX_BYTES; SIZE (the file's size when known)
// is reserved up front, so a file is read into one buffer of its size.
std::string read_all(int fd, const std::string& path, std::uint64_t max_bytes, std::size_t size = 0) {
  std::string bytes;
  if (size > 0 && size < max_bytes) {
    // A regular file of SIZE bytes, asked for one more: when SIZE come back, that is its
    // end. Fewer (a file cut short since, or a read cut short) or more (a file grown
    // since) are read on to the end.
    bytes.resize(size + 1);
    ssize_t n = 0;
    do n = ::read(fd, bytes.data(), size + 1);
    while (n < 0 && errno == EINTR);
    if (n < 0) throw InputError(path, fmt::format("read error: {}", std::strerror(errno)));
    bytes.resize(static_cast<std::size_t>(n));
    if (static_cast<std::size_t>(n) == size) return bytes;
  }
  bytes.reserve(size);
  char buf[kReadChunk];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(path, fmt::format("read error: {}", std::strerror(errno)));
    if (n == 0) return bytes;
    if (bytes.size() + static_cast<std::size_t>(n) > max_bytes) throw InputError(path, too_large(max_bytes));
    bytes.append(buf, static_cast<std::size_t>(n));
  }
}

}  // namespace

std::string read_bytes(const std::string& path, std::uint64_t max_bytes, ReadFrom from) {
  if (path == "-") return read_all(STDIN_FILENO, path, max_bytes);
  // Not blocking, so that opening a FIFO nobody writes to returns at once.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) throw InputError(path, fmt::format("cannot open file: {}", std::strerror(errno)));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw InputError(path, fmt::format("cannot open file: {}", std::strerror(errno)));
  bool stream = S_ISFIFO(st.st_mode) && from == ReadFrom::kAnyStream;
  if (!S_ISREG(st.st_mode) && !stream)
    throw InputError(path, fmt::format("{}, not a regular file: jtai reads only files", file_type(st.st_mode)));
  if (S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) > max_bytes) throw InputError(path, too_large(max_bytes));
  if (stream) {  // O_NONBLOCK does nothing to a regular file's reads
    int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  }
  return read_all(fd, path, max_bytes, S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0);
}

std::string escape_invalid_utf8(std::string_view text) {
  std::size_t bad = 0;
  if (valid_utf8(text, &bad)) return std::string(text);
  std::string out(text.substr(0, bad));
  std::string_view rest = text.substr(bad);
  while (!rest.empty()) {
    out += fmt::format("\\x{:02X}", static_cast<unsigned char>(rest[0]));
    rest.remove_prefix(1);
    std::size_t next = rest.size();
    if (valid_utf8(rest, &next)) next = rest.size();
    out.append(rest.substr(0, next));
    rest.remove_prefix(next);
  }
  return out;
}

std::string printable_name(std::string_view name) {
  std::string valid = escape_invalid_utf8(name);
  std::string out;
  for (char c : valid) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (u < 0x20 || u == 0x7F) out += fmt::format("\\x{:02X}", u);
    else out += c;
  }
  if (out.size() <= kMaxPrintedName) return out;
  // Cut on UTF-8 character boundaries.
  std::size_t head = kPrintedNameEnd, tail = out.size() - kPrintedNameEnd;
  while (head > 0 && (static_cast<unsigned char>(out[head]) & 0xC0) == 0x80) --head;
  while (tail < out.size() && (static_cast<unsigned char>(out[tail]) & 0xC0) == 0x80) ++tail;
  return fmt::format("{}...{} ({} bytes)", out.substr(0, head), out.substr(tail), name.size());
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

// UTF-16 text: a byte-order mark, or ASCII letters with a NUL byte before or after each
// one in the first bytes.
bool utf16(std::string_view b) {
  if (b.substr(0, 2) == "\xFF\xFE" || b.substr(0, 2) == "\xFE\xFF") return true;
  constexpr std::size_t kProbe = 64;  // bytes looked at
  std::size_t n = std::min(b.size(), kProbe) & ~std::size_t{1};
  if (n < 4) return false;
  for (std::size_t zero : {std::size_t{0}, std::size_t{1}}) {
    bool all = true;
    for (std::size_t i = 0; i < n && all; i += 2)
      all = b[i + zero] == '\0' && b[i + 1 - zero] != '\0';
    if (all) return true;
  }
  return false;
}

}  // namespace

Ingested ingest_document(const std::string& path, std::string bytes, const Lexicon& lx) {
  if (bytes.empty()) throw InputError(path, "empty file");
  Ingested out;
  out.source.path = escape_invalid_utf8(path);
  out.source.bytes = bytes.size();
  out.source.sha256 = sha256_hex(bytes);
  out.source.format = detect_format(bytes);
  if (out.source.format == SourceFormat::kPdf) {
    int pages = 0;
    out.text = pdf_to_text(path, bytes, &pages, &out.words);
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
  if (bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) || bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    throw InputError(path, "UTF-32 text; convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)");
  if (utf16(bytes)) throw InputError(path, "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)");
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
