// Page furniture of inspection reports and joined runs of lines.
#include "inspection/page.h"

#include <algorithm>
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

// Text lines after a column head within which a repeated cell still belongs to its column.
constexpr std::size_t kColumnReach = 60;

bool layout_furniture_line(std::string_view s, const Lexicon& lx) {
  for (const auto& r : lx.furniture)
    if ((r.where == FurnitureRule::Where::kLine || r.where == FurnitureRule::Where::kNoteLine) &&
        re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *r.first))
      return true;
  return false;
}

// The segmenter reads a lone number at the foot of a page with text after it as a
// footnote. When the number is the page's own and stands only once on the page, it is
// the page number set out of place by the PDF converter: the lines after it are text.
void restore_misplaced_page_numbers(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx,
                                    std::vector<bool>* furniture) {
  std::size_t start = 0;
  while (start < lines.size()) {
    std::size_t end = start + 1;
    while (end < lines.size() && lines[end].page == lines[start].page) ++end;
    std::string own = std::to_string(lines[start].page);
    std::vector<std::size_t> numbers;
    for (std::size_t i = start; i < end; ++i)
      if (line_text(text, lines[i]) == own) numbers.push_back(i);
    std::size_t last = end;
    while (last > start && lines[last - 1].blank()) --last;
    if (numbers.size() == 1 && (*furniture)[numbers[0]] && numbers[0] + 1 < last)
      for (std::size_t i = numbers[0] + 1; i < last; ++i)
        if (!lines[i].blank() && !layout_furniture_line(line_text(text, lines[i]), lx)) (*furniture)[i] = false;
    start = end;
  }
}

}  // namespace

std::vector<bool> report_furniture(std::string_view text, const std::vector<Line>& lines,
                                   const std::vector<LineRole>& roles, const Lexicon& lx) {
  std::vector<bool> out(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) out[i] = roles[i] == LineRole::kFurniture;
  restore_misplaced_page_numbers(text, lines, lx, &out);
  std::size_t seen = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (out[i] || lines[i].blank()) continue;
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

std::vector<bool> column_cells(std::string_view text, const std::vector<Line>& lines,
                               const std::vector<bool>& furniture, const Lexicon& lx) {
  std::vector<bool> out(lines.size(), false);
  std::vector<std::size_t> idx = report_text_lines(lines, furniture);
  for (std::size_t k = 0; k < idx.size(); ++k) {
    if (!any_full_match(lx.inspection_layout.column, line_text(text, lines[idx[k]]))) continue;
    std::vector<std::string_view> cells;
    std::size_t m = k;
    for (; m < idx.size() && (m == k || idx[m] == idx[m - 1] + 1); ++m) {
      out[idx[m]] = true;
      cells.push_back(line_text(text, lines[idx[m]]));
    }
    for (; m < idx.size() && m < k + kColumnReach; ++m)
      if (std::find(cells.begin() + 1, cells.end(), line_text(text, lines[idx[m]])) != cells.end()) out[idx[m]] = true;
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
    std::size_t len = hit->input_end - hit->input_begin;
    return hit->input_begin + (into < len ? into : len);
  };
  return {at(begin), at(end - 1) + 1};
}

}  // namespace jtai
