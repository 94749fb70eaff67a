// Building the Lexicon from the embedded data/ tables.
#include "data/lexicon.h"

#include <algorithm>

#include "jtai/errors.h"
#include "data/tables.h"
#include "text/text_util.h"

namespace jtai {
namespace {

std::string escape(std::string_view s) { return re2::RE2::QuoteMeta(std::string(s)); }

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t p = s.find(sep, start);
    if (p == std::string_view::npos) p = s.size();
    if (p > start) out.emplace_back(s.substr(start, p - start));
    start = p + 1;
  }
  return out;
}

// The field of a filed table that KEY names (a typed accessor for every key the file may
// use); an unknown key is an error at ROW, and a field that no row fills is one at the end.
template <typename Fields, typename Item = Regex>
struct FieldTable {
  std::vector<std::pair<std::string, std::vector<Item> Fields::*>> keys;

  std::vector<Item>& at(Fields& fields, const Table& t, const Row& row) const {
    for (const auto& [key, member] : keys)
      if (row.at(0) == key) return fields.*member;
    std::string known;
    for (const auto& k : keys) known += (known.empty() ? "" : ", ") + k.first;
    throw table_error(t, row, 1, "unknown field '" + row.at(0) + "' (expected one of " + known + ")");
  }

  void require_all(const Fields& fields, const Table& t) const {
    for (const auto& [key, member] : keys)
      if ((fields.*member).empty()) throw DataError(t.file, 0, 0, "no pattern for field '" + key + "'");
  }
};

const FieldTable<LetterFields> kLetterFields{{{"letter-date", &LetterFields::letter_date},
                                               {"salutation", &LetterFields::salutation},
                                               {"title", &LetterFields::title},
                                               {"theme", &LetterFields::theme},
                                               {"fieldwork", &LetterFields::fieldwork},
                                               {"deadline", &LetterFields::deadline}}};

const FieldTable<NewsCues> kNewsCues{{{"recommendation", &NewsCues::recommendation},
                                       {"concern-frame", &NewsCues::concern_frame},
                                       {"strength-frame", &NewsCues::strength_frame},
                                       {"background", &NewsCues::background},
                                       {"method", &NewsCues::method},
                                       {"report-voice", &NewsCues::report_voice},
                                       {"refer-back", &NewsCues::refer_back},
                                       {"person-pronoun", &NewsCues::person_pronoun},
                                       {"first-person", &NewsCues::first_person},
                                       {"passive", &NewsCues::passive},
                                       {"speech", &NewsCues::speech},
                                       {"finding-verb", &NewsCues::finding_verb},
                                       {"concern-list", &NewsCues::concern_list},
                                       {"recommendation-list", &NewsCues::recommendation_list},
                                       {"area-context", &NewsCues::area_context},
                                       {"organisation", &NewsCues::organisation},
                                       {"glued-heading", &NewsCues::glued_heading},
                                       {"attribution", &NewsCues::attribution}}};

const FieldTable<NewsFields> kNewsFields{
    {{"date", &NewsFields::date},
     {"date-weekday", &NewsFields::date_weekday},
     {"byline", &NewsFields::byline},
     {"report-title", &NewsFields::report_title}}};

const FieldTable<InspectionFields> kInspectionFields{{{"title", &InspectionFields::title},
                                                       {"title-stop", &InspectionFields::title_stop},
                                                       {"fieldwork", &InspectionFields::fieldwork},
                                                       {"published", &InspectionFields::published},
                                                       {"author", &InspectionFields::author}}};

const FieldTable<JudgementWording, JudgementPattern> kJudgementRows{
    {{"heading", &JudgementWording::headings},
     {"statement", &JudgementWording::statements},
     {"outcome", &JudgementWording::outcomes},
     {"grade", &JudgementWording::grades},
     {"outcome-grade", &JudgementWording::outcome_grades}}};

const FieldTable<InspectionLayout> kInspectionLayout{{{"running", &InspectionLayout::running},
                                                       {"back-page", &InspectionLayout::back_page},
                                                       {"column", &InspectionLayout::column},
                                                       {"marker", &InspectionLayout::marker}}};

