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
namespace {

// The lead inspector, named anywhere in the report (the head of an ILACS report, the
// inspection team of an area SEND or SIF report), with the role written after the name
// on the same line or the next.
void add_authors(std::string_view text, const std::vector<Line>& lines, const Lexicon& lx, std::vector<Person>* people) {
  std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].blank()) idx.push_back(i);
  for (std::size_t k = 0; k < idx.size(); ++k) {
    std::string window(line_text(text, lines[idx[k]]));
    std::size_t first = window.size();  // a match must start on the first line
    if (k + 1 < idx.size()) window += "\n" + std::string(line_text(text, lines[idx[k + 1]]));
    std::vector<re2::StringPiece> g;
    for (const auto& re : lx.inspection.author) {
      if (!search(*re, window, &g) || static_cast<std::size_t>(g[0].data() - window.data()) >= first) continue;
      Person p{group(*re, g, "name"), std::nullopt, std::nullopt, PersonRelation::kAuthor};
      std::string role = fold_space(group(*re, g, "role"));
      if (role.empty()) role = fold_space(group(*re, g, "lead"));
      if (!role.empty()) p.role = role;
      if (std::none_of(people->begin(), people->end(), [&](const Person& q) { return q.name == p.name; }))
        people->push_back(p);
      break;
    }
  }
}

}  // namespace

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
  }
  add_authors(text, lines, lx, &meta.people);
  auto areas = find_areas(meta.title.value_or("") + "\n" + head_text, lx);
  if (!areas.empty()) meta.areas.push_back(areas.front());
  std::string_view scope = text;
  for (const auto& ins : lx.inspectorates)
    if (re2::RE2::PartialMatch(re2::StringPiece(scope.data(), scope.size()), *ins.pattern))
      meta.inspectorates.push_back(ins.label);
  return meta;
}

}  // namespace jtai
