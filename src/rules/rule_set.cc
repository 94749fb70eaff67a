// Compiling rules into one RE2::Set and matching it; positions are taken only for the
// patterns the set reports (the FilteredRE2 idea: one pass finds the candidates).
#include <algorithm>
#include <cctype>
#include <map>

#include <re2/re2.h>
#include <re2/set.h>

#include "jtai/rules.h"
#include "text/text_util.h"

namespace jtai {
namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }

bool all_caps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isupper(static_cast<unsigned char>(c))) ++letters;
  }
  return letters >= 2;
}

// A phrase as a regex: words separated by any white space, ' and ’ alike, a hyphen also
// matching a space or nothing, `*` at a word end for any ending, ALL-CAPS words matched
// as written, whole words at both ends.
std::string phrase_regex(std::string_view phrase) {
  std::vector<std::string> ws;
  for (const auto& w : split_words(phrase)) ws.emplace_back(w.text);
  std::string out;
  for (std::size_t k = 0; k < ws.size(); ++k) {
    std::string w = ws[k];
    bool star = !w.empty() && w.back() == '*';
    if (star) w.pop_back();
    std::string piece;
    for (std::size_t c = 0; c < w.size(); ++c) {
      if (w[c] == '\'' ) piece += "['\u2019]";
      else if (w.compare(c, 3, "\u2019") == 0) { piece += "['\u2019]"; c += 2; }
      else if (w[c] == '-') piece += "[- ]?";
      else piece += re2::RE2::QuoteMeta(std::string(1, w[c]));
    }
    if (star) piece += "\\w*";
    if (all_caps(w)) piece = "(?-i:" + piece + ")";
    if (k) out += "\\s+";
    out += piece;
  }
  std::string front = !ws.empty() && word_char(ws.front().front()) ? "\\b" : "";
  std::string back = !ws.empty() && (word_char(ws.back().back()) || ws.back().back() == '*') ? "\\b" : "";
  return front + "(?:" + out + ")" + back;
}

std::string pattern_regex(const PatternSpec& p) {
  if (p.type == PatternSpec::Type::kPhrase) return phrase_regex(p.text);
  return "\\b(?:" + p.text + ")\\b";
}

re2::RE2::Options options() {
  re2::RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);  // room for the DFA of a few hundred phrases, so it never falls back to the NFA
  return o;
}

re2::RE2::Options longest() {
  re2::RE2::Options o = options();
  o.set_longest_match(true);
  return o;
}

// Texts whose every position is tried for an empty match: word and non-word characters
// on either side, line breaks, the ends of a text.
constexpr std::string_view kEmptyProbes[] = {"", "a", " ", "a b", "ab", "1", ".", "a.b", "a\nb", "A-B"};

// Whether RE (wrapped as the tagger uses it) can match the empty string somewhere: such a
// pattern would add a zero-length span at every word boundary of every finding.
bool matches_empty(const re2::RE2& re) {
  for (std::string_view probe : kEmptyProbes) {
    re2::StringPiece sp(probe.data(), probe.size());
    for (std::size_t k = 0; k <= probe.size(); ++k)
      if (re.Match(sp, k, k, re2::RE2::ANCHOR_BOTH, nullptr, 0)) return true;
  }
  return false;
}

const char* kEmptyMatch = "pattern matches the empty string (it would mark every word boundary); make it need at least one character";

std::string kind_name(const PatternSpec& p) { return p.type == PatternSpec::Type::kRegex ? "regex" : "phrase"; }

// The file the rules came from, for a diagnostic about all of them.
std::string file_of(const RuleFile& file) { return file.rules.empty() ? std::string("rules") : file.rules.front().file; }


// The wrapped regexes of SPEC's patterns that parse, each alone and wrapped (into CHECK,
// which parses without compiling); KEPT receives their specs, DIAGS the others.
std::vector<std::string> parsed_patterns(const RuleSpec& spec, re2::RE2::Set& check, std::vector<PatternSpec>* kept,
                                         std::vector<Diagnostic>* diags) {
  std::vector<std::string> regexes;
  for (const auto& p : spec.patterns) {
    std::string re = pattern_regex(p);
    std::string error;
    // A regex must parse on its own first, so that `zzz)|(?:` cannot close the
    // whole-word wrapper and open a pattern of its own.
    bool alone = p.type != PatternSpec::Type::kRegex || check.Add(p.text, &error) >= 0;
    if (!alone || check.Add(re, &error) < 0) {
      // Report the error of the pattern as written, not of its wrapped form.
      re2::RE2 as_written(p.type == PatternSpec::Type::kRegex ? p.text : re, options());
      std::string why = !as_written.ok() ? as_written.error() : error;
      if (diags) diags->push_back({spec.file, p.line, p.col, "bad " + kind_name(p) + ": " + why, ""});
      continue;
    }
    regexes.push_back(re);
    kept->push_back(p);
  }
  return regexes;
}

