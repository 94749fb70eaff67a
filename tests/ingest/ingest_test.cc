// Ingest: format detection by content and clear errors for bad input.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "jtai/errors.h"
#include "jtai/ingest.h"
#include "jtai/jtai.h"

using jtai::SourceFormat;

TEST_CASE("detect_format by input", "[ingest]") {
  const std::vector<std::pair<std::string, SourceFormat>> cases = {
      {"%PDF-1.7\n...", SourceFormat::kPdf},
      {"<!DOCTYPE html><html>", SourceFormat::kHtml},
      {"\n  <html lang=en>", SourceFormat::kHtml},
      {"9 November 2018\nDear", SourceFormat::kText},
  };
  for (const auto& [bytes, want] : cases) {
    SECTION(bytes) { CHECK(jtai::detect_format(bytes) == want); }
  }
}

TEST_CASE("ingest rejects bad input with a message", "[ingest]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "empty file"},
      {"  \n\n ", "no text (white space only)"},
      {std::string("ab\0cd", 5), "binary data (NUL byte at offset 2)"},
      {"ok \xFF", "invalid UTF-8 at byte offset 3"},
      {std::string("\xFF\xFE" "a\0b\0", 6), "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"},
      {std::string("\xFF\xFE\0\0" "a\0\0\0", 8), "UTF-32 text; convert it to UTF-8 (iconv -f UTF-32 -t UTF-8)"},
      {std::string("\0D\0e\0a\0r\0 \0S\0i\0r", 16), "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"},
  };
  for (const auto& [bytes, message] : cases) {
    SECTION(message) {
      try {
        jtai::ingest("f.txt", bytes, jtai::Resources::builtin());
        FAIL("accepted");
      } catch (const jtai::InputError& e) {
        CHECK(e.path() == "f.txt");
        CHECK(std::string(e.what()) == message);
      }
    }
  }
}

