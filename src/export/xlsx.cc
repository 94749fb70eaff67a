// XLSX writer (export stage): a workbook for spreadsheets with one sheet per kind of row,
// documents, findings, judgements and quotes, written with libxlsxwriter. Cells are typed
// (dates as Excel dates, counts and years as numbers), each sheet has its header row
// frozen and an autofilter over its columns. libxlsxwriter writes to a file, so the
// workbook is built in a temporary file (rows streamed, constant memory) and copied onto
// the output stream at the end.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <ostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "jtai/export.h"
#include "text/text_util.h"

namespace jtai {
namespace {

// Excel's limits: characters in a cell and rows in a sheet.
constexpr std::size_t kMaxCellBytes = 32767;
constexpr lxw_row_t kMaxRows = 1048576;
// Column width (in characters) of text columns that hold sentences.
constexpr double kWideColumn = 80;
constexpr double kNarrowColumn = 14;

// A column of a sheet: its header, and whether it holds long text.
struct Column {
  const char* header;
  bool wide = false;
};

// VALUE cut to what a cell holds, at a UTF-8 character boundary.
std::string cell_text(std::string_view value) {
  if (value.size() <= kMaxCellBytes) return std::string(value);
  std::size_t end = kMaxCellBytes;
  while (end > 0 && (static_cast<unsigned char>(value[end]) & 0xC0) == 0x80) --end;
  return std::string(value.substr(0, end));
}

// One worksheet being filled row by row.
class Sheet {
 public:
  Sheet(lxw_workbook* book, const char* name, std::vector<Column> columns, lxw_format* bold, lxw_format* date)
      : ws_(workbook_add_worksheet(book, name)), columns_(std::move(columns)), date_(date) {
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      auto col = static_cast<lxw_col_t>(c);
      worksheet_set_column(ws_, col, col, columns_[c].wide ? kWideColumn : kNarrowColumn, nullptr);
      worksheet_write_string(ws_, 0, col, columns_[c].header, bold);
    }
    worksheet_freeze_panes(ws_, 1, 0);
  }
  // Starts the next row.
  void row() {
    if (++row_ >= kMaxRows) throw std::runtime_error("xlsx: more rows than a sheet holds (1048576)");
    col_ = 0;
  }
  void text(std::string_view value) {
    if (!value.empty()) worksheet_write_string(ws_, row_, col_, cell_text(value).c_str(), nullptr);
    ++col_;
  }
  void number(double value) { worksheet_write_number(ws_, row_, col_++, value, nullptr); }
  // An ISO date (YYYY-MM-DD) as an Excel date; anything else as text.
  void date(const std::optional<std::string>& iso) {
    int y = 0, m = 0, d = 0;
    if (iso && iso->size() == 10 && std::sscanf(iso->c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3) {
      lxw_datetime dt{y, m, d, 0, 0, 0};
      worksheet_write_datetime(ws_, row_, col_++, &dt, date_);
    } else {
      text(iso.value_or(""));
    }
  }
  // Puts the autofilter over the header and every row written.
  void finish() {
    worksheet_autofilter(ws_, 0, 0, row_, static_cast<lxw_col_t>(columns_.size() - 1));
  }

 private:
  lxw_worksheet* ws_;
  std::vector<Column> columns_;
  lxw_format* date_;
  lxw_row_t row_ = 0;
  lxw_col_t col_ = 0;
};

std::string area_names(const DocumentMeta& d) {
  std::vector<std::string> names;
  for (const auto& a : d.areas) names.push_back(a.name);
  return join(names, "; ");
}

class XlsxWriter : public RecordWriter {
 public:
  explicit XlsxWriter(std::ostream& out) : out_(out) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/jtai-xlsx-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    int fd = mkstemp(name.data());
    if (fd < 0) throw std::runtime_error("xlsx: cannot create a temporary file");
    ::close(fd);
    temp_ = name.data();
    lxw_workbook_options options{};
    options.constant_memory = 1;  // rows go to temporary files as they are written
    book_ = workbook_new_opt(temp_.c_str(), &options);
    if (!book_) throw std::runtime_error("xlsx: cannot start a workbook");
    lxw_format* bold = workbook_add_format(book_);
    format_set_bold(bold);
    lxw_format* date = workbook_add_format(book_);
    format_set_num_format(date, "yyyy-mm-dd");
    documents_.emplace(book_, "documents",
                       std::vector<Column>{{"file"}, {"format"}, {"kind"}, {"title", true}, {"date"}, {"year"},
                                           {"areas"}, {"area_codes"}, {"inspectorates"}, {"theme"},
                                           {"fieldwork_start"}, {"fieldwork_end"}, {"response_deadline"},
                                           {"byline"}, {"pages"}, {"findings"}, {"quotes"}, {"judgements"},
                                           {"reports_cited", true}},
                       bold, date);
    findings_.emplace(book_, "findings",
                      std::vector<Column>{{"file"}, {"date"}, {"areas"}, {"document_kind"}, {"finding_id"},
                                          {"kind"}, {"polarity"}, {"section"}, {"pages"}, {"agencies"},
                                          {"themes"}, {"labels"}, {"text", true}},
                      bold, date);
    judgements_.emplace(book_, "judgements",
                        std::vector<Column>{{"file"}, {"date"}, {"areas"}, {"judgement"}, {"heading", true},
                                            {"grade"}, {"grade_text"}},
                        bold, date);
    quotes_.emplace(book_, "quotes",
                    std::vector<Column>{{"file"}, {"date"}, {"areas"}, {"speaker"}, {"role"}, {"organisation"},
                                        {"text", true}},
                    bold, date);
  }
  ~XlsxWriter() override {
    if (book_) workbook_close(book_);
    std::remove(temp_.c_str());
  }
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  void record(const Record& r) override {
    const DocumentMeta& d = r.document;
    std::string areas = area_names(d);
    write_document(r, areas);
    for (const auto& f : r.findings) {
      Sheet& s = *findings_;
      s.row();
      s.text(r.source.path), s.date(d.date), s.text(areas), s.text(to_string(d.kind)), s.text(f.id);
      s.text(to_string(f.kind)), s.text(to_string(f.polarity)), s.text(fold_space(f.section.value_or("")));
      s.text(fmt::format("{}", fmt::join(f.pages, ";"))), s.text(join(f.agencies, "; "));
      s.text(join(f.themes, "; ")), s.text(join(f.labels, "; ")), s.text(f.text);
    }
    for (const auto& j : d.judgements) {
      Sheet& s = *judgements_;
      s.row();
      s.text(r.source.path), s.date(d.date), s.text(areas), s.text(j.id), s.text(j.heading), s.text(j.grade);
      s.text(j.grade_text);
    }
    for (const auto& q : r.quotes) {
      Sheet& s = *quotes_;
      s.row();
      s.text(r.source.path), s.date(d.date), s.text(areas), s.text(q.speaker), s.text(q.role.value_or(""));
      s.text(q.organisation.value_or("")), s.text(fold_space(q.text));
    }
  }

