// Letter metadata.
#include "letter/metadata.h"

#include <algorithm>
#include <map>

#include "text/dates.h"
#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {
namespace {

bool contains(const std::vector<std::string>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& w : split_words(s)) out.emplace_back(w.text);
  return out;
}

std::string strip_trailing(std::string s, std::string_view chars) {
  while (!s.empty() && chars.find(s.back()) != std::string_view::npos) s.pop_back();
  return s;
}

std::string trim(std::string_view s, std::string_view chars = " \t,–-") {
  // Trims ASCII and the UTF-8 en dash (three bytes) from both ends.
  std::string out(s);
  auto strip_front = [&] {
    while (!out.empty()) {
      if (out.rfind("\xE2\x80\x93", 0) == 0) out.erase(0, 3);
      else if (chars.find(out.front()) != std::string_view::npos) out.erase(0, 1);
      else break;
    }
  };
  auto strip_back = [&] {
    while (!out.empty()) {
      if (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE2\x80\x93") == 0) out.resize(out.size() - 3);
      else if (chars.find(out.back()) != std::string_view::npos) out.pop_back();
      else break;
    }
  };
  strip_front();
  strip_back();
  return out;
}

// True when the whole of S names an inspectorate ("Ofsted", "Care Quality Commission").
bool inspectorate_name(std::string_view s, const Lexicon& lx) {
  for (const auto& ins : lx.inspectorates)
    if (re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *ins.pattern)) return true;
  return false;
}

}  // namespace

// A token that can be part of a personal name: capitalised, letters, apostrophes, hyphens.
bool name_like(std::string_view tok, const Lexicon& lx) {
  std::string t = strip_trailing(std::string(tok), ",");
  if (t.size() < 2 || !(t[0] >= 'A' && t[0] <= 'Z')) return false;
  if (contains(lx.not_name, t) || contains(lx.postnominals, t)) return false;
  bool lower_seen = false;
  for (std::size_t i = 1; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c >= 'a' && c <= 'z') lower_seen = true;
    else if (!((c >= 'A' && c <= 'Z') || c == '\'' || c == '-' || c >= 0x80)) return false;
  }
  return lower_seen;
}

std::optional<Person> parse_person_line(std::string_view line, const Lexicon& lx) {
  auto toks = tokens(line);
  std::size_t i = 0;
  std::vector<std::string> titles;
  while (i < toks.size() && contains(lx.honorifics, strip_trailing(toks[i], ","))) titles.push_back(toks[i++]);
  std::vector<std::string> name;
  bool comma = false;
  while (i < toks.size() && name.size() < 4 && name_like(toks[i], lx)) {
    std::string t = toks[i++];
    if (!t.empty() && t.back() == ',') {
      name.push_back(strip_trailing(t, ","));
      comma = true;
      break;
    }
    name.push_back(t);
  }
  if (name.size() < 2) return std::nullopt;
  // Without a comma a name is two words ("Sue Thompson Designated Nurse ..."),
  // unless the next word is a post-nominal.
  if (!comma && name.size() > 2) {
    bool postnominal_follows = i < toks.size() && contains(lx.postnominals, strip_trailing(toks[i], ","));
    if (!postnominal_follows) {
      i -= name.size() - 2;
      name.resize(2);
    }
  }
  while (i < toks.size() && (contains(lx.postnominals, strip_trailing(toks[i], ",")) || toks[i] == "," ))
    ++i;
  Person p;
  for (std::size_t k = 0; k < name.size(); ++k) p.name += (k ? " " : "") + name[k];
  std::string rest;
  for (std::size_t k = i; k < toks.size(); ++k) rest += (rest.empty() ? "" : " ") + toks[k];
  rest = trim(rest);
  if (!rest.empty()) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= rest.size()) {
      std::size_t c = rest.find(',', start);
      if (c == std::string::npos) c = rest.size();
      std::string part = trim(rest.substr(start, c - start));
      if (!part.empty()) parts.push_back(part);
      start = c + 1;
    }
    if (!parts.empty()) {
      std::string role = parts[0];
      if (!titles.empty()) {
        std::string t;
        for (const auto& x : titles) t += (t.empty() ? "" : " ") + x;
        if (!contains({"Mr", "Mrs", "Ms", "Miss", "Dr", "Dr.", "Sir", "Dame"}, t)) role = t + ", " + role;
      }
      p.role = role;
      std::string org;
      for (std::size_t k = 1; k < parts.size(); ++k) org += (org.empty() ? "" : ", ") + parts[k];
      if (!org.empty()) p.organisation = org;
    }
  }
  return p;
}

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

