// Date parsing and regex group helpers.
#include "text/dates.h"

#include <algorithm>
#include <chrono>

#include <fmt/format.h>

#include "data/lexicon.h"

namespace jtai {

std::optional<std::string> iso_date(std::string_view day, std::string_view month, std::string_view year,
                                    const Lexicon& lx) {
  int m = lx.month(month);
  if (m == 0 || year.size() != 4 || !std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int y = std::stoi(std::string(year));
  if (day.empty()) return fmt::format("{:04d}-{:02d}", y, m);
  if (day.size() > 2 || !std::all_of(day.begin(), day.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return std::nullopt;
  int d = std::stoi(std::string(day));
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;  // 31 April, 29 February 2019
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

std::optional<std::string> date_of(const re2::RE2& re, const std::vector<re2::StringPiece>& g, const Lexicon& lx) {
  return iso_date(group(re, g, "d"), group(re, g, "m"), group(re, g, "y"), lx);
}

std::optional<DateRange> date_range(const re2::RE2& re, const std::vector<re2::StringPiece>& g,
                                    std::string_view default_year, const Lexicon& lx) {
  std::string m2 = group(re, g, "m2"), y2 = group(re, g, "y2");
  std::string m1 = group(re, g, "m1"), y1 = group(re, g, "y1");
  if (y2.empty()) y2 = std::string(default_year);
  auto end = iso_date(group(re, g, "d2"), m2, y2, lx);
  auto begin = iso_date(group(re, g, "d1"), m1.empty() ? m2 : m1, y1.empty() ? y2 : y1, lx);
  if (!begin || !end) return std::nullopt;
  return DateRange{*begin, *end};
}

bool search(const re2::RE2& re, std::string_view text, std::vector<re2::StringPiece>* groups) {
  groups->assign(static_cast<std::size_t>(re.NumberOfCapturingGroups()) + 1, re2::StringPiece());
  return re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), re2::RE2::UNANCHORED, groups->data(),
                  static_cast<int>(groups->size()));
}

std::string group(const re2::RE2& re, const std::vector<re2::StringPiece>& groups, const std::string& name) {
  const auto& names = re.NamedCapturingGroups();
  auto it = names.find(name);
  return group_text(groups, it == names.end() ? -1 : it->second);
}

std::string group_text(const std::vector<re2::StringPiece>& groups, int index) {
  if (index < 0 || static_cast<std::size_t>(index) >= groups.size()) return {};
  const auto& g = groups[static_cast<std::size_t>(index)];
  return g.data() ? std::string(g.data(), g.size()) : std::string();
}

}  // namespace jtai
