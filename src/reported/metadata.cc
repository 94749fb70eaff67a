// Head and body metadata of reported text.
#include "reported/metadata.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include <re2/re2.h>

#include "data/lexicon.h"
#include "text/areas.h"
#include "text/people.h"
#include "text/citations.h"
#include "text/dates.h"
#include "text/sentences.h"
#include "text/text_util.h"

namespace jtai::reported {
namespace {

constexpr int kDateLineWords = 6;  // a head line with a date and at most this many words is only a date
constexpr int kThemeMentions = 2;  // a topic needs this many mentions to be the theme

std::optional<std::string> date_of(const std::string& line, const Lexicon& lx) {
  for (const auto& re : lx.news.date) {
    std::vector<re2::StringPiece> g;
    if (!search(*re, line, &g)) continue;
    if (auto d = date_of(*re, g, lx)) return d;
  }
  return std::nullopt;
}

std::optional<std::string> byline_of(const std::string& line, const Lexicon& lx) {
  for (const auto& re : lx.news.byline) {
    std::vector<re2::StringPiece> g;
    if (!search(*re, line, &g)) continue;
    std::string name = group(*re, g, "name");
    auto words = split_words(name);
    if (name.empty() || !std::all_of(words.begin(), words.end(), [&](const Word& w) { return name_like(w.text, lx); }))
      continue;
    return name;
  }
  return std::nullopt;
}

bool is_date_line(const std::string& line, const Lexicon& lx) {
  std::vector<re2::StringPiece> g;
  return word_count(line) <= kDateLineWords &&
         std::any_of(lx.news.date.begin(), lx.news.date.end(), [&](const Regex& re) { return search(*re, line, &g); });
}

template <class T>
void add_once(std::vector<T>* v, T value) {
  if (std::find(v->begin(), v->end(), value) == v->end()) v->push_back(std::move(value));
}

// The topic with the most mentions in BODY, at least kThemeMentions; the first in
// data/news/metadata.tsv order on a tie.
std::optional<std::string> theme_of(const std::string& body, const Lexicon& lx) {
  std::map<std::string, int> topic_count;
  for (const auto& t : lx.topics) {
    re2::StringPiece in(body);
    int n = 0;
    while (re2::RE2::FindAndConsume(&in, *t.pattern)) ++n;
    if (n) topic_count[t.label] = n;
  }
  std::optional<std::string> theme;
  int best = kThemeMentions - 1;
  for (const auto& t : lx.topics) {
    auto it = topic_count.find(t.label);
    if (it != topic_count.end() && it->second > best) {
      best = it->second;
      theme = t.label;
    }
  }
  return theme;
}

// The title, the lead paragraph and every sentence that says the text is about a place.
std::string about_text(const std::vector<Unit>& units, const std::optional<std::string>& title, const Lexicon& lx) {
  std::string lead;
  for (const auto& u : units)
    if (lead.empty() && u.type == UnitType::kParagraph) lead = u.text;
  std::string about = title.value_or("") + "\n" + lead + "\n";
  for (const auto& u : units) {
    if (u.type != UnitType::kParagraph && u.type != UnitType::kBullet) continue;
    for (auto [sb, se] : sentences(u.text, lx)) {
      std::string_view s = std::string_view(u.text).substr(sb, se - sb);
      if (any_match(lx.cues.area_context, s)) about += std::string(s) + "\n";
    }
  }
  return about;
}

}  // namespace

void read_head(const std::vector<Unit>& units, const Lexicon& lx, DocumentMeta* meta) {
  for (const auto& u : units) {
    if (u.type != UnitType::kHead) continue;
    if (!meta->date) meta->date = date_of(u.text, lx);
    bool byline = false;
    if (!meta->byline) {
      if (auto name = byline_of(u.text, lx)) {
        meta->byline = name;
        meta->people.push_back({*name, std::nullopt, std::nullopt, PersonRelation::kAuthor});
        byline = true;
      }
    }
    if (!meta->title && !byline && !is_date_line(u.text, lx)) meta->title = fold_space(u.text);
  }
}

void read_body_metadata(const std::vector<Unit>& units, const Lexicon& lx, DocumentMeta* meta) {
  std::string body;
  for (const auto& u : units)
    if (u.type != UnitType::kFurniture) body += u.text + "\n";
  for (const auto& ins : lx.inspectorates)
    if (re2::RE2::PartialMatch(body, *ins.pattern)) add_once(&meta->inspectorates, ins.label);
  if (auto theme = theme_of(body, lx)) meta->theme = theme;
  meta->areas = find_areas(about_text(units, meta->title, lx), lx);
  for (const auto& a : find_areas(body, lx))
    if (std::find(meta->areas.begin(), meta->areas.end(), a) == meta->areas.end()) meta->places.push_back(a.name);
  for (const auto& u : units) {
    if (u.type == UnitType::kFurniture) continue;
    for (auto& title : cited_reports(u.text, lx)) add_once(&meta->reports_cited, std::move(title));
  }
}

}  // namespace jtai::reported
