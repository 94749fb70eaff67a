// Comparing two documents (compare.h): judgements side by side, and the concern themes
// of each sorted into persisting, not raised again and new; written as Markdown or JSON.
#include "jtai/compare.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "jtai/export.h"
#include "jtai/filter.h"
#include "jtai/summary.h"
#include "text/text_util.h"

namespace jtai {
namespace {

using ojson = nlohmann::ordered_json;

// Bytes of a finding's text a comparison shows.
constexpr std::size_t kFindingChars = 120;

ComparedDocument side(const Record& r) {
  ComparedDocument d{r.source.path, to_string(r.document.kind), document_date(r),
                     r.document.title.value_or(""), {}};
  for (const auto& a : r.document.areas) d.areas.push_back(a.name);
  return d;
}

std::vector<FindingRef> refs(const Record& r, const std::vector<std::size_t>& indices) {
  std::vector<FindingRef> out;
  for (std::size_t i : indices) {
    const Finding& f = r.findings[i];
    out.push_back({f.id, to_string(f.kind), short_text(f.text, kFindingChars)});
  }
  return out;
}

std::vector<JudgementChange> judgements(const Record& a, const Record& b) {
  std::vector<JudgementChange> out;
  auto find = [&](const std::string& id) {
    return std::find_if(out.begin(), out.end(), [&](const JudgementChange& c) { return c.id == id; });
  };
  for (const auto& j : a.document.judgements)
    if (find(j.id) == out.end()) out.push_back({j.id, j.grade, ""});
  for (const auto& j : b.document.judgements) {
    auto it = find(j.id);
    if (it == out.end()) out.push_back({j.id, "", j.grade});
    else if (it->new_grade.empty()) it->new_grade = j.grade;
  }
  return out;
}

ojson doc_json(const ComparedDocument& d) {
  return {{"path", d.path}, {"kind", d.kind}, {"date", d.date.empty() ? ojson(nullptr) : ojson(d.date)},
          {"title", d.title}, {"areas", d.areas}};
}

ojson refs_json(const std::vector<FindingRef>& v) {
  ojson out = ojson::array();
  for (const auto& f : v) out.push_back({{"id", f.id}, {"kind", f.kind}, {"text", f.text}});
  return out;
}

void write_json(std::ostream& out, const Comparison& c) {
  ojson j;
  j["schema"] = "jtai.comparison/1";
  j["old"] = doc_json(c.old_doc);
  j["new"] = doc_json(c.new_doc);
  j["shared_areas"] = c.shared_areas;
  ojson js = ojson::array();
  for (const auto& g : c.judgements)
    js.push_back({{"id", g.id}, {"old", g.old_grade.empty() ? ojson(nullptr) : ojson(g.old_grade)},
                  {"new", g.new_grade.empty() ? ojson(nullptr) : ojson(g.new_grade)}, {"changed", g.changed()}});
  j["judgements"] = js;
  for (const auto& [key, list] : {std::pair{"persisting", &c.persisting}, std::pair{"not_raised_again", &c.not_raised_again},
                                  std::pair{"new", &c.new_themes}}) {
    ojson themes = ojson::array();
    for (const auto& t : *list)
      themes.push_back({{"theme", t.theme}, {"old_findings", refs_json(t.old_findings)},
                        {"new_findings", refs_json(t.new_findings)}});
    j["themes"][key] = themes;
  }
  out << j.dump(2) << '\n';
}

void markdown_refs(std::ostream& out, const char* which, const std::vector<FindingRef>& v) {
  for (const auto& f : v) out << "  - " << which << ' ' << f.id << " (" << f.kind << "): " << markdown_cell(f.text) << '\n';
}

void markdown_themes(std::ostream& out, const char* heading, const char* none, const std::vector<ThemeChange>& v) {
  out << "\n## " << heading << " (" << v.size() << ")\n\n";
  if (v.empty()) out << none << '\n';
  for (const auto& t : v) {
    out << "- **" << t.theme << "**\n";
    markdown_refs(out, "old", t.old_findings);
    markdown_refs(out, "new", t.new_findings);
  }
}

void write_markdown(std::ostream& out, const Comparison& c) {
  out << "# Comparison: " << (c.old_doc.date.empty() ? "undated" : c.old_doc.date) << " and "
      << (c.new_doc.date.empty() ? "undated" : c.new_doc.date) << "\n\n| | old | new |\n|---|---|---|\n";
  for (const auto& [label, a, b] : {std::tuple{"file", &c.old_doc.path, &c.new_doc.path},
                                    std::tuple{"kind", &c.old_doc.kind, &c.new_doc.kind},
                                    std::tuple{"date", &c.old_doc.date, &c.new_doc.date},
                                    std::tuple{"title", &c.old_doc.title, &c.new_doc.title}})
    out << "| " << label << " | " << markdown_cell(*a) << " | " << markdown_cell(*b) << " |\n";
  out << "| areas | " << markdown_cell(join(c.old_doc.areas, ", ")) << " | " << markdown_cell(join(c.new_doc.areas, ", "))
      << " |\n";
  if (c.shared_areas.empty()) out << "\nThe two documents share no area.\n";
  out << "\n## Judgements\n\n";
  if (c.judgements.empty()) out << "Neither document states a judgement.\n";
  else out << "| judgement | old | new | changed |\n|---|---|---|---|\n";
  for (const auto& g : c.judgements)
    out << "| " << g.id << " | " << (g.old_grade.empty() ? "-" : g.old_grade) << " | "
        << (g.new_grade.empty() ? "-" : g.new_grade) << " | " << (g.changed() ? "yes" : "no") << " |\n";
  markdown_themes(out, "Concerns persisting: raised in old and again in new", "None.", c.persisting);
  markdown_themes(out, "Concerns not raised again in new", "None.", c.not_raised_again);
  markdown_themes(out, "New concerns: raised in new, not in old", "None.", c.new_themes);
}

}  // namespace

std::map<std::string, std::vector<std::size_t>> concern_themes(const Record& r) {
  std::map<std::string, std::vector<std::size_t>> out;
  for (std::size_t i = 0; i < r.findings.size(); ++i)
    if (is_concern(r.findings[i]))
      for (const auto& t : r.findings[i].themes) out[t].push_back(i);
  return out;
}

std::string short_text(const std::string& text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t cut = text.rfind(' ', max);
  if (cut == std::string::npos || cut == 0) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  }
  return text.substr(0, cut) + "...";
}

Comparison compare(const Record& a, const Record& b) {
  Comparison c{side(a), side(b), {}, judgements(a, b), {}, {}, {}};
  for (const auto& x : a.document.areas)
    for (const auto& y : b.document.areas)
      if (x.name == y.name) c.shared_areas.push_back(x.name);
  auto old_themes = concern_themes(a), new_themes = concern_themes(b);
  for (const auto& [theme, found] : old_themes) {
    auto it = new_themes.find(theme);
    if (it == new_themes.end()) c.not_raised_again.push_back({theme, refs(a, found), {}});
    else c.persisting.push_back({theme, refs(a, found), refs(b, it->second)});
  }
  for (const auto& [theme, found] : new_themes)
    if (!old_themes.count(theme)) c.new_themes.push_back({theme, {}, refs(b, found)});
  return c;
}

void write_comparison(std::string_view format, std::ostream& out, const Comparison& c) {
  if (format == "markdown") return write_markdown(out, c);
  if (format == "json") return write_json(out, c);
  throw std::invalid_argument(fmt::format("unknown comparison format '{}' (markdown or json)", format));
}

}  // namespace jtai