// data/inspection/judgements.tsv, and the section headings made of each heading row
// followed by a grade.
void load_inspection_judgements(const Table& t, Lexicon& lx) {
  std::vector<const Row*> heading_rows;
  std::string grades;
  for (const auto& row : t.rows) {
    require_fields(t, row, 3);
    auto& list = kJudgementRows.at(lx.judgements, t, row);
    bool searched = row.at(0) == "outcome-grade";
    list.push_back({row.at(1), compile_pattern(t, row, 2, {.case_insensitive = true, .whole = !searched})});
    if (row.at(0) == "heading") heading_rows.push_back(&row);
    if (row.at(0) == "grade") grades += (grades.empty() ? "" : "|") + row.at(2);
  }
  kJudgementRows.require_all(lx.judgements, t);
  for (const Row* row : heading_rows) {
    std::string error;
    auto re = try_compile("(?:" + row->at(2) + ")\\s*:?\\s*(?:" + grades + ")\\.?",
                          {.case_insensitive = true, .whole = true}, &error, t.prechecked);
    if (!re) throw table_error(t, *row, row->fields[2].col, "heading with a grade does not compile: " + error);
    lx.judgements.graded_headings.push_back({row->at(1), re});
  }
}

void load_inspection_headings(const Table& t, Lexicon& lx) {
  {
    static const std::vector<std::pair<std::string, InspectionHeading::Role>> roles = {
        {"findings", InspectionHeading::Role::kFindings},
        {"strengths", InspectionHeading::Role::kStrengths},
        {"areas-for-improvement", InspectionHeading::Role::kAreasForImprovement},
        {"priority-action", InspectionHeading::Role::kPriorityAction},
        {"recommendations", InspectionHeading::Role::kRecommendations},
        {"context", InspectionHeading::Role::kContext}};
    for (const auto& row : t.rows) {
      require_fields(t, row, 2);
      auto it = std::find_if(roles.begin(), roles.end(), [&](const auto& r) { return r.first == row.at(0); });
      if (it == roles.end()) throw table_error(t, row, 1, "unknown section role '" + row.at(0) + "'");
      lx.inspection_headings.push_back({it->second, compile_pattern(t, row, 1, {.case_insensitive = true, .whole = true})});
    }
  }
}

void load_inspection_layout(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    bool prefix = row.at(0) == "marker";
    kInspectionLayout.at(lx.inspection_layout, t, row).push_back(compile_pattern(t, row, 1, {.whole = !prefix}));
  }
  kInspectionLayout.require_all(lx.inspection_layout, t);
}

SectionKind section_from(const Table& t, const Row& row) {
  static const std::vector<std::pair<std::string, SectionKind>> kinds = {
      {"strengths", SectionKind::kStrengths},
      {"areas-for-improvement", SectionKind::kAreasForImprovement},
      {"priority-action", SectionKind::kPriorityAction},
      {"practice-positive", SectionKind::kPracticePositive},
      {"practice-negative", SectionKind::kPracticeNegative},
      {"practice", SectionKind::kPractice},
      {"next-steps", SectionKind::kNextSteps},
      {"headline-findings", SectionKind::kHeadlineFindings},
      {"main-findings", SectionKind::kMainFindings},
      {"closing", SectionKind::kClosing},
  };
  for (const auto& [id, kind] : kinds)
    if (row.at(0) == id) return kind;
  throw table_error(t, row, 1, "unknown section kind '" + row.at(0) + "'");
}

int to_int(const Table& t, const Row& row, std::size_t i) {
  require_fields(t, row, i + 1);
  const std::string& s = row.at(i);
  if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos)
    throw table_error(t, row, row.fields[i].col, "expected a number, found '" + s + "'");
  return std::stoi(s);
}

void load_polarity(const Table& t, std::vector<PolarityCue>* out) {
  for (const auto& row : t.rows) {
    PolarityCue c;
    if (row.at(0) == "positive") c.polarity = Polarity::kPositive;
    else if (row.at(0) == "negative") c.polarity = Polarity::kNegative;
    else throw table_error(t, row, 1, "polarity must be positive or negative, found '" + row.at(0) + "'");
    c.weight = to_int(t, row, 1);
    c.pattern = compile_pattern(t, row, 2, {.case_insensitive = true, .word_bounded = true});
    out->push_back(c);
  }
}

void load_lexicon_polarity(const Table& t, Lexicon& lx) { load_polarity(t, &lx.polarity.cues); }

void load_news_polarity(const Table& t, Lexicon& lx) { load_polarity(t, &lx.news_polarity.cues); }

void load_layout_bullets(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    lx.bullets.push_back({row.at(0), to_int(t, row, 1)});
  }
  // Longer markers first so that a marker never shadows a longer one.
  std::stable_sort(lx.bullets.begin(), lx.bullets.end(),
                   [](const auto& a, const auto& b) { return a.marker.size() > b.marker.size(); });
}