  void end() override {
    for (auto* s : {&*documents_, &*findings_, &*judgements_, &*quotes_}) s->finish();
    lxw_error e = workbook_close(book_);
    book_ = nullptr;
    if (e != LXW_NO_ERROR) throw std::runtime_error(fmt::format("xlsx: {}", lxw_strerror(e)));
    std::ifstream in(temp_, std::ios::binary);
    out_ << in.rdbuf();
    out_.flush();
  }

 private:
  void write_document(const Record& r, const std::string& areas) {
    const DocumentMeta& d = r.document;
    std::vector<std::string> codes;
    for (const auto& a : d.areas) codes.push_back(a.code.value_or(""));
    Sheet& s = *documents_;
    s.row();
    s.text(r.source.path), s.text(to_string(r.source.format)), s.text(to_string(d.kind));
    s.text(fold_space(d.title.value_or(""))), s.date(d.date);
    if (d.date && d.date->size() >= 4) s.number(std::stoi(d.date->substr(0, 4)));
    else s.text("");
    s.text(areas), s.text(join(codes, "; ")), s.text(join(d.inspectorates, "; ")), s.text(d.theme.value_or(""));
    s.date(d.fieldwork ? std::optional(d.fieldwork->start) : std::nullopt);
    s.date(d.fieldwork ? std::optional(d.fieldwork->end) : std::nullopt);
    s.date(d.response_deadline), s.text(d.byline.value_or(""));
    if (r.source.pages) s.number(*r.source.pages);
    else s.text("");
    s.number(static_cast<double>(r.findings.size())), s.number(static_cast<double>(r.quotes.size()));
    s.number(static_cast<double>(d.judgements.size())), s.text(join(d.reports_cited, "; "));
  }

  std::ostream& out_;
  std::string temp_;
  lxw_workbook* book_ = nullptr;
  std::optional<Sheet> documents_, findings_, judgements_, quotes_;
};

}  // namespace

std::unique_ptr<RecordWriter> make_xlsx_writer(std::ostream& out) { return std::make_unique<XlsxWriter>(out); }

}  // namespace jtai
