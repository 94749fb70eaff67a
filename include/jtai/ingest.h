// The first stage of the pipeline (jtai.h): a document's bytes, read from a file or
// standard input, and the UTF-8 text that every later offset refers to. ingest() itself
// is declared in jtai.h, since reading HTML needs the data tables of Resources.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/model.h"

namespace jtai {

/// One word of a PDF's text layer: the bytes of `Ingested::text` it was printed as and
/// where it stands on its page (points, y growing down from the top of the page).
struct WordBox {
  std::size_t begin = 0;  ///< first byte in the text
  std::size_t end = 0;    ///< one past the last byte
  int page = 1;           ///< 1-based
  double left = 0, top = 0, right = 0, bottom = 0;
  double font_size = 0;
  std::string font;  ///< font name as the PDF gives it ("BCDHEE+Tahoma-Bold")
};

/// A document's text, ready for normalise(); offsets in the record refer to `text`.
struct Ingested {
  Source source;
  std::string text;
  std::vector<WordBox> words;  ///< PDF input only: the words of `text` found on the pages, in text order
};

/// Largest document read unless the caller says otherwise: 64 MB, about a hundred times
/// the longest published report.
inline constexpr std::uint64_t kDefaultMaxInputBytes = std::uint64_t{64} << 20;

/// What read_bytes() accepts besides regular files.
enum class ReadFrom {
  kRegularFile,  ///< only regular files (documents, rules): FIFOs, devices, sockets and folders are refused
  kAnyStream,    ///< also pipes and FIFOs (a --files-from list from a process substitution)
};

/// Reads PATH ("-" for standard input, which may be a pipe) and at most MAX_BYTES of it;
/// throws InputError naming the file for a folder, a device, a FIFO or socket (unless
/// FROM allows streams), a file larger than MAX_BYTES, or an error of the system.
std::string read_bytes(const std::string& path, std::uint64_t max_bytes = kDefaultMaxInputBytes,
                       ReadFrom from = ReadFrom::kRegularFile);

/// TEXT with every byte that is not part of valid UTF-8 written as the four characters
/// \xHH (so a file name like "b\xff.txt" can go into JSON); valid UTF-8 is unchanged.
std::string escape_invalid_utf8(std::string_view text);

/// NAME for a one-line message: invalid UTF-8 bytes and control characters (line breaks,
/// tabs, terminal escapes) written as \n, \r, \t or \xHH; a name over 300 bytes is
/// shortened to its start and end around "...".
std::string printable_name(std::string_view name);

/// The format of BYTES judged from their first bytes, not a file name.
SourceFormat detect_format(std::string_view bytes);

/// Lower-case hex SHA-256 of DATA.
std::string sha256_hex(std::string_view data);

}  // namespace jtai
