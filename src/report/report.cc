// The report's data: documents of the same text folded together, their findings in one
// list, the areas they are about, and the counts of the three charts.
#include "jtai/report.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

#include "data/tables.h"
#include "jtai/filter.h"
#include "jtai/summary.h"

namespace jtai {
namespace {

// Themes drawn one by one in the chart of themes by year; the others are summed into
// one series, as a stack of all 24 taxonomy themes cannot be told apart.
constexpr std::size_t kThemesByYear = 8;

const char* const kOtherThemes = "other";

// The judgement and grade ids of data/report/labels.tsv in row order, and their labels.
struct Names {
  std::vector<std::string> judgements, grades;
  std::map<std::string, std::string> label;  // by "judgement:ID" and "grade:ID"
};

const Names& names() {
  static const Names n = [] {
    Names out;
    Table t = builtin_table("report/labels.tsv");
    for (const auto& row : t.rows) {
      require_fields(t, row, 3);
      const std::string& what = row.at(0);
      if (what == "judgement")
        out.judgements.push_back(row.at(1));
      else if (what == "grade")
        out.grades.push_back(row.at(1));
      else
        throw table_error(t, row, 1, "expected judgement or grade, found " + what);
      out.label[what + ":" + row.at(1)] = row.at(2);
    }
    return out;
  }();
  return n;
}

std::string label_of(const std::string& what, const std::string& id) {
  auto it = names().label.find(what + ":" + id);
  return it == names().label.end() ? id : it->second;
}

// IDS in the order of ORDER, then the rest sorted.
std::vector<std::string> ordered(const std::set<std::string>& ids, const std::vector<std::string>& order) {
  std::vector<std::string> out;
  std::set<std::string> rest = ids;
  for (const auto& id : order)
    if (rest.erase(id)) out.push_back(id);
  out.insert(out.end(), rest.begin(), rest.end());
  return out;
}

// Keys of COUNTS, most counted first, ties by key.
std::vector<std::string> by_count(const std::map<std::string, long>& counts) {
  std::vector<std::pair<std::string, long>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> out;
  for (const auto& [k, n] : v) out.push_back(k);
  return out;
}

std::string year_of(const std::string& date) { return date.size() >= 4 ? date.substr(0, 4) : ""; }

ReportDocument document_of(const Record& r, const std::vector<std::string>& duplicates) {
  ReportDocument d;
  d.path = r.source.path;
  d.duplicates = duplicates;
  std::sort(d.duplicates.begin(), d.duplicates.end());
  d.kind = to_string(r.document.kind);
  d.title = r.document.title.value_or("");
  d.date = document_date(r);
  d.areas = r.document.areas;
  d.judgements = r.document.judgements;
  return d;
}

void add_findings(Report* report, const Record& r) {
  ReportDocument& d = report->documents.back();
  d.first_finding = report->findings.size();
  for (const auto& f : r.findings) {
    ReportFinding out;
    out.document = report->documents.size() - 1;
    out.id = f.id;
    out.kind = to_string(f.kind);
    out.polarity = to_string(f.polarity);
    out.section = f.section.value_or("");
    out.text = f.text;
    out.themes = f.themes;
    out.concern = is_concern(f);
    d.concerns += out.concern ? 1 : 0;
    report->findings.push_back(std::move(out));
  }
  d.findings = r.findings.size();
}

std::vector<ReportArea> areas_of(const std::vector<ReportDocument>& documents) {
  std::map<std::string, ReportArea> by_name;
  ReportArea none;
  for (std::size_t i = 0; i < documents.size(); ++i) {
    if (documents[i].areas.empty()) none.documents.push_back(i);
    std::set<std::string> seen;  // an area named twice in one document lists it once
    for (const auto& a : documents[i].areas) {
      if (!seen.insert(a.name).second) continue;
      ReportArea& row = by_name[a.name];
      row.name = a.name;
      if (row.code.empty() && a.code) row.code = *a.code;
      row.documents.push_back(i);
    }
  }
  std::vector<ReportArea> out;
  for (auto& [name, row] : by_name) out.push_back(std::move(row));
  if (!none.documents.empty()) out.push_back(std::move(none));
  return out;
}

ChartData concern_themes(const std::vector<ReportFinding>& findings) {
  std::map<std::string, long> counts;
  for (const auto& f : findings)
    if (f.concern)
      for (const auto& t : f.themes) ++counts[t];
  ChartData c;
  c.labels = by_count(counts);
  ChartData::Series s{"concerns", "Concerns", {}};
  for (const auto& t : c.labels) s.values.push_back(counts[t]);
  c.series.push_back(std::move(s));
  return c;
}

ChartData themes_by_year(const Report& report, const ChartData& themes, std::size_t* undated) {
  std::set<std::string> years;
  for (const auto& d : report.documents)
    if (!year_of(d.date).empty()) years.insert(year_of(d.date));
  ChartData c;
  c.labels.assign(years.begin(), years.end());
  std::size_t shown = std::min(kThemesByYear, themes.labels.size());
  std::map<std::string, std::size_t> series_of;  // theme → series index
  for (std::size_t k = 0; k < themes.labels.size(); ++k) series_of[themes.labels[k]] = std::min(k, shown);
  for (std::size_t k = 0; k < shown; ++k) c.series.push_back({themes.labels[k], themes.labels[k], {}});
  if (themes.labels.size() > shown) c.series.push_back({kOtherThemes, "Other themes", {}});
  for (auto& s : c.series) s.values.assign(c.labels.size(), 0);
  *undated = 0;
  for (const auto& f : report.findings) {
    if (!f.concern) continue;
    std::string year = year_of(report.documents[f.document].date);
    if (year.empty()) {
      ++*undated;
      continue;
    }
    auto at = static_cast<std::size_t>(std::lower_bound(c.labels.begin(), c.labels.end(), year) - c.labels.begin());
    for (const auto& t : f.themes) ++c.series[series_of.at(t)].values[at];
  }
  return c;
}

ChartData grades_by_judgement(const std::vector<ReportDocument>& documents) {
  std::map<std::pair<std::string, std::string>, long> counts;  // (judgement, grade)
  std::set<std::string> judgements, grades;
  for (const auto& d : documents)
    for (const auto& j : d.judgements) {
      ++counts[{j.id, j.grade}];
      judgements.insert(j.id);
      grades.insert(j.grade);
    }
  ChartData c;
  std::vector<std::string> ids = ordered(judgements, names().judgements);
  for (const auto& j : ids) c.labels.push_back(label_of("judgement", j));
  for (const auto& g : ordered(grades, names().grades)) {
    ChartData::Series s{g, label_of("grade", g), {}};
    for (const auto& j : ids) {
      auto it = counts.find({j, g});
      s.values.push_back(it == counts.end() ? 0 : it->second);
    }
    c.series.push_back(std::move(s));
  }
  return c;
}

}  // namespace

void ReportBuilder::add(Record record) {
  std::string key = record.source.text_sha256.value_or(record.source.sha256);
  if (key.empty()) key = "path:" + record.source.path;  // a record without hashes is its own text
  auto [it, fresh] = texts_.try_emplace(key);
  Text& text = it->second;
  if (fresh) {
    text.record = std::move(record);
  } else if (record.source.path < text.record.source.path) {
    text.duplicates.push_back(text.record.source.path);
    text.record = std::move(record);
  } else {
    text.duplicates.push_back(record.source.path);
  }
}

Report ReportBuilder::build() const {
  // Dated texts by date, then undated ones; ties by path. Each key is computed once.
  std::vector<std::tuple<bool, std::string, std::string_view, const Text*>> order;
  for (const auto& [key, text] : texts_) {
    std::string date = document_date(text.record);
    order.emplace_back(date.empty(), std::move(date), text.record.source.path, &text);
  }
  std::sort(order.begin(), order.end());
  Report report;
  for (const auto& place : order) {
    const Text* t = std::get<3>(place);
    report.documents.push_back(document_of(t->record, t->duplicates));
    add_findings(&report, t->record);
  }
  report.areas = areas_of(report.documents);
  report.concern_themes = concern_themes(report.findings);
  report.themes_by_year = themes_by_year(report, report.concern_themes, &report.undated_concerns);
  report.grades_by_judgement = grades_by_judgement(report.documents);
  return report;
}

}  // namespace jtai
