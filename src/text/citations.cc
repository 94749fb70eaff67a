// Reports cited by a text.
#include "text/citations.h"

#include <algorithm>

#include <re2/re2.h>

#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {

std::vector<std::string> cited_reports(std::string_view text, const Lexicon& lx) {
  std::vector<std::string> out;
  for (int i : lx.news.report_title_set.candidates(text)) {
    const Regex& re = lx.news.report_title[static_cast<std::size_t>(i)];
    re2::StringPiece in(text.data(), text.size());
    std::vector<re2::StringPiece> g(static_cast<std::size_t>(re.group_count()) + 1);
    std::size_t pos = 0;
    while (pos < text.size() &&
           re.match(in, pos, text.size(), re2::RE2::UNANCHORED, g.data(), static_cast<int>(g.size()))) {
      pos = static_cast<std::size_t>(g[0].data() - text.data()) + std::max<std::size_t>(g[0].size(), 1);
      if (g.size() < 2 || !g[1].data()) continue;  // the title is the first group
      std::string title = fold_space(std::string_view(g[1].data(), g[1].size()));
      if (std::find(out.begin(), out.end(), title) == out.end()) out.push_back(title);
    }
  }
  return out;
}

}  // namespace jtai
