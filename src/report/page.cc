// The report page: the report as JSON, made safe for a <script> element, laid with
// Chart.js into the template data/report/report.html. Nothing a document says reaches
// the page but through that JSON, which the page's script puts into text nodes.
#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/builtin_data.h"
#include "jtai/report.h"
#include "report/chart_js.h"
#include "text/text_util.h"

namespace jtai {
namespace {

using ojson = nlohmann::ordered_json;

const char* const kTemplate = "report/report.html";

ojson chart_json(const ChartData& c) {
  ojson series = ojson::array();
  for (const auto& s : c.series) series.push_back({{"id", s.id}, {"label", s.label}, {"values", s.values}});
  return {{"labels", c.labels}, {"series", series}};
}

ojson document_json(const ReportDocument& d) {
  ojson areas = ojson::array(), grades = ojson::array();
  for (const auto& a : d.areas) areas.push_back(a.name);
  for (const auto& j : d.judgements) grades.push_back({j.id, j.grade});
  return {{"path", d.path},   {"duplicates", d.duplicates}, {"kind", d.kind},         {"title", d.title},
          {"date", d.date},   {"areas", areas},             {"grades", grades},       {"first", d.first_finding},
          {"findings", d.findings}, {"concerns", d.concerns}};
}

// A finding as a row: [document, id, kind, polarity, concern (0 or 1), section, themes, text].
ojson finding_json(const ReportFinding& f) {
  return ojson::array({f.document, f.id, f.kind, f.polarity, f.concern ? 1 : 0, f.section, f.themes, f.text});
}

// TEXT with & < > " ' as character references, for the page's <title>.
std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// Chart.js as embedded at build time; it goes into a <script> element as it is, which its
// text must allow.
std::string_view chart_js() {
  const auto& files = chart_js_files();
  if (files.size() != 1) throw std::logic_error("Chart.js is not embedded");
  std::string_view js = files.front().text;
  std::string lower = ascii_lower(js);
  if (lower.find("</script") != std::string::npos || lower.find("<!--") != std::string::npos)
    throw std::logic_error("the embedded Chart.js would end its <script> element");
  return js;
}

}  // namespace

ojson report_json(const Report& report, std::string_view title) {
  ojson documents = ojson::array(), findings = ojson::array(), areas = ojson::array();
  for (const auto& d : report.documents) documents.push_back(document_json(d));
  std::size_t concerns = 0, folded = 0;
  for (const auto& f : report.findings) {
    findings.push_back(finding_json(f));
    concerns += f.concern ? 1 : 0;
  }
  for (const auto& d : report.documents) folded += d.duplicates.size();
  for (const auto& a : report.areas) areas.push_back({{"name", a.name}, {"code", a.code}, {"documents", a.documents}});
  ojson counts = {{"documents", report.documents.size()}, {"findings", report.findings.size()},
                  {"concerns", concerns}, {"folded", folded}, {"undated_concerns", report.undated_concerns}};
  ojson charts = {{"concern_themes", chart_json(report.concern_themes)},
                  {"themes_by_year", chart_json(report.themes_by_year)},
                  {"grades_by_judgement", chart_json(report.grades_by_judgement)}};
  return {{"title", std::string(title)}, {"counts", counts}, {"charts", charts},
          {"areas", areas}, {"documents", documents}, {"findings", findings}};
}

std::string script_safe_json(const ojson& json) {
  // Invalid UTF-8 in a document becomes U+FFFD rather than stopping the report.
  std::string text = json.dump(-1, ' ', false, ojson::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    // Outside strings JSON has none of these, so each is inside one and may be escaped.
    if (c == '<') out += "\\u003c";
    else if (c == '>') out += "\\u003e";
    else if (c == '&') out += "\\u0026";
    else if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
      out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // line separators JavaScript once refused in strings
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void write_report_html(std::ostream& out, const Report& report, std::string_view title) {
  auto page = builtin_file(kTemplate);
  if (!page) throw std::logic_error("the report template data/report/report.html is not embedded");
  // Each placeholder once; what replaces one is never searched again.
  const std::array<std::pair<std::string_view, std::string>, 3> parts = {{
      {"@JTAI_TITLE@", html_escape(title)},
      {"@JTAI_CHART_JS@", std::string(chart_js())},
      {"@JTAI_DATA@", script_safe_json(report_json(report, title))},
  }};
  std::string_view text = *page;
  std::vector<std::pair<std::size_t, std::size_t>> at;  // (offset in the template, part)
  for (std::size_t k = 0; k < parts.size(); ++k) {
    std::size_t pos = text.find(parts[k].first);
    if (pos == std::string_view::npos || text.find(parts[k].first, pos + 1) != std::string_view::npos)
      throw std::logic_error("data/report/report.html must hold " + std::string(parts[k].first) + " once");
    at.emplace_back(pos, k);
  }
  std::sort(at.begin(), at.end());
  std::size_t done = 0;
  for (const auto& [pos, k] : at) {
    out << text.substr(done, pos - done) << parts[k].second;
    done = pos + parts[k].first.size();
  }
  out << text.substr(done);
}

}  // namespace jtai
