// Sign-off blocks of letters.
#include "letter/signoff.h"

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

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

namespace {

// Sign-off lines whose left edges differ by more than this (points) are in different columns.
constexpr double kColumnGap = 100;

// A sign-off line in reading order: a line of the text, and whether white space (a blank
// line, or in a PDF a gap larger than normal spacing) stands before it.
struct SignLine {
  std::size_t index = 0;
  int column = 0;
  bool after_gap = false;
};

// The sign-off lines from FIRST on, column by column when the PDF says where they stand.
std::vector<SignLine> sign_lines(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                                 std::size_t first, const Lexicon& lx) {
  std::vector<SignLine> out;
  bool gap = false;
  for (std::size_t i = first; i < lines.size(); ++i) {
    if (seg.roles[i] == LineRole::kBlank) {
      gap = true;
      continue;
    }
    if (seg.roles[i] == LineRole::kFurniture && !inspectorate_name(line_text(text, lines[i]), lx)) continue;
    out.push_back({i, 0, gap});
    gap = false;
  }
  std::vector<double> lefts;
  for (const auto& l : out)
    if (lines[l.index].box) lefts.push_back(lines[l.index].box->left);
  if (lefts.size() != out.size() || out.empty()) return out;
  // Columns: the left edges sorted, a new column wherever two neighbours are far apart.
  std::sort(lefts.begin(), lefts.end());
  for (auto& l : out) {
    double left = lines[l.index].box->left;
    for (std::size_t k = 1; k < lefts.size() && lefts[k] <= left; ++k)
      if (lefts[k] - lefts[k - 1] > kColumnGap) ++l.column;
  }
  auto place = [&](const SignLine& l) {
    const Line& line = lines[l.index];
    return std::tuple(l.column, line.page, line.box->top);
  };
  std::stable_sort(out.begin(), out.end(), [&](const SignLine& a, const SignLine& b) { return place(a) < place(b); });
  for (std::size_t k = 1; k < out.size(); ++k) {
    const LineBox& a = *lines[out[k - 1].index].box;
    const LineBox& b = *lines[out[k].index].box;
    bool same_column = out[k - 1].column == out[k].column;
    out[k].after_gap = !same_column || b.top - a.bottom > 0.5 * (a.bottom - a.top);
  }
  return out;
}

// True when S opens a role of its own under ROLE, not ROLE's wrapped end: roles printed
// one under the other start alike ("His Majesty's Inspector of Constabulary" over "His
// Majesty's Inspector of Fire & Rescue Services"); "Medical Services, CQC" under "Chief
// Inspector of ... Primary" is a wrap.
bool starts_role(std::string_view s, std::string_view role) {
  std::string_view first = s.substr(0, s.find(' '));
  return role.substr(0, role.find(' ')) == first;
}

// Text sign-offs set in columns, which the text interleaves: one line holds a cell of
// each column, or the inspectorates stand alone on lines of their own above the names
// (a PDF's lines are put back in their columns by sign_lines()).
bool interleaved(std::string_view text, const std::vector<Line>& lines, const std::vector<SignLine>& sl,
                 const Lexicon& lx) {
  for (const auto& l : sl) {
    if (lines[l.index].box) return false;
    std::string_view s = line_text(text, lines[l.index]);
    if (cells_of(s).size() > 1 || inspectorate_name(s, lx)) return true;
  }
  return false;
}

// The old reading of side-by-side cells: names, roles and inspectorates paired in order.
std::vector<Person> read_cells(std::string_view text, const std::vector<Line>& lines, const std::vector<SignLine>& sl,
                               const Lexicon& lx) {
  std::vector<Person> signers;
  std::vector<std::string> roles;
  std::vector<std::string> orgs;
  for (const auto& l : sl) {
    for (const auto& cell : cells_of(line_text(text, lines[l.index]))) {
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
  }
  return signers;
}

}  // namespace

std::vector<Person> read_signoff(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                                 std::size_t first, const Lexicon& lx) {
  std::vector<SignLine> sl = sign_lines(text, lines, seg, first, lx);
  std::vector<Person> signers;
  if (interleaved(text, lines, sl, lx)) {
    signers = read_cells(text, lines, sl, lx);
  } else {
    // Column by column: an inspectorate alone above a name is that signatory's; the
    // lines under a name are its role, up to the next name.
    std::optional<std::string> pending_org;
    for (const auto& l : sl) {
      std::string s(line_text(text, lines[l.index]));
      Person* cur = signers.empty() ? nullptr : &signers.back();
      if (inspectorate_name(s, lx)) {
        if (cur && !cur->organisation && !l.after_gap && cur->role) cur->organisation = s;
        else pending_org = s;
      } else if (auto p = parse_person_line(s, lx); p && (!cur || l.after_gap || pending_org)) {
        p->relation = PersonRelation::kSignatory;
        if (p->role && p->organisation) *p->role += ", " + *p->organisation;
        p->organisation = std::exchange(pending_org, std::nullopt);
        signers.push_back(*p);
      } else if (cur && !cur->role) {
        cur->role = s;
      } else if (cur && !l.after_gap) {
        *cur->role += (starts_role(s, *cur->role) ? ", " : " ") + s;
      }
    }
  }
  for (Person& p : signers)
    if (p.role && !p.organisation) split_trailing_organisation(&p, lx);
  return signers;
}

}  // namespace jtai
