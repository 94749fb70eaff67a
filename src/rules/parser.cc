// Parsing of rule files into RuleSpecs, with file:line:col diagnostics.
#include <algorithm>
#include <cctype>
#include <set>

#include "data/builtin_data.h"
#include "jtai/rules.h"
#include "text/text_util.h"

namespace jtai {
namespace {

// A threshold is a sum of rule weights (each at most 999): six digits are plenty.
constexpr std::size_t kMaxThresholdDigits = 6;
// Rules in one file and patterns (phrases and regexes) in one rule beyond which compiling
// would take seconds: the built-in files have 52 rules and at most 30 patterns a rule.
constexpr std::size_t kMaxRules = 5000;
constexpr std::size_t kMaxPatternsPerRule = 1000;

bool valid_label(std::string_view s) {
  auto colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == s.size()) return false;
  for (char c : s)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' ||
          c == ':' || c == '/' || c == '_'))
      return false;
  return true;
}

bool valid_id(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_')) return false;
  return true;
}

struct ColumnWord {
  std::string text;
  int col;  // 1-based
};

std::vector<ColumnWord> words(std::string_view line) {
  std::vector<ColumnWord> out;
  for (const auto& w : split_words(line)) out.push_back({std::string(w.text), static_cast<int>(w.offset) + 1});
  return out;
}

}  // namespace


namespace {

// One pass over a rules file: statements at column 0, rule lines indented under a rule.
class Parser {
 public:
  Parser(std::string_view file, std::vector<Diagnostic>* diags) : file_(file), diags_(diags) {}

  RuleFile run(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark some editors write
    std::size_t pos = 0;
    while (pos < text.size()) {
      std::size_t eol = text.find('\n', pos);
      if (eol == std::string_view::npos) eol = text.size();
      std::string_view line = text.substr(pos, eol - pos);
      pos = eol + 1;
      ++line_no_;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      std::size_t first = line.find_first_not_of(" \t");
      if (first == std::string_view::npos || line[first] == '#') continue;
      line_ = line;
      if (first == 0) statement(words(line));
      else rule_line(first, words(line));
      if (stop_) break;
    }
    if (out_.rules.empty() && out_.thresholds.empty() && out_.shares.empty() && out_.acronyms.text.empty() &&
        out_.labels.empty() && reported_ == 0)
      diag(0, 0, "no rules (the file is empty or has only comments)", "");
    for (const auto& r : out_.rules)
      if (r.patterns.empty() && !rules_with_errors_.count(r.id))
        diag(r.line, 1, "rule '" + r.id + "' has no match or regex line", "");
    return std::move(out_);
  }

 private:
  void diag(int line, int col, std::string message, std::string_view source) {
    ++reported_;
    if (in_rule_ && !out_.rules.empty()) rules_with_errors_.insert(out_.rules.back().id);
    if (diags_) diags_->push_back({std::string(file_), line, col, std::move(message), std::string(source)});
  }
  void report(int col, std::string message) { diag(line_no_, col, std::move(message), line_); }
  int end_col() const { return static_cast<int>(line_.size()) + 1; }

  void statement(const std::vector<ColumnWord>& w) {
    in_rule_ = false;
    under_bad_rule_ = false;
    const std::string& key = w[0].text;
    if (key == "rule") rule(w);
    else if (key == "threshold") threshold(w);
    else if (key == "share") share(w);
    else if (key == "acronyms") acronyms(w);
    else if (key == "label") label(w);
    else report(w[0].col, "unknown statement '" + key + "' (expected rule, threshold, share, acronyms or label)");
  }

