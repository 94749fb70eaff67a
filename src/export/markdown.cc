// Markdown writer: a readable report per document (metadata table, the judgements of a
// graded inspection, findings grouped by kind with their kind, polarity, agencies and
// themes, then quotes), a horizontal rule between two documents.
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "jtai/export.h"
#include "text/text_util.h"

namespace jtai {
namespace {

// Finding kinds in the order a report reads them, with their headings.
const std::vector<std::pair<FindingKind, const char*>>& kind_order() {
  static const std::vector<std::pair<FindingKind, const char*>> order = {
      {FindingKind::kPriorityAction, "Priority actions"},
      {FindingKind::kStrength, "Strengths"},
      {FindingKind::kAreaForImprovement, "Areas for improvement"},
      {FindingKind::kConcern, "Concerns"},
      {FindingKind::kObservation, "Observations"},
      {FindingKind::kPracticeStudy, "Practice studies"},
      {FindingKind::kRecommendation, "Recommendations and next steps"},
  };
  return order;
}

// TEXT folded onto one line with the characters HTML gives meaning to as entities, so
// that a document's `<script>` or `<img onerror=…>` is shown, not run, by a renderer.
std::string inline_text(std::string_view text) {
  std::string out;
  for (char c : fold_space(text)) {
    if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '&') out += "&amp;";
    else out += c;
  }
  return out;
}

// The judgements of a graded inspection as a table (nothing for other documents).
void judgements(std::ostream& out, const DocumentMeta& d) {
  if (d.judgements.empty()) return;
  out << "## Judgements (" << d.judgements.size() << ")\n\n| Judgement | Grade |\n|---|---|\n";
  for (const auto& j : d.judgements) out << "| " << markdown_cell(j.heading) << " | " << markdown_cell(j.grade_text) << " |\n";
  out << '\n';
}

// The report of one record.
void report(std::ostream& out, const Record& r) {
  const DocumentMeta& d = r.document;
  out << "# " << inline_text(d.title.value_or(r.source.path)) << "\n\n";
  out << "| | |\n|---|---|\n";
  auto row = [&](std::string_view key, const std::string& value) {
    if (!value.empty()) out << "| " << key << " | " << markdown_cell(value) << " |\n";
  };
  row("File", r.source.path + " (" + to_string(r.source.format) + ")");
  row("Kind", to_string(d.kind));
  row("Date", d.date.value_or(""));
  std::vector<std::string> areas;
  for (const auto& a : d.areas) areas.push_back(a.code ? a.name + " (" + *a.code + ")" : a.name);
  row("Areas", join(areas, ", "));
  row("Inspectorates", join(d.inspectorates, ", "));
  row("Theme", d.theme.value_or(""));
  if (d.fieldwork) row("Fieldwork", d.fieldwork->start + " to " + d.fieldwork->end);
  row("Written statement due", d.response_deadline.value_or(""));
  row("Byline", d.byline.value_or(""));
  std::vector<std::string> people;
  for (const auto& p : d.people) {
    std::string who = p.name;
    std::vector<std::string> about;
    if (p.role) about.push_back(*p.role);
    if (p.organisation) about.push_back(*p.organisation);
    about.push_back(to_string(p.relation));
    people.push_back(who + " (" + join(about, ", ") + ")");
  }
  row("People", join(people, "; "));
  row("Findings", std::to_string(r.findings.size()));
  out << '\n';
  judgements(out, d);
  for (const auto& [kind, heading] : kind_order()) {
    std::vector<const Finding*> group;
    for (const auto& f : r.findings)
      if (f.kind == kind) group.push_back(&f);
    if (group.empty()) continue;
    out << "## " << heading << " (" << group.size() << ")\n\n";
    int n = 0;
    for (const Finding* f : group) {
      out << ++n << ". " << inline_text(f->text) << "\n";
      std::vector<std::string> tags = {std::string("*kind:* ") + to_string(f->kind),
                                       std::string("*polarity:* ") + to_string(f->polarity)};
      if (f->section) tags.push_back("*section:* " + inline_text(*f->section));
      if (!f->pages.empty()) tags.push_back(fmt::format("*pages:* {}", fmt::join(f->pages, ";")));
      if (!f->agencies.empty()) tags.push_back("*agencies:* " + inline_text(join(f->agencies, ", ")));
      if (!f->themes.empty()) tags.push_back("*themes:* " + inline_text(join(f->themes, ", ")));
      if (!f->labels.empty()) tags.push_back("*labels:* " + inline_text(join(f->labels, ", ")));
      out << "   <br>" << join(tags, " · ") << "\n";
    }
    out << '\n';
  }
  if (!r.quotes.empty()) {
    out << "## Quotes (" << r.quotes.size() << ")\n\n";
    for (const auto& q : r.quotes) {
      std::vector<std::string> who = {q.speaker};
      if (q.role) who.push_back(*q.role);
      if (q.organisation) who.push_back(*q.organisation);
      out << "> " << inline_text(q.text) << "\n>\n> — " << inline_text(join(who, ", ")) << "\n\n";
    }
  }
}

// Reports one after another, a horizontal rule between two.
class MarkdownWriter : public RecordWriter {
 public:
  explicit MarkdownWriter(std::ostream& out) : out_(out) {}
  void record(const Record& r) override {
    if (written_++) out_ << "\n---\n\n";
    report(out_, r);
  }

 private:
  std::ostream& out_;
  std::size_t written_ = 0;
};

}  // namespace

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : inline_text(text)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

std::unique_ptr<RecordWriter> make_markdown_writer(std::ostream& out) { return std::make_unique<MarkdownWriter>(out); }

}  // namespace jtai
