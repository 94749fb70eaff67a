// The rules engine: editable rule files (data/rules/*.rules, docs/rules-format.md)
// parsed with file:line:col diagnostics, compiled into one multi-pattern matcher (one
// Hyperscan database; RE2 for what it cannot read exactly) and applied to findings
// (stage "tag", after findings.h) to label them with agencies, themes or a user's own
// labels, each label with its evidence.
//
// Syntax (one rule per `rule` line; indented lines belong to the rule above):
//
//   # agencies
//   rule agency.police.force agency:police weight=2
//     match  police | the force | police officers | constabulary
//     regex  officers? (?:attending|in the MASH)
//     unless police and crime commissioner
//   threshold theme:timeliness 2
//   share theme 50
//   acronyms \(([A-Z][A-Za-z]{1,7})\)
//   label theme:county-lines "children exploited to carry drugs across areas"
//
// `match` takes phrases separated by `|`: case-insensitive, whole words, any run of
// white space between words, `*` at the end of a word for any ending (`investigat*`).
// `regex` takes one RE2 pattern, case-insensitive, whole words. `unless` phrases veto a
// match they overlap. A label is given when the weights of its matches in a finding add
// up to its threshold (default 1) and, where a `share` is set for its kind, to that
// percentage of the strongest label of the same kind in the finding. An acronym the
// document defines (`acronyms` gives the pattern of a definition: "the vulnerability
// assessment team (VAT)") takes the labels of the rules its long form matches.
//
// Lifecycle: parse_rules() → RuleSet::compile() → RuleSet::match() / match_each().
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jtai/errors.h"
#include "jtai/model.h"

namespace re2 {
class RE2;
}

namespace jtai {

/// A pattern of a rule as written, with where it was written.
struct PatternSpec {
  enum class Type { kPhrase, kRegex };
  Type type = Type::kPhrase;
  std::string text;
  int line = 0;
  int col = 0;
};

/// One rule as written.
struct RuleSpec {
  std::string id;
  std::string label;  ///< "agency:police", "theme:timeliness", or a user's own "prefix:name"
  int weight = 1;
  std::vector<PatternSpec> patterns;
  std::vector<PatternSpec> unless;
  std::string file;
  int line = 0;
};

/// Rules and label thresholds of one or more files.
struct RuleFile {
  std::vector<RuleSpec> rules;
  std::map<std::string, int> thresholds;
  std::map<std::string, int> shares;  ///< label kind → percent of the strongest label of that kind
  PatternSpec acronyms;  ///< how a document defines an acronym: group 1 is the acronym; empty text: none
  std::string acronyms_file;  ///< the file the acronyms statement is in
  std::map<std::string, std::string> labels;  ///< declared labels (`label KIND:NAME "meaning"`) and their meaning
};

/// Parses TEXT (named FILE in diagnostics); problems go to DIAGNOSTICS, good rules are kept.
RuleFile parse_rules(std::string_view text, std::string_view file, std::vector<Diagnostic>* diagnostics);

/// The built-in rules: every data/rules/*.rules file, parsed in name order.
RuleFile builtin_rules();

/// Concatenated text of the built-in rule files, as `jtai rules dump` writes it.
std::string builtin_rules_text();

/// Appends EXTRA's rules and thresholds to BASE (a rule id defined twice is an error).
void merge_rules(RuleFile* base, const RuleFile& extra, std::vector<Diagnostic>* diagnostics);

/// Reports each rule of RULES whose label is of a kind that RULES declares labels of
/// (agency, theme: data/rules/taxonomy.rules) but is not itself declared (a sub-id after
/// '/' counts as its parent).
void check_labels(const RuleFile& rules, std::vector<Diagnostic>* diagnostics);

/// One match of a rule in a text.
struct RuleMatch {
  std::size_t rule = 0;  ///< index into RuleSet::rules()
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// Rules compiled into one multi-pattern matcher. Not copyable; share it by pointer.
class RuleSet {
 public:
  /// Compiles FILE; bad patterns go to DIAGNOSTICS and are left out.
  static std::shared_ptr<const RuleSet> compile(const RuleFile& file, std::vector<Diagnostic>* diagnostics);
  /// Compiles FILE, known to pass every check of compile() (the built-in rules, which a
  /// test compiles with them), without parsing or compiling a pattern before it is used;
  /// throws DataError for what is still found (a bad acronyms pattern).
  static std::shared_ptr<const RuleSet> compile_prechecked(const RuleFile& file);
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  /// All matches in TEXT, unless-vetoed ones removed, in text order: per rule, its
  /// non-overlapping leftmost-longest matches.
  std::vector<RuleMatch> match(std::string_view text) const;