std::string alternation_of(const std::vector<std::string>& regexes) {
  std::string alternation;
  for (const auto& re : regexes) alternation += (alternation.empty() ? "(?:" : "|(?:") + re + ")";
  return alternation;
}

// The alternation of REGEXES (into ALTERNATION) compiled leftmost-longest, or null when
// there are none. Only when it matches the empty string is each pattern compiled alone, to
// report and drop (from REGEXES and KEPT) the ones that do.
std::unique_ptr<re2::RE2> compile_alternation(const RuleSpec& spec, std::vector<std::string>* regexes,
                                              std::vector<PatternSpec>* kept, std::string* alternation,
                                              std::vector<Diagnostic>* diags) {
  *alternation = alternation_of(*regexes);
  if (alternation->empty()) return nullptr;
  auto combined = std::make_unique<re2::RE2>(*alternation, longest());
  if (!combined->ok() || !matches_empty(*combined)) return combined;
  std::vector<PatternSpec> good;
  std::vector<std::string> good_regexes;
  for (std::size_t k = 0; k < regexes->size(); ++k) {
    const PatternSpec& p = (*kept)[k];
    if (matches_empty(re2::RE2((*regexes)[k], options()))) {
      if (diags) diags->push_back({spec.file, p.line, p.col, "bad " + kind_name(p) + ": " + kEmptyMatch, ""});
    } else {
      good.push_back(p);
      good_regexes.push_back((*regexes)[k]);
    }
  }
  *kept = std::move(good);
  *regexes = std::move(good_regexes);
  *alternation = alternation_of(*regexes);
  return alternation->empty() ? nullptr : std::make_unique<re2::RE2>(*alternation, longest());
}

}  // namespace

// One set entry per rule: the alternation of its patterns. A text is scanned once by the
// set and once more by each rule the set reports, which finds that rule's matches
// leftmost-longest ("health agencies", not "health" inside it).
struct RuleSet::Impl {
  re2::RE2::Set set{options(), re2::RE2::UNANCHORED};
  std::vector<std::unique_ptr<re2::RE2>> patterns;  // index as in the set: one per rule with patterns
  std::vector<std::size_t> pattern_rule;            // set index → rule index
  std::vector<std::vector<std::unique_ptr<re2::RE2>>> unless;  // per rule
  std::unique_ptr<re2::RE2> acronyms;                           // how a document defines an acronym
  bool compiled = false;
};

RuleSet::RuleSet() : impl_(std::make_unique<Impl>()) {}
RuleSet::~RuleSet() = default;

