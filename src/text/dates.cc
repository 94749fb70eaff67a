// Date parsing and regex group helpers.
#include "text/dates.h"

#include <fmt/format.h>

#include "data/lexicon.h"

namespace jtai {

std::optional<std::string> iso_date(std::string_view day, std::string_view month, std::string_view year,
                                    const Lexicon& lx) {
  int m = lx.month(month);
  if (m == 0 || year.size() != 4) return std::nullopt;
  int y = std::stoi(std::string(year));
  if (day.empty()) return fmt::format("{:04d}-{:02d}", y, m);
  int d = std::stoi(std::string(day));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d < 1 || d > kDays[m - 1]) return std::nullopt;
  return fmt::format("{:04d}-{:02d}-{:02d}", y, m, d);
}

bool search(const re2::RE2& re, std::string_view text, std::vector<re2::StringPiece>* groups) {
  groups->assign(static_cast<std::size_t>(re.NumberOfCapturingGroups()) + 1, re2::StringPiece());
  return re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), re2::RE2::UNANCHORED, groups->data(),
                  static_cast<int>(groups->size()));
}

std::string group(const re2::RE2& re, const std::vector<re2::StringPiece>& groups, const std::string& name) {
  const auto& names = re.NamedCapturingGroups();
  auto it = names.find(name);
  if (it == names.end() || static_cast<std::size_t>(it->second) >= groups.size()) return {};
  const auto& g = groups[static_cast<std::size_t>(it->second)];
  return g.data() ? std::string(g.data(), g.size()) : std::string();
}

}  // namespace jtai