void load_layout_furniture(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    FurnitureRule r;
    const std::string& w = row.at(0);
    if (w == "line") r.where = FurnitureRule::Where::kLine;
    else if (w == "pair") r.where = FurnitureRule::Where::kPair;
    else if (w == "page-end") r.where = FurnitureRule::Where::kPageEnd;
    else if (w == "footnote") r.where = FurnitureRule::Where::kFootnote;
    else if (w == "note-line") r.where = FurnitureRule::Where::kNoteLine;
    else throw table_error(t, row, 1, "unknown furniture place '" + w + "'");
    r.first = compile_pattern(t, row, 1, {.whole = true});
    if (r.where == FurnitureRule::Where::kPair) r.second = compile_pattern(t, row, 2, {.whole = true});
    lx.furniture.push_back(r);
  }
}

void load_layout_headings(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows)
    lx.headings.push_back({section_from(t, row), compile_pattern(t, row, 1, {.case_insensitive = true, .whole = true})});
}

void load_layout_non_findings(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows)
    lx.non_findings.push_back(compile_pattern(t, row, 0, {.case_insensitive = true, .whole = true}));
}

void load_document_kinds(const Table& t, Lexicon& lx) {
  static const std::vector<std::pair<std::string, DocumentKind>> kinds = {
      {"jtai-letter", DocumentKind::kJtaiLetter},
      {"thematic-report", DocumentKind::kThematicReport},
      {"news-article", DocumentKind::kNewsArticle},
      {"inspection-report", DocumentKind::kInspectionReport}};
  for (const auto& row : t.rows) {
    require_fields(t, row, 4);
    KindSignal k;
    auto it = std::find_if(kinds.begin(), kinds.end(), [&](const auto& p) { return p.first == row.at(0); });
    if (it == kinds.end()) throw table_error(t, row, 1, "unknown document kind '" + row.at(0) + "'");
    k.kind = it->second;
    const std::string& w = row.at(2);
    k.weight = row.at(1) == "fallback" ? 0 : to_int(t, row, 1);
    if (row.at(1) == "fallback") k.where = KindSignal::Where::kFallback;
    else if (w == "head") k.where = KindSignal::Where::kHead;
    else if (w == "line") k.where = KindSignal::Where::kLine;
    else if (w == "text") k.where = KindSignal::Where::kText;
    else throw table_error(t, row, row.fields[2].col, "where must be head, line or text, found '" + w + "'");
    k.source = row.at(3);
    bool whole = k.where == KindSignal::Where::kHead || k.where == KindSignal::Where::kLine;
    k.pattern = compile_pattern(t, row, 3, {.case_insensitive = whole, .whole = whole});
    lx.kind_signals.push_back(std::move(k));
  }
}

void load_news_furniture(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    const std::string& effect = row.at(0);
    if (effect != "line" && effect != "end" && effect != "caption" && effect != "photo")
      throw table_error(t, row, 1, "effect must be line, caption, photo or end, found '" + effect + "'");
    lx.web_furniture.push_back(
        {effect == "end", effect == "caption", effect == "photo", compile_pattern(t, row, 1, {.whole = true})});
  }
}

void load_news_cues(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    const std::string& cls = row.at(0);
    bool whole = cls == "glued-heading" || cls == "concern-list" || cls == "recommendation-list" ||
                 cls == "refer-back" || cls == "person-pronoun" || cls == "passive";
    PatternOptions o = cls == "attribution" || cls == "organisation" ? PatternOptions{}
                       : whole ? PatternOptions{.case_insensitive = cls != "glued-heading", .whole = true}
                               : PatternOptions{.case_insensitive = true, .word_bounded = true};
    kNewsCues.at(lx.cues, t, row).push_back(compile_pattern(t, row, 1, o));
  }
  kNewsCues.require_all(lx.cues, t);
}

void load_inspection_metadata(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    kInspectionFields.at(lx.inspection, t, row).push_back(compile_pattern(t, row, 1, {}));
  }
  kInspectionFields.require_all(lx.inspection, t);
}

void load_news_metadata(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    if (row.at(0) == "topic") {
      require_fields(t, row, 3);
      lx.topics.push_back({row.at(1), compile_pattern(t, row, 2, {.case_insensitive = true})});
    } else if (row.at(0) == "inspectorate") {
      require_fields(t, row, 3);
      lx.news_inspectorates.push_back(
          {row.at(1), compile_pattern(t, row, 2, {.case_insensitive = true, .word_bounded = true})});
    } else {
      require_fields(t, row, 2);
      kNewsFields.at(lx.news, t, row).push_back(compile_pattern(t, row, 1, {}));
    }
  }
  kNewsFields.require_all(lx.news, t);
}

