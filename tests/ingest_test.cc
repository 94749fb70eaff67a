// Ingest: format detection by content and clear errors for bad input.
#include <catch2/catch.hpp>

#include "jtai/errors.h"
#include "jtai/ingest.h"

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
  };
  for (const auto& [bytes, message] : cases) {
    SECTION(message) {
      try {
        jtai::ingest("f.txt", bytes);
        FAIL("accepted");
      } catch (const jtai::InputError& e) {
        CHECK(e.path() == "f.txt");
        CHECK(std::string(e.what()) == message);
      }
    }
  }
}

TEST_CASE("ingest keeps text bytes and describes the source", "[ingest]") {
  auto in = jtai::ingest("a.txt", "abc");
  CHECK(in.text == "abc");
  CHECK(in.source.bytes == 3);
  CHECK(in.source.format == SourceFormat::kText);
  CHECK(in.source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("sha256_hex of the empty string", "[ingest]") {
  CHECK(jtai::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}
