// Metadata of inspection reports other than JTAI letters.
#include <algorithm>

#include <re2/re2.h>

#include "text/dates.h"
#include "inspection/inspection.h"
#include "text/areas.h"
#include "data/lexicon.h"
#include "text/text_util.h"
#include "tuning.h"

namespace jtai {

DocumentMeta extract_inspection_metadata(std::string_view text, const std::vector<Line>& lines,
                                         const Segmentation& seg, const Lexicon& lx) {
  DocumentMeta meta;
  meta.content = seg.content;
  std::vector<std::size_t> head;  // indices of non-blank lines, blank lines kept as npos
  for (std::size_t i = 0; i < lines.size() && head.size() < tuning::kInspectionHeadLines; ++i)
    if (!lines[i].blank()) head.push_back(i);

  const auto& titles = lx.inspection.title;
  const auto& stops = lx.inspection.title_stop;
  for (std::size_t k = 0; k < head.size() && !meta.title; ++k) {
    std::string_view s = line_text(text, lines[head[k]]);
    for (const auto& re : titles) {
      re2::StringPiece g;
      if (!re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re, &g)) continue;
      std::string title(g.data(), g.size());
      for (std::size_t i = head[k] + 1; i < lines.size() && !lines[i].blank(); ++i) {
        std::string_view next = line_text(text, lines[i]);
        if (any_full_match(stops, next)) break;
        title += " " + std::string(next);
      }
      meta.title = fold_space(title);
      break;
    }
  }
  std::string head_text;
  for (std::size_t i : head) head_text += std::string(line_text(text, lines[i])) + "\n";
  for (std::size_t i : head) {
    std::string_view s = line_text(text, lines[i]);
    std::vector<re2::StringPiece> g;
    if (!meta.fieldwork)
      for (const auto& re : lx.inspection.fieldwork)
        if (search(*re, s, &g)) {
          meta.fieldwork = date_range(*re, g, "", lx);
          break;
        }
    if (!meta.date)
      for (const auto& re : lx.inspection.published)
        if (search(*re, s, &g)) {
          meta.date = date_of(*re, g, lx);
          break;
        }
    for (const auto& re : lx.inspection.author)
      if (search(*re, s, &g)) {
        Person p{group(*re, g, "name"), std::nullopt, std::nullopt, PersonRelation::kAuthor};
        std::string role = group(*re, g, "role");
        if (!role.empty()) p.role = role;
        if (std::none_of(meta.people.begin(), meta.people.end(), [&](const Person& q) { return q.name == p.name; }))
          meta.people.push_back(p);
        break;
      }
  }
  auto areas = find_areas(meta.title.value_or("") + "\n" + head_text, lx);
  if (!areas.empty()) meta.areas.push_back(areas.front());
  std::string_view scope = text;
  for (const auto& ins : lx.inspectorates)
    if (re2::RE2::PartialMatch(re2::StringPiece(scope.data(), scope.size()), *ins.pattern))
      meta.inspectorates.push_back(ins.label);
  return meta;
}

}  // namespace jtai