void load_areas(const Table& t, Lexicon& lx) {
  std::vector<std::string> all;
  for (const auto& row : t.rows) {
    require_fields(t, row, 1);
    AreaEntry a{row.at(0), row.at(1), row.at(2), {row.at(0)}};
    for (auto& alias : split(row.at(4), '|')) a.aliases.push_back(alias);
    for (const auto& alias : a.aliases) {
      lx.area_by_alias.emplace(ascii_lower(alias), lx.areas.size());
      all.push_back(alias);
    }
    lx.areas.push_back(std::move(a));
  }
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string alt;
  for (const auto& a : all) {
    if (!alt.empty()) alt += "|";
    alt += escape(a);
  }
  std::string error;
  lx.area_names = try_compile(alt, {.word_bounded = true}, &error, t.prechecked);
  if (!lx.area_names) throw DataError(t.file, 0, 0, "area names do not compile: " + error);
}

void load_lexicon_inspectorates(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) lx.inspectorates.push_back({row.at(0), compile_pattern(t, row, 1, {.word_bounded = true})});
}

void load_letter_metadata(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) kLetterFields.at(lx.letter, t, row).push_back(compile_pattern(t, row, 1, {}));
  kLetterFields.require_all(lx.letter, t);
}

void load_lexicon_months(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows)
    lx.months.emplace_back(to_int(t, row, 0), compile_pattern(t, row, 1, {.case_insensitive = true, .whole = true}));
}

void load_lexicon_people(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    if (row.at(0) == "honorific") lx.honorifics.push_back(row.at(1));
    else if (row.at(0) == "courtesy") lx.courtesy_titles.push_back(row.at(1));
    else if (row.at(0) == "postnominal") lx.postnominals.push_back(row.at(1));
    else if (row.at(0) == "not-name") lx.not_name.push_back(row.at(1));
    else throw table_error(t, row, 1, "unknown word class '" + row.at(0) + "'");
  }
}

void load_layout_heading_words(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    if (row.at(0) == "not-last") lx.not_heading_end.insert(row.at(1));
    else if (row.at(0) == "bold-face") lx.bold_faces.push_back(row.at(1));
    else throw table_error(t, row, 1, "expected not-last or bold-face, found '" + row.at(0) + "'");
  }
}

void load_layout_glyph_widths(const Table& t, Lexicon& lx) {
  for (const auto& row : t.rows) {
    require_fields(t, row, 2);
    int w = to_int(t, row, 1);
    const std::string& g = row.at(0);
    std::size_t len = 0;
    char32_t c = g.empty() ? 0 : decode_utf8(g, 0, &len);
    if (g == "space") lx.glyph_space = w;
    else if (g == "default") lx.glyph_default = w;
    else if (len == g.size() && c != 0) lx.glyph_widths[c] = w;
    else throw table_error(t, row, 1, "expected one character, space or default, found '" + g + "'");
  }
}

void load_layout_html(const Table& t, Lexicon& lx) {
  using Role = HtmlLayout::Role;
  static const std::map<std::string, Role> names = {
      {"drop", Role::kDrop}, {"block", Role::kBlock}, {"content", Role::kBlock}, {"heading", Role::kHeading},
      {"item", Role::kItem}, {"break", Role::kBreak}, {"row", Role::kRow},     {"cell", Role::kCell},
      {"page-header", Role::kPageHeader}};
  for (const auto& row : t.rows) {
    require_fields(t, row, 3);
    auto role = names.find(row.at(2));
    if (role == names.end()) throw table_error(t, row, row.fields[2].col, "unknown role '" + row.at(2) + "'");
    const std::string& what = row.at(0);
    auto& map = what == "tag"     ? lx.html.tags
                : what == "role"  ? lx.html.roles
                : what == "class" ? lx.html.classes
                                  : throw table_error(t, row, 1, "expected tag, role or class, found '" + what + "'");
    map[row.at(1)] = role->second;
    if (row.at(2) == "content") {
      if (what != "tag") throw table_error(t, row, row.fields[2].col, "only a tag can be a content element");
      lx.html.content_tags.insert(row.at(1));
    }
  }
}

