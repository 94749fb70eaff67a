// Sign-off blocks of letters.
#include "letter/signoff.h"

#include <string>

#include "data/lexicon.h"
#include "text/people.h"

namespace jtai {
namespace {

// The cells of a sign-off line: split at tabs and at runs of two or more spaces.
std::vector<std::string> cells_of(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  for (std::size_t k = 0; k <= line.size(); ++k) {
    bool split = k == line.size() || line[k] == '\t' || (k + 1 < line.size() && line[k] == ' ' && line[k + 1] == ' ');
    if (!split) continue;
    std::string cell = trim_chars(line.substr(start, k - start), " \t");
    if (!cell.empty()) cells.push_back(cell);
    start = k + 1;
  }
  return cells;
}

// "National Director Regulation and Social Care, Ofsted": the organisation after the role.
void split_trailing_organisation(Person* p, const Lexicon& lx) {
  auto c = p->role->rfind(", ");
  if (c == std::string::npos) return;
  std::string tail = p->role->substr(c + 2);
  if (!inspectorate_name(tail, lx)) return;
  p->organisation = tail;
  p->role = p->role->substr(0, c);
}

}  // namespace

bool inspectorate_name(std::string_view s, const Lexicon& lx) {
  for (const auto& ins : lx.inspectorates)
    if (re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *ins.pattern)) return true;
  return false;
}

std::vector<Person> read_signoff(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                                 std::size_t first, const Lexicon& lx) {
  std::vector<Person> signers;
  std::vector<std::string> roles;
  std::vector<std::string> orgs;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (seg.roles[i] == LineRole::kBlank) continue;
    std::string_view line = line_text(text, lines[i]);
    // A logo line in the sign-off is an inspectorate's name; other furniture is not signed.
    if (seg.roles[i] == LineRole::kFurniture && !inspectorate_name(line, lx)) continue;
    for (const auto& cell : cells_of(line)) {
      if (inspectorate_name(cell, lx)) {
        orgs.push_back(cell);
      } else if (auto p = parse_person_line(cell, lx)) {
        p->relation = PersonRelation::kSignatory;
        if (p->role && p->organisation) {  // a sign-off cell is "Name Role", commas and all
          *p->role += ", " + *p->organisation;
          p->organisation.reset();
        }
        signers.push_back(*p);
      } else {
        roles.push_back(cell);
      }
    }
  }
  std::size_t r = 0;
  for (std::size_t k = 0; k < signers.size(); ++k) {
    Person& p = signers[k];
    if (!p.role && r < roles.size()) p.role = roles[r++];
    if (!p.organisation && k < orgs.size()) p.organisation = orgs[k];
    if (p.role && !p.organisation) split_trailing_organisation(&p, lx);
  }
  return signers;
}

}  // namespace jtai