  // "weight=N": the weight, or 0 after reporting a bad value.
  int weight_option(const ColumnWord& w) {
    std::string n = w.text.substr(7);
    if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) == 0) {
      report(w.col + 7, "weight must be a whole number from 1 to 999, found '" + n + "'");
      return 0;
    }
    return std::stoi(n);
  }

  void rule(const std::vector<ColumnWord>& w) {
    if (w.size() < 3) {
      report(end_col(), "a rule needs an id and a label: rule ID LABEL [weight=N]");
      under_bad_rule_ = true;
      return;
    }
    RuleSpec r;
    r.file = std::string(file_);
    r.line = line_no_;
    r.id = w[1].text;
    r.label = w[2].text;
    bool ok = true;
    if (!valid_id(r.id)) {
      report(w[1].col, "bad rule id '" + r.id + "' (letters, digits, '.', '-', '_')");
      ok = false;
    } else if (ids_.count(r.id)) {
      report(w[1].col, "rule id '" + r.id + "' is defined twice");
      ok = false;
    }
    if (!valid_label(r.label)) {
      report(w[2].col, "bad label '" + r.label + "' (expected kind:name, e.g. theme:timeliness)");
      ok = false;
    }
    for (std::size_t k = 3; k < w.size(); ++k) {
      if (w[k].text.rfind("weight=", 0) == 0) {
        r.weight = weight_option(w[k]);
        ok = ok && r.weight > 0;
      } else {
        report(w[k].col, "unknown rule option '" + w[k].text + "' (expected weight=N)");
        ok = false;
      }
    }
    if (!ok) {
      under_bad_rule_ = true;
      return;
    }
    if (out_.rules.size() >= kMaxRules) {
      report(1, "more than " + std::to_string(kMaxRules) + " rules in one file; split or simplify them");
      stop_ = true;
      return;
    }
    ids_.insert(r.id);
    out_.rules.push_back(std::move(r));
    in_rule_ = true;
  }

  void threshold(const std::vector<ColumnWord>& w) {
    if (w.size() != 3 || !valid_label(w[1].text) || w[2].text.empty() || w[2].text.size() > kMaxThresholdDigits ||
        w[2].text.find_first_not_of("0123456789") != std::string::npos) {
      report(w.size() > 1 ? w[1].col : end_col(), "expected: threshold LABEL N (N a whole number up to 999999)");
      return;
    }
    out_.thresholds[w[1].text] = std::stoi(w[2].text);
  }

  void share(const std::vector<ColumnWord>& w) {
    bool ok = w.size() == 3 && !w[1].text.empty() && w[1].text.find(':') == std::string::npos && !w[2].text.empty() &&
              w[2].text.size() <= 3 && w[2].text.find_first_not_of("0123456789") == std::string::npos &&
              std::stoi(w[2].text) <= 100;
    if (!ok) {
      report(w.size() > 1 ? w[1].col : end_col(), "expected: share KIND PERCENT (e.g. share theme 50)");
      return;
    }
    out_.shares[w[1].text] = std::stoi(w[2].text);
  }

  void acronyms(const std::vector<ColumnWord>& w) {
    if (w.size() < 2) {
      report(end_col(), "expected: acronyms PATTERN (group 1 the acronym)");
      return;
    }
    auto at = static_cast<std::size_t>(w[1].col - 1);
    out_.acronyms = {PatternSpec::Type::kRegex, std::string(line_.substr(at)), line_no_, w[1].col};
    out_.acronyms_file = std::string(file_);
  }

  // label KIND:NAME "what it means": declares a label beyond the taxonomy's.
  void label(const std::vector<ColumnWord>& w) {
    std::string_view rest = w.size() > 2 ? line_.substr(static_cast<std::size_t>(w[2].col - 1)) : "";
    if (w.size() < 3 || !valid_label(w[1].text) || rest.size() < 3 || rest.front() != '"' || rest.back() != '"') {
      report(w.size() > 1 ? w[1].col : end_col(), "expected: label KIND:NAME \"what it means\"");
      return;
    }
    out_.labels[w[1].text] = std::string(rest.substr(1, rest.size() - 2));
  }

  // "match a | b", "unless a | b": the phrases between the bars.
  void phrases(const std::string& key, const std::string& value, int value_col, RuleSpec& r) {
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t bar = value.find('|', start);
      if (bar == std::string::npos) bar = value.size();
      std::size_t b = start, e = bar;
      while (b < e && (value[b] == ' ' || value[b] == '\t')) ++b;
      while (e > b && (value[e - 1] == ' ' || value[e - 1] == '\t')) --e;
      if (b == e) {
        report(value_col + static_cast<int>(start), "empty phrase");
      } else {
        PatternSpec p{PatternSpec::Type::kPhrase, value.substr(b, e - b), line_no_, value_col + static_cast<int>(b)};
        (key == "match" ? r.patterns : r.unless).push_back(p);
      }
      start = bar + 1;
    }
  }

  void rule_line(std::size_t first, const std::vector<ColumnWord>& w) {
    if (!in_rule_) {
      // Lines under a rule that was reported already add nothing new; others are stray.
      if (!under_bad_rule_) report(static_cast<int>(first) + 1, "indented line outside a rule");
      return;
    }
    const std::string& key = w[0].text;
    std::size_t value_at = first + key.size();
    while (value_at < line_.size() && (line_[value_at] == ' ' || line_[value_at] == '\t')) ++value_at;
    std::string value(line_.substr(std::min(value_at, line_.size())));
    int value_col = static_cast<int>(value_at) + 1;
    if (value.empty()) {
      report(value_col, "'" + key + "' needs a value");
    } else if (key == "match" || key == "unless") {
      phrases(key, value, value_col, out_.rules.back());
    } else if (key == "regex") {
      out_.rules.back().patterns.push_back({PatternSpec::Type::kRegex, value, line_no_, value_col});
    } else {
      report(static_cast<int>(first) + 1, "unknown rule line '" + key + "' (expected match, regex or unless)");
    }
    RuleSpec& r = out_.rules.back();
    if (r.patterns.size() + r.unless.size() > kMaxPatternsPerRule) {
      report(static_cast<int>(first) + 1,
             "rule '" + r.id + "' has more than " + std::to_string(kMaxPatternsPerRule) + " patterns; split it");
      r.patterns.clear();
      r.unless.clear();
      in_rule_ = false;
      under_bad_rule_ = true;
    }
  }

  std::string_view file_;
  std::vector<Diagnostic>* diags_;
  RuleFile out_;
  std::set<std::string> ids_;
  std::set<std::string> rules_with_errors_;  // a rule whose lines were reported needs no more words
  bool in_rule_ = false;                     // whether indented lines have a rule to belong to
  bool under_bad_rule_ = false;              // the last rule line was reported
  int line_no_ = 0;
  std::size_t reported_ = 0;  // problems reported so far
  bool stop_ = false;         // too many rules: the rest of the file is not read
  std::string_view line_;
};

}  // namespace

