// CSV writer: one row per finding for spreadsheets (RFC 4180, CRLF line ends), under one
// header row: file, area, area code, date, year, document kind, title, inspectorates,
// theme, judgements, finding id, kind, polarity, section, pages, agencies, themes, labels,
// text. Judgements are `id=grade` pairs (`leaders=good; in-care=outstanding`).
// Lists are joined with "; ". A cell that starts with = + - or @ gets an apostrophe in
// front, so spreadsheets do not run it.
#include <ostream>
#include <string>

#include <fmt/format.h>

#include "jtai/export.h"
#include "text/text_util.h"

namespace jtai {
namespace {

class CsvWriter : public RecordWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  void begin(std::size_t /*inputs*/) override {
    out_ << "file,area,area_code,date,year,document_kind,title,inspectorates,theme,judgements,finding_id,kind,polarity,section,"
            "pages,agencies,themes,labels,text\r\n";
  }
  void record(const Record& r) override {
    std::vector<std::string> names, codes;
    for (const auto& a : r.document.areas) {
      names.push_back(a.name);
      codes.push_back(a.code.value_or(""));
    }
    const DocumentMeta& d = r.document;
    std::string year = d.date && d.date->size() >= 4 ? d.date->substr(0, 4) : "";
    std::vector<std::string> grades;
    for (const auto& j : d.judgements) grades.push_back(j.id + "=" + j.grade);
    std::string prefix = fmt::format("{},{},{},{},{},{},{},{},{},{},", csv_field(r.source.path),
                                     csv_field(join(names, "; ")), csv_field(join(codes, "; ")), d.date.value_or(""),
                                     year, to_string(d.kind), csv_field(fold_space(d.title.value_or(""))),
                                     csv_field(join(d.inspectorates, "; ")), csv_field(d.theme.value_or("")),
                                     csv_field(join(grades, "; ")));
    for (const auto& f : r.findings) {
      out_ << prefix << csv_field(f.id) << ',' << to_string(f.kind) << ',' << to_string(f.polarity) << ','
           << csv_field(f.section.value_or("")) << ',' << fmt::format("{}", fmt::join(f.pages, ";")) << ','
           << csv_field(join(f.agencies, "; ")) << ',' << csv_field(join(f.themes, "; ")) << ','
           << csv_field(join(f.labels, "; ")) << ',' << csv_field(f.text) << "\r\n";
    }
  }

 private:
  std::ostream& out_;
};

// A cell a spreadsheet would run as a formula: it starts with = + - @ (or a tab or carriage
// return before one) and is not simply a number such as -3.
bool formula_like(std::string_view v) {
  if (v.empty() || std::string_view("=+-@\t\r").find(v[0]) == std::string_view::npos) return false;
  std::size_t digits = v.find_first_not_of("0123456789.", 1);
  return !(v[0] == '-' || v[0] == '+') || v.size() == 1 || digits != std::string_view::npos;
}

}  // namespace

std::string csv_field(std::string_view value) {
  std::string neutral;
  if (formula_like(value)) {
    neutral = "'" + std::string(value);  // shown as text, the apostrophe hidden (OWASP's advice)
    value = neutral;
  }
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::unique_ptr<RecordWriter> make_csv_writer(std::ostream& out) { return std::make_unique<CsvWriter>(out); }

}  // namespace jtai
