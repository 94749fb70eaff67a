// The compiled form of data/: layout tables, heading patterns, metadata patterns and
// word lists that the pipeline stages read. Built once from the embedded files.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "data/first_matches.h"
#include "data/pattern_set.h"
#include "data/tables.h"
#include "jtai/model.h"
#include "letter/sections.h"

namespace jtai {

/// A bullet marker and its nesting level.
struct BulletMarker {
  std::string marker;
  int level = 1;
};

/// A furniture pattern and where it applies (data/layout/furniture.tsv).
struct FurnitureRule {
  enum class Where { kLine, kPair, kPageEnd, kFootnote, kNoteLine };
  Where where = Where::kLine;
  Regex first;
  Regex second;  ///< only for kPair
};

/// A heading pattern (data/layout/headings.tsv).
struct HeadingRule {
  SectionKind kind = SectionKind::kSubheading;
  Regex pattern;
};

/// A weighted polarity cue (data/lexicon/polarity.tsv).
struct PolarityCue {
  Polarity polarity = Polarity::kNeutral;
  int weight = 1;
  Regex pattern;
};

/// The polarity cues of one table, with a set over their patterns.
struct PolarityCues {
  std::vector<PolarityCue> cues;
  PatternSet set;  ///< which cues occur in a sentence
};

/// A local authority with the names it goes by (data/areas.tsv).
struct AreaEntry {
  std::string name;
  std::string code;
  std::string region;
  std::vector<std::string> aliases;  ///< name first
};

/// A labelled pattern: inspectorates, metadata fields.
struct LabelledPattern {
  std::string label;
  Regex pattern;
};

/// A signal for a document kind (data/document/kinds.tsv).
struct KindSignal {
  enum class Where { kHead, kLine, kText, kFallback };
  DocumentKind kind = DocumentKind::kUnknown;
  int weight = 1;
  Where where = Where::kText;
  std::string source;  ///< the pattern as written, for kind_evidence
  Regex pattern;
};

/// A web-page furniture pattern (data/news/furniture.tsv).
struct WebFurniture {
  bool ends_article = false;
  bool caption = false;  ///< not applied to list items
  bool photo = false;    ///< an image's text: the next line, unless it is a sentence, is its caption
  Regex pattern;
};

/// A labelled pattern with a display label: news topics.
struct Topic {
  std::string label;
  Regex pattern;
};

/// How HTML ingest treats elements (data/layout/html.tsv).
struct HtmlLayout {
  enum class Role { kInline, kDrop, kBlock, kHeading, kItem, kBreak, kRow, kCell, kPageHeader };
  std::map<std::string, Role> tags, roles, classes;
  std::set<std::string> content_tags;  ///< elements that hold the page's own content (article, main)
};

/// Patterns of data/letter/metadata.tsv, one list per field, in file order.
struct LetterFields {
  std::vector<Regex> letter_date, salutation, title, theme, fieldwork, deadline;
};

/// Sentence cues of data/news/cues.tsv, one list per class, in file order.
struct NewsCues {
  std::vector<Regex> recommendation, concern_frame, strength_frame, background, method, report_voice, refer_back,
      person_pronoun, first_person, passive, speech, finding_verb, concern_list, recommendation_list, area_context, organisation,
      glued_heading, attribution;
  PatternSet attribution_set;  ///< which attributions occur in a unit
  ListFilter verbs;            ///< which speech, finding_verb and method patterns a sentence may hold
  ListFilter frames;           ///< which recommendation, concern_frame and strength_frame patterns it may hold
};

/// Patterns of data/news/metadata.tsv other than topics, one list per field.
struct NewsFields {
  std::vector<Regex> date, date_weekday, byline, report_title;
  PatternSet report_title_set;  ///< which report titles occur in a unit
};

/// Patterns of data/inspection/metadata.tsv, one list per field.
struct InspectionFields {
  std::vector<Regex> title, title_stop, fieldwork, published, author;
};

/// A judgement or grade pattern of data/inspection/judgements.tsv.
struct JudgementPattern {
  std::string id;  ///< judgement id (leaders, ...) or grade id (good, ...)
  Regex pattern;
};

/// How graded inspection reports write their judgements (data/inspection/judgements.tsv).
struct JudgementWording {
  std::vector<JudgementPattern> headings;        ///< a judgement as headed (table row, section)
  std::vector<JudgementPattern> statements;      ///< a sentence stating one; group "grade"
  std::vector<JudgementPattern> outcomes;        ///< a heading whose next lines give the grade (SEND)
  std::vector<JudgementPattern> grades;          ///< a grade as written, by grade id
  std::vector<JudgementPattern> outcome_grades;  ///< a phrase of the outcome lines, by grade id
  /// Section headings: every heading row followed by an optional colon and any grade.
  std::vector<JudgementPattern> graded_headings;
};

/// A section heading of a graded inspection report (data/inspection/headings.tsv).
struct InspectionHeading {
  enum class Role { kFindings, kStrengths, kAreasForImprovement, kPriorityAction, kRecommendations, kContext };
  Role role = Role::kContext;
  Regex pattern;
};

/// Page layout of graded inspection reports (data/inspection/layout.tsv).
struct InspectionLayout {
  std::vector<Regex> running;    ///< running header or footer lines
  std::vector<Regex> back_page;  ///< a line that opens the back-page notice
  std::vector<Regex> column;     ///< the head of a table's side column
  std::vector<Regex> marker;     ///< a numbered paragraph's marker, at the start of a line
};

/// Everything the stages read from data/.
struct Lexicon {
  std::vector<BulletMarker> bullets;
  std::vector<FurnitureRule> furniture;
  std::vector<HeadingRule> headings;
  AnyPattern any_heading;  ///< whether a line is one of the headings
  std::vector<Regex> non_findings;
  std::set<std::string> not_heading_end;  ///< words a heading never ends with (lower case)
  std::vector<std::string> bold_faces;    ///< parts of a font name that mark a bold face
  std::map<char32_t, int> glyph_widths;   ///< data/layout/glyph-widths.tsv: glyph → width
  int glyph_space = 0;                    ///< width of a space
  int glyph_default = 0;                  ///< width of a glyph not in glyph_widths
  PolarityCues polarity;
  std::vector<AreaEntry> areas;
  Regex area_names;  ///< every area name and alias, word-bounded, longest first
  std::map<std::string, std::size_t> area_by_alias;  ///< lower-case alias → index into areas
  std::vector<LabelledPattern> inspectorates;
  HtmlLayout html;
  LetterFields letter;
  std::vector<std::pair<int, Regex>> months;
  std::vector<std::string> honorifics;
  std::vector<std::string> courtesy_titles;  ///< honorifics that say nothing of a role ("Mr", "Dr")
  std::vector<std::string> postnominals;
  std::vector<std::string> not_name;
  std::vector<KindSignal> kind_signals;
  /// Where the kind signals are first found in a text (text and fallback signals), and
  /// which signals the text, or one of its lines, may hold
  FirstMatches kind_text_matches;
  std::vector<WebFurniture> web_furniture;
  PatternSet web_furniture_set;  ///< which web-furniture patterns a unit is, as a whole
  NewsCues cues;
  PolarityCues news_polarity;           ///< extra cues for reported text
  PolarityCues reported_polarity;       ///< polarity's cues, then news_polarity's: one filter pass a sentence
  NewsFields news;
  std::vector<Topic> topics;
  PatternSet topic_set;  ///< which topics a text mentions
  std::vector<LabelledPattern> news_inspectorates;  ///< inspectorates as reported text names them (any case)
  std::vector<LabelledPattern> reported_inspectorates;  ///< inspectorates, then news_inspectorates
  PatternSet reported_inspectorate_set;                 ///< which of those a text names, in one pass
  InspectionFields inspection;
  JudgementWording judgements;
  std::vector<InspectionHeading> inspection_headings;
  InspectionLayout inspection_layout;

  /// The bullet marker LINE (trimmed) starts with, followed by white space or nothing; null if none.
  const BulletMarker* bullet_at(std::string_view line) const;

  /// The month number a name or abbreviation stands for, or 0.
  int month(std::string_view name) const;

  /// Index of the area that ALIAS names (case-insensitive), or nullopt.
  std::optional<std::size_t> area(std::string_view alias) const;

  /// The lexicon built from the embedded data/ files (built on first use, thread-safe).
  static const Lexicon& builtin();

  /// The lexicon built from the tables SOURCE gives; throws DataError at a bad row.
  static Lexicon load(const TableSource& source);

  /// Names of every table a lexicon is built from ("layout/bullets.tsv", ...), in loading order.
  static std::vector<std::string> table_names();
};

}  // namespace jtai