// Every table the lexicon is built from, with its loader, in loading order.
const std::vector<std::pair<std::string_view, void (*)(const Table&, Lexicon&)>>& loaders() {
  static const std::vector<std::pair<std::string_view, void (*)(const Table&, Lexicon&)>> all = {
      {"layout/bullets.tsv", load_layout_bullets},
      {"layout/furniture.tsv", load_layout_furniture},
      {"layout/headings.tsv", load_layout_headings},
      {"layout/non-findings.tsv", load_layout_non_findings},
      {"layout/html.tsv", load_layout_html},
      {"layout/heading-words.tsv", load_layout_heading_words},
      {"inspection/judgements.tsv", load_inspection_judgements},
      {"inspection/headings.tsv", load_inspection_headings},
      {"inspection/layout.tsv", load_inspection_layout},
      {"layout/glyph-widths.tsv", load_layout_glyph_widths},
      {"lexicon/polarity.tsv", load_lexicon_polarity},
      {"news/polarity.tsv", load_news_polarity},
      {"document/kinds.tsv", load_document_kinds},
      {"news/furniture.tsv", load_news_furniture},
      {"news/cues.tsv", load_news_cues},
      {"inspection/metadata.tsv", load_inspection_metadata},
      {"news/metadata.tsv", load_news_metadata},
      {"areas.tsv", load_areas},
      {"lexicon/inspectorates.tsv", load_lexicon_inspectorates},
      {"letter/metadata.tsv", load_letter_metadata},
      {"lexicon/months.tsv", load_lexicon_months},
      {"lexicon/people.tsv", load_lexicon_people},
  };
  return all;
}

template <class T>
std::vector<Regex> patterns_of(const std::vector<T>& list) {
  std::vector<Regex> out;
  for (const auto& item : list) out.push_back(item.pattern);
  return out;
}

// Sets over the pattern lists searched in every document, or every unit, sentence or body
// of reported text.
void index_patterns(Lexicon& lx) {
  lx.cues.attribution_set = PatternSet(lx.cues.attribution);
  lx.cues.verbs = ListFilter({&lx.cues.speech, &lx.cues.finding_verb, &lx.cues.method});
  lx.cues.frames = ListFilter({&lx.cues.recommendation, &lx.cues.concern_frame, &lx.cues.strength_frame});
  lx.any_heading = AnyPattern(patterns_of(lx.headings), re2::RE2::ANCHOR_BOTH);  // each `^(?:...)$`
  lx.news.report_title_set = PatternSet(lx.news.report_title);
  lx.web_furniture_set = PatternSet(patterns_of(lx.web_furniture), re2::RE2::ANCHOR_BOTH);
  for (const auto* l : {&lx.inspectorates, &lx.news_inspectorates})
    lx.reported_inspectorates.insert(lx.reported_inspectorates.end(), l->begin(), l->end());
  lx.reported_inspectorate_set = PatternSet(patterns_of(lx.reported_inspectorates));
  lx.topic_set = PatternSet(patterns_of(lx.topics));
  lx.kind_text_matches = FirstMatches(patterns_of(lx.kind_signals), PatternSet(patterns_of(lx.kind_signals)));
  for (const auto* l : {&lx.polarity.cues, &lx.news_polarity.cues})
    lx.reported_polarity.cues.insert(lx.reported_polarity.cues.end(), l->begin(), l->end());
  for (PolarityCues* p : {&lx.polarity, &lx.news_polarity, &lx.reported_polarity})
    p->set = PatternSet(patterns_of(p->cues));
}

Lexicon build(const TableSource& source) {
  Lexicon lx;
  for (const auto& [name, load] : loaders()) load(source(name), lx);
  index_patterns(lx);
  return lx;
}

}  // namespace

const BulletMarker* Lexicon::bullet_at(std::string_view s) const {
  for (const auto& b : bullets) {
    if (s.substr(0, b.marker.size()) != b.marker) continue;
    std::string_view rest = s.substr(b.marker.size());
    if (rest.empty() || rest.front() == ' ' || rest.front() == '\t') return &b;
    if (rest.size() >= 2 && static_cast<unsigned char>(rest[0]) == 0xC2 && static_cast<unsigned char>(rest[1]) == 0xA0)
      return &b;  // no-break space
  }
  return nullptr;
}

int Lexicon::month(std::string_view name) const {
  for (const auto& [n, re] : months)
    if (re2::RE2::FullMatch(re2::StringPiece(name.data(), name.size()), *re)) return n;
  return 0;
}

std::optional<std::size_t> Lexicon::area(std::string_view alias) const {
  auto it = area_by_alias.find(ascii_lower(alias));
  if (it == area_by_alias.end()) return std::nullopt;
  return it->second;
}

const Lexicon& Lexicon::builtin() {
  static const Lexicon lexicon = build(builtin_table);
  return lexicon;
}

Lexicon Lexicon::load(const TableSource& source) { return build(source); }

std::vector<std::string> Lexicon::table_names() {
  std::vector<std::string> out;
  for (const auto& [name, load] : loaders()) out.emplace_back(name);
  return out;
}

}  // namespace jtai
