// Areas named in a text.
#include "text/areas.h"

#include <algorithm>

#include "data/lexicon.h"

namespace jtai {

std::vector<Area> find_areas(std::string_view text, const Lexicon& lx) {
  std::vector<Area> out;
  re2::StringPiece in(text.data(), text.size());
  re2::StringPiece m;
  std::size_t pos = 0;
  while (pos < text.size() && lx.area_names->Match(in, pos, text.size(), re2::RE2::UNANCHORED, &m, 1)) {
    pos = static_cast<std::size_t>(m.data() - text.data()) + std::max<std::size_t>(m.size(), 1);
    auto idx = lx.area(std::string_view(m.data(), m.size()));
    if (!idx) continue;
    const AreaEntry& a = lx.areas[*idx];
    Area area{a.name, a.code.empty() ? std::nullopt : std::optional<std::string>(a.code)};
    if (std::find(out.begin(), out.end(), area) == out.end()) out.push_back(area);
  }
  return out;
}

}  // namespace jtai
