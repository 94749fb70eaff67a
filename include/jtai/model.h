// The typed record of one analysed document: the values every pipeline stage
// produces and the JSON export writes (see docs/output-contract.md).
// Plain value types only; items refer to the input by byte offsets, never by pointer.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jtai {

/// Half-open byte range [begin, end) of the input text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const ByteSpan&) const = default;
};

/// Input formats recognised by their content.
enum class SourceFormat { kText, kPdf, kHtml };

/// Kinds of document (taxonomy.md).
enum class DocumentKind { kJtaiLetter, kThematicReport, kNewsArticle, kInspectionReport, kUnknown };

/// Kinds of finding (taxonomy.md).
enum class FindingKind {
  kStrength,
  kAreaForImprovement,
  kPriorityAction,
  kPracticeStudy,
  kConcern,
  kRecommendation,
  kObservation,
};

/// Polarity of a finding.
enum class Polarity { kPositive, kNegative, kMixed, kNeutral };

/// Where the analysed text came from.
struct Source {
  std::string path;  ///< as given on the command line, "-" for stdin
  SourceFormat format = SourceFormat::kText;
  std::size_t bytes = 0;
  std::string sha256;  ///< of the input bytes
  /// For PDF and HTML: SHA-256 of the extracted UTF-8 text that byte spans refer to
  /// (what `jtai text FILE` prints); absent for text input, where spans are into the file.
  std::optional<std::string> text_sha256;
  std::optional<int> pages;  ///< page count of a PDF
};

/// A local authority area, named as in data/areas.tsv.
struct Area {
  std::string name;
  std::optional<std::string> code;  ///< ONS code
  bool operator==(const Area&) const = default;
};

/// Relation of a person to the document.
enum class PersonRelation { kRecipient, kSignatory, kQuoted, kAuthor };

/// A named person with what the document says about them.
struct Person {
  std::string name;  ///< without honorifics or post-nominals
  std::optional<std::string> role;
  std::optional<std::string> organisation;
  PersonRelation relation = PersonRelation::kRecipient;
};

/// Inclusive calendar range (ISO dates).
struct DateRange {
  std::string start;
  std::string end;
};

/// One judgement a graded inspection states (taxonomy.md, "Judgements").
struct Judgement {
  std::string id;          ///< taxonomy id: leaders, help-and-protection, in-care, ...
  std::string heading;     ///< the judgement's heading as written, white space folded
  std::string grade;       ///< taxonomy grade id: outstanding, good, requires-improvement, ...
  std::string grade_text;  ///< the grade as written, white space folded
  ByteSpan span;           ///< input bytes of the grade as written
};

/// An acronym the document defines, as the rules' `acronyms` statement finds it: "the
/// vulnerability assessment team (VAT)". Its uses in findings take the labels of the
/// rules its long form matches.
struct AcronymDefinition {
  std::string acronym;    ///< "VAT"
  std::string long_form;  ///< the words before the parenthesis, white space folded
  ByteSpan span;          ///< the long form and the parenthesised acronym
};

/// A footnote at the foot of a page, kept out of the findings.
struct Footnote {
  std::string text;  ///< the note without its reference mark, lines joined
  ByteSpan span;     ///< input bytes from the note's first to its last character
};

/// Document-level metadata.
struct DocumentMeta {
  DocumentKind kind = DocumentKind::kUnknown;
  std::vector<std::string> kind_evidence;  ///< signals that decided `kind`
  std::optional<std::string> title;
  std::optional<std::string> date;  ///< ISO 8601
  std::vector<Area> areas;
  std::vector<std::string> places;
  std::vector<std::string> inspectorates;  ///< ids: ofsted, cqc, hmicfrs, hmi-probation
  std::optional<std::string> theme;
  std::optional<DateRange> fieldwork;
  std::optional<std::string> response_deadline;
  std::optional<std::string> byline;
  std::vector<Person> people;
  std::vector<std::string> reports_cited;
  std::vector<Judgement> judgements;  ///< graded inspections only, in the order written
  std::vector<AcronymDefinition> acronyms;  ///< in text order; what `jtai tag` needs of the text outside findings
  std::vector<ByteSpan> content;  ///< everything but page or site furniture
  std::vector<Footnote> footnotes;  ///< footnotes set aside from the text
};

/// Why a label is on a finding: which rule matched where.
struct Evidence {
  std::string label;  ///< e.g. "agency:police"
  std::string rule;   ///< rule id
  ByteSpan span;
};

/// One finding: a bullet, a practice study, a recommendation or a paragraph.
struct Finding {
  std::string id;
  FindingKind kind = FindingKind::kObservation;
  Polarity polarity = Polarity::kNeutral;
  std::optional<std::string> section;  ///< heading it sits under, as written
  std::string text;                    ///< furniture removed, lines rejoined
  std::vector<ByteSpan> spans;         ///< input bytes that make up `text`
  std::vector<int> pages;              ///< 1-based pages the spans touch
  std::vector<std::string> agencies;
  std::vector<std::string> themes;
  std::vector<std::string> labels;  ///< labels of user rules that are neither agency: nor theme:
  std::vector<Evidence> evidence;
};

/// A quotation attributed to a speaker.
struct Quote {
  std::string speaker;
  std::optional<std::string> role;
  std::optional<std::string> organisation;
  std::string text;
  std::vector<ByteSpan> spans;
};

/// The analysis record of one document.
struct Record {
  Source source;
  DocumentMeta document;
  std::vector<Finding> findings;
  std::vector<Quote> quotes;
};

/// Stable ids used in the JSON record.
const char* to_string(SourceFormat v);
const char* to_string(DocumentKind v);
const char* to_string(FindingKind v);
const char* to_string(Polarity v);
const char* to_string(PersonRelation v);

}  // namespace jtai
