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


RuleFile parse_rules(std::string_view text, std::string_view file, std::vector<Diagnostic>* diags) {
  RuleFile out;
  std::set<std::string> ids;
  std::set<std::string> rules_with_errors;  // a rule whose lines were reported needs no more words
  bool in_rule = false;         // whether indented lines have a rule to belong to
  bool under_bad_rule = false;  // the last rule line was reported
  int line_no = 0;
  std::size_t pos = 0;
  std::size_t reported = 0;
  auto report = [&](int line, int col, std::string message, std::string_view source) {
    ++reported;
    if (in_rule && !out.rules.empty()) rules_with_errors.insert(out.rules.back().id);
    if (diags) diags->push_back({std::string(file), line, col, std::move(message), std::string(source)});
  };
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark some editors write
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    bool indented = first > 0;
    auto w = words(line);
    const std::string& key = w[0].text;
    if (!indented) {
      in_rule = false;
      under_bad_rule = false;
      if (key == "rule") {
        if (w.size() < 3) {
          report(line_no, static_cast<int>(line.size()) + 1, "a rule needs an id and a label: rule ID LABEL [weight=N]", line);
          under_bad_rule = true;
          continue;
        }
        RuleSpec r;
        r.file = std::string(file);
        r.line = line_no;
        r.id = w[1].text;
        r.label = w[2].text;
        bool ok = true;
        if (!valid_id(r.id)) {
          report(line_no, w[1].col, "bad rule id '" + r.id + "' (letters, digits, '.', '-', '_')", line);
          ok = false;
        } else if (ids.count(r.id)) {
          report(line_no, w[1].col, "rule id '" + r.id + "' is defined twice", line);
          ok = false;
        }
        if (!valid_label(r.label)) {
          report(line_no, w[2].col, "bad label '" + r.label + "' (expected kind:name, e.g. theme:timeliness)", line);
          ok = false;
        }
        for (std::size_t k = 3; k < w.size(); ++k) {
          const std::string& opt = w[k].text;
          if (opt.rfind("weight=", 0) == 0) {
            std::string n = opt.substr(7);
            if (n.empty() || n.size() > 3 || n.find_first_not_of("0123456789") != std::string::npos || std::stoi(n) == 0) {
              report(line_no, w[k].col + 7, "weight must be a whole number from 1 to 999, found '" + n + "'", line);
              ok = false;
            } else {
              r.weight = std::stoi(n);
            }
          } else {
            report(line_no, w[k].col, "unknown rule option '" + opt + "' (expected weight=N)", line);
            ok = false;
          }
        }
        if (ok && out.rules.size() >= kMaxRules) {
          report(line_no, 1, "more than " + std::to_string(kMaxRules) + " rules in one file; split or simplify them", line);
          return out;
        }
        if (ok) {
          ids.insert(r.id);
          out.rules.push_back(std::move(r));
          in_rule = true;
        } else {
          under_bad_rule = true;
        }
      } else if (key == "threshold") {
        if (w.size() != 3 || !valid_label(w[1].text) || w[2].text.empty() || w[2].text.size() > kMaxThresholdDigits ||
            w[2].text.find_first_not_of("0123456789") != std::string::npos) {
          report(line_no, w.size() > 1 ? w[1].col : static_cast<int>(line.size()) + 1,
                 "expected: threshold LABEL N (N a whole number up to 999999)", line);
          continue;
        }
        out.thresholds[w[1].text] = std::stoi(w[2].text);
      } else if (key == "share") {
        bool ok = w.size() == 3 && !w[1].text.empty() && w[1].text.find(':') == std::string::npos &&
                  !w[2].text.empty() && w[2].text.size() <= 3 &&
                  w[2].text.find_first_not_of("0123456789") == std::string::npos && std::stoi(w[2].text) <= 100;
        if (!ok) {
          report(line_no, w.size() > 1 ? w[1].col : static_cast<int>(line.size()) + 1,
                 "expected: share KIND PERCENT (e.g. share theme 50)", line);
          continue;
        }
        out.shares[w[1].text] = std::stoi(w[2].text);
      } else if (key == "acronyms") {
        std::size_t at = line.find_first_not_of(" \t", first + key.size());
        if (at == std::string_view::npos) {
          report(line_no, static_cast<int>(line.size()) + 1, "expected: acronyms PATTERN (group 1 the acronym)", line);
          continue;
        }
        out.acronyms = {PatternSpec::Type::kRegex, std::string(line.substr(at)), line_no, static_cast<int>(at) + 1};
        out.acronyms_file = std::string(file);
      } else {
        report(line_no, w[0].col, "unknown statement '" + key + "' (expected rule, threshold, share or acronyms)", line);
      }
      continue;
    }
    if (!in_rule) {
      // Lines under a rule that was reported already add nothing new; others are stray.
      if (!under_bad_rule) report(line_no, static_cast<int>(first) + 1, "indented line outside a rule", line);
      continue;
    }
    RuleSpec& r = out.rules.back();
    std::size_t value_at = first + key.size();
    while (value_at < line.size() && (line[value_at] == ' ' || line[value_at] == '\t')) ++value_at;
    std::string value(line.substr(std::min(value_at, line.size())));
    int value_col = static_cast<int>(value_at) + 1;
    if (value.empty()) {
      report(line_no, value_col, "'" + key + "' needs a value", line);
      continue;
    }
    if (key == "match" || key == "unless") {
      std::size_t start = 0;
      while (start <= value.size()) {
        std::size_t bar = value.find('|', start);
        if (bar == std::string::npos) bar = value.size();
        std::size_t b = start, e = bar;
        while (b < e && (value[b] == ' ' || value[b] == '\t')) ++b;
        while (e > b && (value[e - 1] == ' ' || value[e - 1] == '\t')) --e;
        if (b == e) {
          report(line_no, value_col + static_cast<int>(start), "empty phrase", line);
        } else {
          PatternSpec p{PatternSpec::Type::kPhrase, value.substr(b, e - b), line_no, value_col + static_cast<int>(b)};
          (key == "match" ? r.patterns : r.unless).push_back(p);
        }
        start = bar + 1;
      }
    } else if (key == "regex") {
      r.patterns.push_back({PatternSpec::Type::kRegex, value, line_no, value_col});
    } else {
      report(line_no, static_cast<int>(first) + 1, "unknown rule line '" + key + "' (expected match, regex or unless)", line);
    }
    if (r.patterns.size() + r.unless.size() > kMaxPatternsPerRule) {
      report(line_no, static_cast<int>(first) + 1,
             "rule '" + r.id + "' has more than " + std::to_string(kMaxPatternsPerRule) + " patterns; split it", line);
      r.patterns.clear();
      r.unless.clear();
      in_rule = false;
      under_bad_rule = true;
    }
  }
  if (out.rules.empty() && out.thresholds.empty() && out.shares.empty() && out.acronyms.text.empty() &&
      reported == 0)
    report(0, 0, "no rules (the file is empty or has only comments)", "");
  for (const auto& r : out.rules)
    if (r.patterns.empty() && !rules_with_errors.count(r.id))
      report(r.line, 1, "rule '" + r.id + "' has no match or regex line", "");
  return out;
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
  if (!diags.empty()) throw std::runtime_error("built-in rules are broken: " + render(diags.front()));
  return all;
}

void merge_rules(RuleFile* base, const RuleFile& extra, std::vector<Diagnostic>* diags) {
  for (const auto& r : extra.rules) {
    bool dup = std::any_of(base->rules.begin(), base->rules.end(), [&](const RuleSpec& b) { return b.id == r.id; });
    if (dup) {
      if (diags) diags->push_back({r.file, r.line, 6, "rule id '" + r.id + "' is already defined", ""});
      continue;
    }
    base->rules.push_back(r);
  }
  for (const auto& [label, n] : extra.thresholds) base->thresholds[label] = n;
  for (const auto& [kind, n] : extra.shares) base->shares[kind] = n;
  if (!extra.acronyms.text.empty()) {
    base->acronyms = extra.acronyms;
    base->acronyms_file = extra.acronyms_file;
  }
}

}  // namespace jtai
