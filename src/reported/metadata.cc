// Head and body metadata of reported text.
#include "reported/metadata.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <optional>
#include <string>

#include <fmt/chrono.h>
#include <fmt/format.h>
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

constexpr int kDateLineWords = 6;     // a head line with a date and at most this many words is only a date
constexpr int kThemeMentions = 2;     // a topic needs this many mentions to be the theme
constexpr int kHeadlineWords = 3;     // a head line shorter than this is a section label or a name, not the headline
constexpr int kNameLineWords = 3;     // a line of at most this many name-like words is only a name
constexpr int kLeadParagraphs = 3;    // a date without its year is looked for in this many first paragraphs
constexpr int kWeekdayYears = 7;      // every date falls on every weekday within this many years
constexpr int kEarliestYear = 1990;   // years before this named in a text are history, not its date

// "YYYY-MM-DD" from numbers, or nullopt when they make no date.
std::optional<std::string> iso_from_numbers(int y, int m, int d) {
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

std::optional<std::string> date_of(const std::string& line, const Lexicon& lx) {
  for (const auto& re : lx.news.date) {
    std::vector<re2::StringPiece> g;
    if (!search(*re, line, &g)) continue;
    std::string mn = group(*re, g, "mn"), yy = group(*re, g, "yy");
    if (!mn.empty()) {
      if (auto d = iso_from_numbers(std::stoi(group(*re, g, "y")), std::stoi(mn), std::stoi(group(*re, g, "d")))) return d;
      continue;
    }
    auto d = yy.empty() ? date_of(*re, g, lx) : iso_date(group(*re, g, "d"), group(*re, g, "m"), "20" + yy, lx);
    if (d) return d;
  }
  return std::nullopt;
}

// The latest year from kEarliestYear on that TEXT names, or 0.
int latest_year(const std::vector<Unit>& units) {
  int latest = 0;
  for (const auto& u : units) {
    if (u.type == UnitType::kFurniture) continue;
    for (std::size_t i = 0; i + 4 <= u.text.size(); ++i) {
      bool word_start = i == 0 || !std::isalnum(static_cast<unsigned char>(u.text[i - 1]));
      bool word_end = i + 4 == u.text.size() || !std::isalnum(static_cast<unsigned char>(u.text[i + 4]));
      std::string_view w(u.text.data() + i, 4);
      if (!word_start || !word_end || w.find_first_not_of("0123456789") != std::string_view::npos) continue;
      int y = std::stoi(std::string(w));
      if (y >= kEarliestYear && y < kEarliestYear + 100) latest = std::max(latest, y);
    }
  }
  return latest;
}

// A date given without its year in the lead ("Released today, Monday, February 21"): the
// year is the first from the latest the text names in which the day falls on that weekday.
std::optional<std::string> weekday_date(const std::vector<Unit>& units, const Lexicon& lx) {
  int from = latest_year(units);
  if (from == 0) return std::nullopt;
  int paragraphs = 0;
  for (const auto& u : units) {
    if (u.type != UnitType::kParagraph || ++paragraphs > kLeadParagraphs) continue;
    for (const auto& re : lx.news.date_weekday) {
      std::vector<re2::StringPiece> g;
      if (!search(*re, u.text, &g)) continue;
      std::string wd = group(*re, g, "wd");
      for (int y = from; y < from + kWeekdayYears; ++y) {
        auto iso = iso_date(group(*re, g, "d"), group(*re, g, "m"), std::to_string(y), lx);
        if (!iso) break;
        std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(lx.month(group(*re, g, "m")))},
                                        std::chrono::day{static_cast<unsigned>(std::stoi(group(*re, g, "d")))}};
        if (fmt::format("{:%A}", std::chrono::sys_seconds{std::chrono::sys_days{ymd}}) == wd) return iso;
      }
    }
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
  for (int i : lx.topic_set.candidates(body)) {
    const Topic& t = lx.topics[static_cast<std::size_t>(i)];
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

// TEXT with every body named after a place ("Essex Police") blanked out, so that its name
// gives no area.
std::string without_organisations(std::string text, const Lexicon& lx) {
  for (const auto& re : lx.cues.organisation) {
    re2::StringPiece in(text);
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < text.size() && re->Match(in, pos, text.size(), re2::RE2::UNANCHORED, &m, 1)) {
      std::size_t at = static_cast<std::size_t>(m.data() - text.data());
      std::fill(text.begin() + static_cast<std::ptrdiff_t>(at), text.begin() + static_cast<std::ptrdiff_t>(at + m.size()), ' ');
      pos = at + std::max<std::size_t>(m.size(), 1);
    }
  }
  return text;
}

// True when LINE is only a name: a few words, each name-like.
bool is_name_line(const std::string& line, const Lexicon& lx) {
  auto words = split_words(line);
  return !words.empty() && static_cast<int>(words.size()) <= kNameLineWords &&
         std::all_of(words.begin(), words.end(), [&](const Word& w) { return name_like(w.text, lx); });
}

void set_byline(const std::string& name, DocumentMeta* meta) {
  meta->byline = name;
  meta->people.push_back({name, std::nullopt, std::nullopt, PersonRelation::kAuthor});
}

}  // namespace

void read_head(const std::vector<Unit>& units, const Lexicon& lx, DocumentMeta* meta) {
  const std::string* name_line = nullptr;  // a head line that is only a name, a byline if a date follows
  for (const auto& u : units) {
    if (u.type == UnitType::kParagraph || u.type == UnitType::kBullet) break;
    if (u.type == UnitType::kFurniture) {  // a date in the page's chrome before the text
      if (!meta->date) meta->date = date_of(u.text, lx);
      continue;
    }
    if (u.type != UnitType::kHead) continue;
    if (!meta->date) meta->date = date_of(u.text, lx);
    bool date_line = is_date_line(u.text, lx);
    if (!meta->byline) {
      if (auto name = byline_of(u.text, lx)) {
        set_byline(*name, meta);
        continue;
      }
      if (date_line && name_line) set_byline(*name_line, meta);
    }
    bool name_only = is_name_line(u.text, lx);
    name_line = name_only ? &u.text : nullptr;
    if (!meta->title && !date_line && !name_only && word_count(u.text) >= kHeadlineWords)
      meta->title = fold_space(u.text);
  }
  if (!meta->date) meta->date = weekday_date(units, lx);
}

void read_body_metadata(const std::vector<Unit>& units, const Lexicon& lx, DocumentMeta* meta) {
  std::string body;
  for (const auto& u : units)
    if (u.type != UnitType::kFurniture) body += u.text + "\n";
  for (int i : lx.reported_inspectorate_set.candidates(body)) {  // the letter's names first, then the news forms
    const LabelledPattern& ins = lx.reported_inspectorates[static_cast<std::size_t>(i)];
    if (re2::RE2::PartialMatch(body, *ins.pattern)) add_once(&meta->inspectorates, ins.label);
  }
  if (auto theme = theme_of(body, lx)) meta->theme = theme;
  meta->areas = find_areas(without_organisations(about_text(units, meta->title, lx), lx), lx);
  for (const auto& a : find_areas(without_organisations(body, lx), lx))
    if (std::find(meta->areas.begin(), meta->areas.end(), a) == meta->areas.end()) meta->places.push_back(a.name);
  for (const auto& u : units) {
    if (u.type == UnitType::kFurniture) continue;
    for (auto& title : cited_reports(u.text, lx)) add_once(&meta->reports_cited, std::move(title));
  }
}

}  // namespace jtai::reported