  /// match() of each of TEXTS, found in one scan of them all; unless IN_ORDER, each text's
  /// matches are left in no particular order (for a caller that sorts them itself).
  std::vector<std::vector<RuleMatch>> match_each(const std::vector<std::string_view>& texts,
                                                 bool in_order = true) const;

  /// match() found rule by rule with RE2 alone: what the patterns mean, for checking the
  /// one-scan matcher and for texts it cannot read exactly.
  std::vector<RuleMatch> match_reference(std::string_view text) const;

  /// Labels as integers, so that a finding's weights are counted without strings.
  struct LabelTable {
    std::vector<std::string> labels;           ///< distinct labels, in order of first rule
    std::vector<std::size_t> rule_label;       ///< per rule: index into labels
    std::vector<int> threshold;                ///< per label
    std::vector<std::size_t> label_kind;       ///< per label: index into kinds
    std::vector<std::string> kinds;            ///< distinct label kinds ("agency", "theme", ...)
    std::vector<int> share;                    ///< per kind: percent of the strongest label it needs
  };

  /// The labels of the rules as integers.
  const LabelTable& label_table() const;

  /// How many rules Hyperscan reads (the others are matched by RE2 alone).
  std::size_t rules_in_scanner() const;

  /// The compiled matchers (internal: src/rules/rule_set_impl.h).
  struct Impl;

  /// The compiled rules, in file order.
  const std::vector<RuleSpec>& rules() const { return rules_; }

  /// Threshold of LABEL (default 1).
  int threshold(const std::string& label) const;

  /// Percent of the strongest label of KIND that a label of that kind needs (default 0).
  int share(const std::string& kind) const;

  /// The pattern by which documents define acronyms (group 1 the acronym), or null.
  const re2::RE2* acronym_definition() const;

 private:
  RuleSet();
  static std::shared_ptr<const RuleSet> compile(const RuleFile& file, std::vector<Diagnostic>* diagnostics,
                                                bool prechecked);
  std::unique_ptr<Impl> impl_;
  std::vector<RuleSpec> rules_;
  std::map<std::string, int> thresholds_;
  std::map<std::string, int> shares_;
};

/// A label whose rules matched in a finding but which stayed under its threshold or its
/// share of the strongest label of its kind, so it was not given.
struct NearMiss {
  std::string label;
  int weight = 0;  ///< what its matches added up to (each rule counted at most twice)
  int needed = 0;  ///< what it needed: its threshold, or its share of the strongest label when more
  std::vector<Evidence> evidence;  ///< its matches, as evidence would list them
};

/// Labels the findings of RECORD (agencies, themes, other labels) with evidence, reading
/// TEXT (the analysed text): splits each finding's spans where TEXT has more white space
/// than the finding's text (a page break inside a paragraph), so that spans alone map the
/// text to the input, keeps the acronyms TEXT defines in `document.acronyms`, then labels
/// as tag_record does. NEAR_MISSES, when given, gets per finding the labels that matched
/// but stayed under their threshold or share.
void tag_document(std::string_view text, const RuleSet& rules, Record* record,
                  std::vector<std::vector<NearMiss>>* near_misses = nullptr);

/// Labels the findings of RECORD again from what the record holds (findings' texts and
/// spans, `document.acronyms`), without the document: the same labels and evidence as
/// analysing the document with RULES.
void tag_record(Record* record, const RuleSet& rules, std::vector<std::vector<NearMiss>>* near_misses = nullptr);

}  // namespace jtai