TEST_CASE("ingest keeps text bytes and describes the source", "[ingest]") {
  auto in = jtai::ingest("a.txt", "abc", jtai::Resources::builtin());
  CHECK(in.text == "abc");
  CHECK(in.source.bytes == 3);
  CHECK(in.source.format == SourceFormat::kText);
  CHECK(in.source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("read_bytes reads a regular file whole, by its size", "[ingest]") {
  struct Case {
    std::size_t size;
    std::uint64_t max_bytes;
    bool accepted;
  };
  const std::vector<Case> cases = {
      {0, 100, true},          {1, 100, true},           {100, 100, true},  {101, 100, false},
      {65536, 1 << 20, true},  {65537, 1 << 20, true},   {200001, 1 << 20, true},
  };
  const std::string path =
      std::filesystem::temp_directory_path() / ("jtai-read-bytes-" + std::to_string(::getpid()) + ".txt");
  for (const auto& c : cases) {
    INFO("size " << c.size << ", limit " << c.max_bytes);
    std::string bytes(c.size, 'a');
    for (std::size_t i = 0; i < bytes.size(); i += 7) bytes[i] = static_cast<char>('0' + i % 10);
    std::ofstream(path, std::ios::binary) << bytes;
    if (c.accepted) {
      CHECK(jtai::read_bytes(path, c.max_bytes) == bytes);
    } else {
      CHECK_THROWS_AS(jtai::read_bytes(path, c.max_bytes), jtai::InputError);
    }
  }
  std::filesystem::remove(path);
}

TEST_CASE("sha256_hex of the empty string", "[ingest]") {
  CHECK(jtai::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST_CASE("HTML ingest: visible text as blocks", "[ingest][html]") {
  struct Case {
    const char* name;
    std::string html;
    std::string text;
  };
  const std::vector<Case> cases = {
      {"paragraphs and a heading", "<html><body><h1>Title</h1><p>One  two\nthree.</p><p>Four.</p></body></html>",
       "Title\n\nOne two three.\n\nFour.\n"},
      {"list items become bullets", "<html><body><ul><li>First</li><li>Second <b>bold</b></li></ul></body></html>",
       "\xE2\x80\xA2 First\n\n\xE2\x80\xA2 Second bold\n"},
      {"script, style, nav and footer dropped",
       "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav><script>x=1</script>"
       "<p>Text.</p><footer>Copyright</footer></body></html>",
       "Text.\n"},
      {"site header dropped, article header kept",
       "<html><body><header>Site</header><article><header><h1>Headline</h1></header><p>Body.</p></article></body></html>",
       "Headline\n\nBody.\n"},
      {"entities decoded", "<html><body><p>Children&rsquo;s &amp; families&nbsp;first</p></body></html>",
       "Children\xE2\x80\x99s & families\xC2\xA0" "first\n"},
      {"furniture classes, roles and hidden dropped",
       "<html><body><div class=\"cookie-banner\">Cookies</div><div role=\"navigation\">Nav</div>"
       "<p hidden>Secret</p><div class=\"related-stories\">More</div><p>Kept.</p></body></html>",
       "Kept.\n"},
      {"line breaks inside a paragraph", "<html><body><p>Line one<br>line two</p></body></html>",
       "Line one\nline two\n"},
      {"table rows as lines", "<html><body><table><tr><th>Area</th><th>Code</th></tr><tr><td>York</td><td>E06000014</td></tr></table></body></html>",
       "Area | Code\n\nYork | E06000014\n"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      auto in = jtai::ingest("page.html", c.html, jtai::Resources::builtin());
      CHECK(in.source.format == SourceFormat::kHtml);
      CHECK(in.text == c.text);
      CHECK(in.source.text_sha256 == jtai::sha256_hex(c.text));
    }
  }
}

TEST_CASE("HTML and other files that are not documents", "[ingest][html]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<html><body><nav>Only a menu</nav></body></html>", "HTML page has no visible text"},
      {"\x89PNG\r\n\x1a\n....", "not a text, PDF or HTML document (a PNG image)"},
      {"PK\x03\x04....", "not a text, PDF or HTML document (a ZIP archive, e.g. .docx or .xlsx)"},
      {"%PDF-1.4\nnothing else", "damaged PDF: poppler cannot read it (error: Couldn't find trailer dictionary)"},
  };
  for (const auto& [bytes, message] : cases) {
    SECTION(message) {
      try {
        jtai::ingest("f", bytes, jtai::Resources::builtin());
        FAIL("accepted");
      } catch (const jtai::InputError& e) {
        CHECK(std::string(e.what()) == message);
      }
    }
  }
}

TEST_CASE("names for records and messages by input", "[ingest]") {
  struct Case {
    std::string name, record, printed;
  };
  const std::vector<Case> cases = {
      {"plain.txt", "plain.txt", "plain.txt"},
      {"b\xFF.txt", "b\\xFF.txt", "b\\xFF.txt"},
      {"caf\xC3\xA9\xE9.txt", "caf\xC3\xA9\\xE9.txt", "caf\xC3\xA9\\xE9.txt"},
      {"new\nline", "new\nline", "new\\nline"},
      {"esc\x1B[31m", "esc\x1B[31m", "esc\\x1B[31m"},
      {"tab\tcr\r", "tab\tcr\r", "tab\\tcr\\r"},
      {"\xC3", "\\xC3", "\\xC3"},
  };
  for (const auto& c : cases) {
    SECTION(c.printed) {
      CHECK(jtai::escape_invalid_utf8(c.name) == c.record);
      CHECK(jtai::printable_name(c.name) == c.printed);
    }
  }
  SECTION("a 5,000-character name") {
    std::string long_name(5000, 'x');
    std::string shown = jtai::printable_name(long_name);
    CHECK(shown == std::string(120, 'x') + "..." + std::string(120, 'x') + " (5000 bytes)");
  }
}