std::shared_ptr<const RuleSet> RuleSet::compile(const RuleFile& file, std::vector<Diagnostic>* diags) {
  std::shared_ptr<RuleSet> rs(new RuleSet());
  rs->thresholds_ = file.thresholds;
  rs->shares_ = file.shares;
  // Each pattern is checked on its own by parsing it (Set::Add parses without compiling);
  // only the rule's alternation is compiled.
  re2::RE2::Set check(options(), re2::RE2::UNANCHORED);
  for (const auto& spec : file.rules) {
    std::size_t index = rs->rules_.size();
    RuleSpec kept = spec;
    kept.patterns.clear();
    std::vector<std::unique_ptr<re2::RE2>> unless;
    std::vector<std::string> regexes = parsed_patterns(spec, check, &kept.patterns, diags);
    std::string alternation;
    std::unique_ptr<re2::RE2> combined = compile_alternation(spec, &regexes, &kept.patterns, &alternation, diags);
    if (combined) {
      std::string error;
      if (combined->ok() && rs->impl_->set.Add(alternation, &error) >= 0) {
        rs->impl_->patterns.push_back(std::move(combined));
        rs->impl_->pattern_rule.push_back(index);
      } else if (diags) {
        diags->push_back({spec.file, spec.line, 1, "rule too large to compile: " + (combined->ok() ? error : combined->error()), ""});
      }
    }
    for (const auto& p : spec.unless) {
      auto compiled = std::make_unique<re2::RE2>(pattern_regex(p), options());
      if (!compiled->ok()) {
        if (diags) diags->push_back({spec.file, p.line, p.col, "bad phrase: " + compiled->error(), ""});
      } else if (matches_empty(*compiled)) {
        if (diags) diags->push_back({spec.file, p.line, p.col, std::string("bad phrase: ") + kEmptyMatch, ""});
      } else {
        unless.push_back(std::move(compiled));
      }
    }
    rs->impl_->unless.push_back(std::move(unless));
    rs->rules_.push_back(std::move(kept));
  }
  if (!file.acronyms.text.empty()) {
    re2::RE2::Options o;
    o.set_log_errors(false);
    auto re = std::make_unique<re2::RE2>(file.acronyms.text, o);
    if (!re->ok() || re->NumberOfCapturingGroups() < 1) {
      if (diags)
        diags->push_back({file.acronyms_file, file.acronyms.line, file.acronyms.col,
                          re->ok() ? "an acronyms pattern needs a group for the acronym" : "bad regex: " + re->error(), ""});
    } else {
      rs->impl_->acronyms = std::move(re);
    }
  }
  rs->impl_->compiled = rs->impl_->patterns.empty() || rs->impl_->set.Compile();
  if (!rs->impl_->compiled && diags) {
    // Without the set no finding would get any label: the rules cannot be used at all.
    diags->push_back({file_of(file), 0, 0, "the rules do not compile together (RE2 ran out of its memory budget); use fewer or simpler patterns", ""});
  }
  return rs;
}

std::vector<RuleMatch> RuleSet::match(std::string_view text) const {
  std::vector<RuleMatch> out;
  if (impl_->patterns.empty()) return out;
  std::vector<int> hits;
  re2::StringPiece sp(text.data(), text.size());
  if (!impl_->set.Match(sp, &hits)) return out;
  std::sort(hits.begin(), hits.end());
  // Each rule's `unless` phrases are found once per text, then matches they overlap are dropped.
  std::map<std::size_t, std::vector<std::pair<std::size_t, std::size_t>>> vetoes;
  auto vetoes_of = [&](std::size_t rule) -> const std::vector<std::pair<std::size_t, std::size_t>>& {
    auto it = vetoes.find(rule);
    if (it != vetoes.end()) return it->second;
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    for (const auto& u : impl_->unless[rule]) {
      re2::StringPiece um;
      std::size_t from = 0;
      while (from < sp.size() && u->Match(sp, from, sp.size(), re2::RE2::UNANCHORED, &um, 1)) {
        std::size_t ub = static_cast<std::size_t>(um.data() - sp.data());
        std::size_t ue = ub + um.size();
        spans.emplace_back(ub, ue);
        from = ue > ub ? ue : ub + 1;
      }
    }
    return vetoes.emplace(rule, std::move(spans)).first->second;
  };
  for (int h : hits) {
    auto hi = static_cast<std::size_t>(h);
    std::size_t rule = impl_->pattern_rule[hi];
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < sp.size() && impl_->patterns[hi]->Match(sp, pos, sp.size(), re2::RE2::UNANCHORED, &m, 1)) {
      std::size_t b = static_cast<std::size_t>(m.data() - sp.data());
      std::size_t e = b + m.size();
      bool vetoed = false;
      if (!impl_->unless[rule].empty())
        for (auto [ub, ue] : vetoes_of(rule))
          if (ub < e && b < ue) {
            vetoed = true;
            break;
          }
      if (!vetoed) out.push_back({rule, b, e});
      pos = e > b ? e : b + 1;
    }
  }
  std::sort(out.begin(), out.end(), [](const RuleMatch& a, const RuleMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.rule < b.rule;
  });
  return out;
}

const re2::RE2* RuleSet::acronym_definition() const { return impl_->acronyms.get(); }

int RuleSet::share(const std::string& kind) const {
  auto it = shares_.find(kind);
  return it == shares_.end() ? 0 : it->second;
}

int RuleSet::threshold(const std::string& label) const {
  auto it = thresholds_.find(label);
  return it == thresholds_.end() ? 1 : it->second;
}

}  // namespace jtai
