// Helpers shared by the unit tests: run the early pipeline stages on an inline text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "layout/normalise.h"
#include "letter/sections.h"
#include "layout/segment.h"
#include "data/lexicon.h"

namespace jtai::test {

/// Lines and segmentation of TEXT with the built-in lexicon.
struct Staged {
  std::string text;
  std::vector<Line> lines;
  Segmentation seg;
  std::vector<Section> sections;
};

inline Staged stage(std::string text) {
  Staged s;
  s.text = std::move(text);
  s.lines = split_lines(s.text);
  s.seg = segment(s.text, s.lines, Lexicon::builtin());
  s.sections = find_sections(s.seg.blocks, Lexicon::builtin());
  return s;
}

/// Texts of the blocks, each prefixed by its kind: "P:", "B:" or "H:".
inline std::vector<std::string> block_summary(const Segmentation& seg) {
  std::vector<std::string> out;
  for (const Block b : seg.blocks) {
    const char* k = b.kind == BlockKind::kBullet ? "B:" : b.kind == BlockKind::kHeading ? "H:" : "P:";
    out.push_back(k + std::string(b.text));
  }
  return out;
}

}  // namespace jtai::test

namespace Catch {
template <>
struct StringMaker<jtai::ByteSpan> {
  static std::string convert(const jtai::ByteSpan& s) {
    return "[" + std::to_string(s.begin) + ", " + std::to_string(s.end) + ")";
  }
};
}  // namespace Catch
