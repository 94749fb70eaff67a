// Letter metadata: the head (date, recipients, salutation, title), the introduction
// (inspectorates, theme, fieldwork), the areas, the response deadline and the sign-off.
#include "letter/metadata.h"

#include <algorithm>
#include <optional>

#include "data/lexicon.h"
#include "letter/signoff.h"
#include "text/areas.h"
#include "text/dates.h"
#include "text/people.h"
#include "text/text_util.h"
#include "tuning.h"

namespace jtai {
namespace {

// The text lines of a letter (not blank, not furniture), numbered from the top. The head
// is read from the first few, so each line's index is found when first asked for: a
// text may have millions of lines.
class LetterLines {
 public:
  LetterLines(std::string_view text, const std::vector<Line>& lines, const std::vector<LineRole>& roles)
      : text_(text), lines_(lines), roles_(roles),
        size_(static_cast<std::size_t>(std::count(roles.begin(), roles.end(), LineRole::kText))) {}

  std::string_view operator[](std::size_t k) const { return line_text(text_, lines_[at(k)]); }
  std::size_t size() const { return size_; }

  // The index into the lines of text line K (below size()).
  std::size_t at(std::size_t k) const {
    while (at_.size() <= k) {
      std::size_t i = at_.empty() ? 0 : at_.back() + 1;
      while (roles_[i] != LineRole::kText) ++i;
      at_.push_back(i);
    }
    return at_[k];
  }