DocumentMeta extract_letter_metadata(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                                     const std::vector<Section>& sections, const Lexicon& lx) {
  DocumentMeta meta;
  meta.content = seg.content;
  std::vector<std::size_t> text_lines;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (seg.roles[i] == LineRole::kText) text_lines.push_back(i);

  auto line_matches = [&](std::size_t i, const std::vector<Regex>& patterns) {
    return any_full_match(patterns, line_text(text, lines[i]));
  };

  // The head of the letter: date, recipients, salutation, title.
  constexpr std::size_t kHeadLines = 60;
  std::optional<std::size_t> salutation;
  for (std::size_t k = 0; k < text_lines.size() && k < kHeadLines; ++k)
    if (line_matches(text_lines[k], lx.letter.salutation)) {
      salutation = k;
      break;
    }
  std::optional<std::size_t> date_line;
  std::size_t head_end = salutation.value_or(std::min<std::size_t>(text_lines.size(), 15));
  for (std::size_t k = 0; k < head_end; ++k) {
    std::string_view s = line_text(text, lines[text_lines[k]]);
    for (const auto& re : lx.letter.letter_date) {
      std::vector<re2::StringPiece> g;
      if (re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re) && search(*re, s, &g)) {
        meta.date = iso_date(group(*re, g, "d"), group(*re, g, "m"), group(*re, g, "y"), lx);
        if (meta.date) date_line = k;
      }
      if (date_line) break;
    }
    if (date_line) break;
  }
  if (salutation) {
    std::optional<Person> cur;
    for (std::size_t k = date_line ? *date_line + 1 : 0; k < *salutation; ++k) {
      std::string_view s = line_text(text, lines[text_lines[k]]);
      if (auto p = parse_person_line(s, lx)) {
        if (cur) meta.people.push_back(*cur);
        cur = p;
        cur->relation = PersonRelation::kRecipient;
      } else if (cur) {
        // A wrapped recipient line carries on the organisation (or the role).
        if (cur->organisation) *cur->organisation += " " + std::string(s);
        else if (cur->role) *cur->role += " " + std::string(s);
      }
    }
    if (cur) meta.people.push_back(*cur);
  }

  std::optional<std::size_t> title_line;
  for (std::size_t k = salutation.value_or(0); k < text_lines.size() && k < kHeadLines + 10; ++k)
    if (line_matches(text_lines[k], lx.letter.title)) {
      title_line = k;
      break;
    }
  if (title_line) {
    std::string title(line_text(text, lines[text_lines[*title_line]]));
    for (std::size_t k = *title_line + 1; k < text_lines.size(); ++k) {
      std::string_view s = line_text(text, lines[text_lines[k]]);
      if (!starts_lower(s)) break;
      title += " " + std::string(s);
    }
    meta.title = fold_space(title);
    meta.kind = DocumentKind::kJtaiLetter;
    meta.kind_evidence.push_back("title: " + *meta.title);
  }

  // The introduction: blocks before the first findings heading, after the title.
  std::string intro;
  std::string inspectorate_block;  // the intro block naming the most inspectorates
  std::size_t inspectorate_count = 0;
  const Section& intro_section = sections.front();
  for (std::size_t b = 0; b < intro_section.end_block && b < seg.blocks.size(); ++b) {
    const Block& block = seg.blocks[b];
    if (title_line && block.last_line <= text_lines[*title_line]) continue;
    intro += block.text + "\n";
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
        !contains(meta.inspectorates, ins.label))
      meta.inspectorates.push_back(ins.label);

  for (const auto& re : lx.letter.theme) {
    std::vector<re2::StringPiece> g;
    if (search(*re, intro, &g) && g.size() > 1 && g[1].data()) {
      meta.theme = fold_space(std::string_view(g[1].data(), g[1].size()));
      break;
    }
  }
  for (const auto& re : lx.letter.fieldwork) {
    std::vector<re2::StringPiece> g;
    if (!search(*re, intro, &g)) continue;
    std::string m2 = group(*re, g, "m2"), y2 = group(*re, g, "y2");
    std::string m1 = group(*re, g, "m1"), y1 = group(*re, g, "y1");
    if (y2.empty() && meta.date) y2 = meta.date->substr(0, 4);
    auto end = iso_date(group(*re, g, "d2"), m2, y2, lx);
    auto begin = iso_date(group(*re, g, "d1"), m1.empty() ? m2 : m1, y1.empty() ? y2 : y1, lx);
    if (begin && end) meta.fieldwork = DateRange{*begin, *end};
    break;
  }

  // Areas: those the title names, else the salutation, else the introduction.
  if (meta.title) meta.areas = find_areas(*meta.title, lx);
  if (meta.areas.empty() && salutation) meta.areas = find_areas(line_text(text, lines[text_lines[*salutation]]), lx);
  if (meta.areas.empty()) {
    auto all = find_areas(intro, lx);
    if (!all.empty()) meta.areas.push_back(all.front());
  }

  for (const Section& s : sections) {
    if (s.role == SectionKind::kNextSteps) {
      std::string body;
      for (std::size_t b = s.first_block; b < s.end_block; ++b) body += seg.blocks[b].text + " ";
      for (const auto& re : lx.letter.deadline) {
        std::vector<re2::StringPiece> g;
        if (search(*re, body, &g)) {
          meta.response_deadline = iso_date(group(*re, g, "d"), group(*re, g, "m"), group(*re, g, "y"), lx);
          break;
        }
      }
    }
    if (s.kind == SectionKind::kClosing && s.heading_block < seg.blocks.size()) {
      // Sign-off: cells split by tabs or wide gaps; names, their roles and inspectorates.
      std::vector<Person> signers;
      std::vector<std::string> roles;
      std::vector<std::string> orgs;
      for (std::size_t i = seg.blocks[s.heading_block].last_line + 1; i < lines.size(); ++i) {
        if (seg.roles[i] == LineRole::kBlank) continue;
        std::string_view s_line = line_text(text, lines[i]);
        if (seg.roles[i] == LineRole::kFurniture) {
          // A logo line in the sign-off is an inspectorate's name; other furniture is not signed.
          if (!inspectorate_name(s_line, lx)) continue;
        }
        std::vector<std::string> cells;
        std::size_t start = 0;
        for (std::size_t k = 0; k <= s_line.size(); ++k) {
          bool split = k == s_line.size() || s_line[k] == '\t' ||
                       (k + 1 < s_line.size() && s_line[k] == ' ' && s_line[k + 1] == ' ');
          if (!split) continue;
          std::string cell = trim(s_line.substr(start, k - start), " \t");
          if (!cell.empty()) cells.push_back(cell);
          start = k + 1;
        }
        for (const auto& cell : cells) {
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
        if (p.role && !p.organisation) {
          // "National Director Regulation and Social Care, Ofsted"
          auto c = p.role->rfind(", ");
          if (c != std::string::npos) {
            std::string tail = p.role->substr(c + 2);
            if (inspectorate_name(tail, lx)) {
              p.organisation = tail;
              p.role = p.role->substr(0, c);
            }
          }
        }
        meta.people.push_back(p);
      }
    }
  }
  return meta;
}

}  // namespace jtai
