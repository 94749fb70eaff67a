// Page furniture of inspection reports and joined runs of lines.
#include "inspection/page.h"

#include <optional>

#include "data/lexicon.h"

namespace jtai {
namespace {

// The report's title stands in its first text lines and may have the shape of a running
// header ("Inspection of X local authority children's services"): never furniture there.
constexpr std::size_t kTitleLines = 4;

// The back-page notice closes a report: a line that opens it counts only in the second
// half of the text, so that a notice quoted near the top cannot swallow the report.
constexpr double kBackPageFrom = 0.5;

}  // namespace

std::vector<bool> report_furniture(std::string_view text, const std::vector<Line>& lines,
                                   const std::vector<LineRole>& roles, const Lexicon& lx) {
  std::vector<bool> out(lines.size(), false);
  std::size_t seen = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (roles[i] == LineRole::kFurniture) {
      out[i] = true;
      continue;
    }
    if (lines[i].blank()) continue;
    std::string_view s = line_text(text, lines[i]);
    if (static_cast<double>(lines[i].begin) >= kBackPageFrom * static_cast<double>(text.size()) &&
        any_full_match(lx.inspection_layout.back_page, s)) {
      for (std::size_t j = i; j < lines.size(); ++j) out[j] = true;
      break;
    }
    if (seen++ >= kTitleLines && any_full_match(lx.inspection_layout.running, s)) out[i] = true;
  }
  return out;
}

std::vector<std::size_t> report_text_lines(const std::vector<Line>& lines, const std::vector<bool>& furniture) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].blank() && !furniture[i]) out.push_back(i);
  return out;
}

std::vector<ByteSpan> report_content(const std::vector<Line>& lines, const std::vector<bool>& furniture) {
  std::vector<ByteSpan> out;
  std::optional<ByteSpan> run;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (furniture[i]) {
      if (run) out.push_back(*run);
      run.reset();
    } else if (!lines[i].blank()) {
      if (run) run->end = lines[i].text_end;
      else run = ByteSpan{lines[i].text_begin, lines[i].text_end};
    }
  }
  if (run) out.push_back(*run);
  return out;
}

LineRun join_lines(std::string_view text, const std::vector<Line>& lines, const std::vector<std::size_t>& indices,
                   std::size_t first, std::size_t count) {
  LineRun run;
  for (std::size_t k = first; k < indices.size() && k < first + count; ++k) {
    const Line& l = lines[indices[k]];
    if (!run.text.empty()) run.text.push_back(' ');
    run.pieces.push_back({run.text.size(), {l.text_begin, l.text_end}});
    run.text.append(line_text(text, l));
  }
  return run;
}

ByteSpan input_span(const LineRun& run, std::size_t begin, std::size_t end) {
  auto at = [&](std::size_t offset) {
    // The piece holding OFFSET; an offset on a joining space belongs to the piece after it.
    const TextPiece* hit = &run.pieces.front();
    for (const auto& p : run.pieces)
      if (p.text_begin <= offset) hit = &p;
    std::size_t into = offset - hit->text_begin;
    std::size_t len = hit->input.end - hit->input.begin;
    return hit->input.begin + (into < len ? into : len);
  };
  return {at(begin), at(end - 1) + 1};
}

}  // namespace jtai