 private:
  std::string_view text_;
  const std::vector<Line>& lines_;
  const std::vector<LineRole>& roles_;
  std::size_t size_;
  mutable std::vector<std::size_t> at_;  // the indices found so far
};

// What the head of a letter holds, by text-line number.
struct Head {
  std::optional<std::size_t> salutation, date_line, title_line;
};

std::optional<std::size_t> first_line_matching(const LetterLines& tl, std::size_t from, std::size_t limit,
                                               const std::vector<Regex>& patterns) {
  for (std::size_t k = from; k < tl.size() && k < limit; ++k)
    if (any_full_match(patterns, tl[k])) return k;
  return std::nullopt;
}

// The letter's date: a line of its own before the salutation.
void read_date(const LetterLines& tl, const Lexicon& lx, Head* head, DocumentMeta* meta) {
  std::size_t end = head->salutation.value_or(std::min(tl.size(), tuning::kLetterDateLines));
  for (std::size_t k = 0; k < end; ++k) {
    std::string_view s = tl[k];
    for (const auto& re : lx.letter.letter_date) {
      std::vector<re2::StringPiece> g;
      if (!re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re) || !search(*re, s, &g)) continue;
      meta->date = date_of(*re, g, lx);
      if (meta->date) {
        head->date_line = k;
        return;
      }
    }
  }
}

// Recipients: person lines between the date and the salutation; a wrapped line carries
// on the organisation (or the role) of the person above it.
void read_recipients(const LetterLines& tl, const Lexicon& lx, const Head& head, DocumentMeta* meta) {
  if (!head.salutation) return;
  std::optional<Person> cur;
  for (std::size_t k = head.date_line ? *head.date_line + 1 : 0; k < *head.salutation; ++k) {
    std::string_view s = tl[k];
    if (auto p = parse_person_line(s, lx)) {
      if (cur) meta->people.push_back(*cur);
      cur = p;
      cur->relation = PersonRelation::kRecipient;
    } else if (cur) {
      if (cur->organisation) *cur->organisation += " " + std::string(s);
      else if (cur->role) *cur->role += " " + std::string(s);
    }
  }
  if (cur) meta->people.push_back(*cur);
}

// The title: its first line, and the wrapped lines after it that start in lower case.
void read_title(const LetterLines& tl, const Lexicon& lx, Head* head, DocumentMeta* meta) {
  head->title_line = first_line_matching(tl, head->salutation.value_or(0),
                                         tuning::kLetterHeadLines + tuning::kLetterTitleExtraLines, lx.letter.title);
  if (!head->title_line) return;
  std::string title(tl[*head->title_line]);
  for (std::size_t k = *head->title_line + 1; k < tl.size() && starts_lower(tl[k]); ++k) title += " " + std::string(tl[k]);
  meta->title = fold_space(title);
}

// The introduction (blocks before the first findings heading, after the title): the
// inspectorates of the block that names most of them, the theme and the fieldwork dates.
std::string read_introduction(const Segmentation& seg, const Section& intro_section, const LetterLines& tl,
                              const Head& head, const Lexicon& lx, DocumentMeta* meta) {
  const std::size_t end = std::min(intro_section.end_block, seg.blocks.size());
  auto after_title = [&](const Block& b) { return !head.title_line || b.last_line > tl.at(*head.title_line); };
  std::size_t bytes = 0;  // a letter of one long list is all introduction
  for (std::size_t b = 0; b < end; ++b)
    if (after_title(seg.blocks[b])) bytes += seg.blocks[b].text.size() + 1;
  std::string intro;
  intro.reserve(bytes);
  std::string inspectorate_block;
  std::size_t inspectorate_count = 0;
  for (std::size_t b = 0; b < end; ++b) {
    const Block block = seg.blocks[b];
    if (!after_title(block)) continue;
    intro += block.text;
    intro += '\n';
    std::size_t named = 0;
    for (const auto& ins : lx.inspectorates)
      if (re2::RE2::PartialMatch(block.text, *ins.pattern)) ++named;
    if (named > inspectorate_count) {
      inspectorate_count = named;
      inspectorate_block = block.text;
    }
  }
  for (const auto& ins : lx.inspectorates)
    if (!inspectorate_block.empty() && re2::RE2::PartialMatch(inspectorate_block, *ins.pattern) &&
        std::find(meta->inspectorates.begin(), meta->inspectorates.end(), ins.label) == meta->inspectorates.end())
      meta->inspectorates.push_back(ins.label);
  for (const auto& re : lx.letter.theme) {
    std::vector<re2::StringPiece> g;
    if (search(*re, intro, &g) && g.size() > 1 && g[1].data()) {
      meta->theme = fold_space(std::string_view(g[1].data(), g[1].size()));
      break;
    }
  }
  for (const auto& re : lx.letter.fieldwork) {
    std::vector<re2::StringPiece> g;
    if (!search(*re, intro, &g)) continue;
    std::string default_year = meta->date ? meta->date->substr(0, 4) : std::string();
    meta->fieldwork = date_range(*re, g, default_year, lx);
    break;
  }
  return intro;
}

// Areas: those the title names, else the salutation's, else the first the introduction names.
void read_areas(const LetterLines& tl, const Head& head, const std::string& intro, const Lexicon& lx,
                DocumentMeta* meta) {
  if (meta->title) meta->areas = find_areas(*meta->title, lx);
  if (meta->areas.empty() && head.salutation) meta->areas = find_areas(tl[*head.salutation], lx);
  if (meta->areas.empty()) {
    auto all = find_areas(intro, lx);
    if (!all.empty()) meta->areas.push_back(all.front());
  }
}

// The date the written statement of action is due, from the Next steps section.
void read_deadline(const Segmentation& seg, const Section& s, const Lexicon& lx, DocumentMeta* meta) {
  std::string body;
  for (std::size_t b = s.first_block; b < s.end_block; ++b) {
    body += seg.blocks[b].text;
    body += ' ';
  }
  for (const auto& re : lx.letter.deadline) {
    std::vector<re2::StringPiece> g;
    if (search(*re, body, &g)) {
      meta->response_deadline = date_of(*re, g, lx);
      return;
    }
  }
}

}  // namespace

DocumentMeta extract_letter_metadata(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                                     const std::vector<Section>& sections, const Lexicon& lx) {
  DocumentMeta meta;
  meta.content = seg.content;
  LetterLines tl(text, lines, seg.roles);
  Head head;
  head.salutation = first_line_matching(tl, 0, tuning::kLetterHeadLines, lx.letter.salutation);
  read_date(tl, lx, &head, &meta);
  read_recipients(tl, lx, head, &meta);
  read_title(tl, lx, &head, &meta);
  std::string intro = read_introduction(seg, sections.front(), tl, head, lx, &meta);
  read_areas(tl, head, intro, lx, &meta);
  for (const Section& s : sections) {
    if (s.role == SectionKind::kNextSteps) read_deadline(seg, s, lx, &meta);
    if (s.kind == SectionKind::kClosing && s.heading_block < seg.blocks.size())
      for (auto& p : read_signoff(text, lines, seg, seg.blocks[s.heading_block].last_line + 1, lx))
        meta.people.push_back(std::move(p));
  }
  return meta;
}

}  // namespace jtai