RuleFile parse_rules(std::string_view text, std::string_view file, std::vector<Diagnostic>* diags) {
  return Parser(file, diags).run(text);
}

std::string builtin_rules_text() {
  std::string out;
  for (const auto& f : builtin_files())
    if (f.name.rfind("rules/", 0) == 0) out += std::string(f.text);
  return out;
}

RuleFile builtin_rules() {
  RuleFile all;
  std::vector<Diagnostic> diags;
  for (const auto& f : builtin_files()) {
    if (f.name.rfind("rules/", 0) != 0) continue;
    merge_rules(&all, parse_rules(f.text, "data/" + std::string(f.name), &diags), &diags);
  }
  check_labels(all, &diags);
  if (!diags.empty()) throw std::runtime_error("built-in rules are broken: " + render(diags.front()));
  return all;
}

void merge_rules(RuleFile* base, const RuleFile& extra, std::vector<Diagnostic>* diags) {
  for (const auto& r : extra.rules) {
    bool dup = std::any_of(base->rules.begin(), base->rules.end(), [&](const RuleSpec& b) { return b.id == r.id; });
    if (dup) {
      auto first = std::find_if(base->rules.begin(), base->rules.end(), [&](const RuleSpec& b) { return b.id == r.id; });
      if (diags)
        diags->push_back({r.file, r.line, 6,
                          "rule id '" + r.id + "' is already defined at " + first->file + ":" + std::to_string(first->line),
                          ""});
      continue;
    }
    base->rules.push_back(r);
  }
  for (const auto& [label, n] : extra.thresholds) base->thresholds[label] = n;
  for (const auto& [kind, n] : extra.shares) base->shares[kind] = n;
  for (const auto& [label, meaning] : extra.labels) base->labels[label] = meaning;
  if (!extra.acronyms.text.empty()) {
    base->acronyms = extra.acronyms;
    base->acronyms_file = extra.acronyms_file;
  }
}

namespace {

// Edits (insert, delete, substitute) between A and B, for "did you mean".
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// A declared label this close to a misspelt one is suggested.
constexpr std::size_t kSuggestEdits = 2;

}  // namespace

void check_labels(const RuleFile& rules, std::vector<Diagnostic>* diags) {
  std::set<std::string> governed;  // label kinds the declarations cover: agency, theme
  for (const auto& [label, meaning] : rules.labels) governed.insert(label.substr(0, label.find(':')));
  for (const auto& r : rules.rules) {
    std::string kind = r.label.substr(0, r.label.find(':'));
    std::string top = r.label.substr(0, r.label.find('/'));  // agency:health/camhs is agency:health's
    if (!governed.count(kind) || rules.labels.count(top)) continue;
    std::string message = "unknown " + kind + " '" + top.substr(kind.size() + 1) + "', not in the taxonomy";
    for (const auto& [label, meaning] : rules.labels)
      if (label.rfind(kind + ":", 0) == 0 && edit_distance(label, top) <= kSuggestEdits) {
        message += " (did you mean " + label + "?)";
        break;
      }
    message += "; to add it, declare: label " + top + " \"what it means\"";
    if (diags) diags->push_back({r.file, r.line, static_cast<int>(r.id.size()) + 7, message, ""});
  }
}

}  // namespace jtai
