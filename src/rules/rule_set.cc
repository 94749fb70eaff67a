// Compiling rules: each pattern checked and each rule compiled with RE2 (which defines
// what a rule matches and reports bad patterns), then every pattern Hyperscan can read
// exactly put into one database (rule_set_impl.h); rules it cannot read stay with RE2.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

#include <hs.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "jtai/rules.h"
#include "rules/patterns.h"
#include "rules/phrases.h"
#include "rules/rule_set_impl.h"

namespace jtai {
namespace {

re2::RE2::Options options() {
  re2::RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(64 << 20);  // room for the DFA of a long alternation, so it never falls back to the NFA
  return o;
}

re2::RE2::Options longest() {
  re2::RE2::Options o = options();
  o.set_longest_match(true);
  return o;
}

using Target = RuleSet::Impl::Target;

// The spellings of each phrase, worked out once while a rule set compiles: each phrase
// is asked about when it is parsed, when its rule's compile is put off, when the
// databases' lists are made and when its literals are added to them.
class Spellings {
 public:
  const std::optional<std::vector<PhraseLiteral>>& of(const std::string& phrase) {
    auto it = memo_.find(phrase);
    if (it == memo_.end()) it = memo_.emplace(phrase, phrase_literals(phrase)).first;
    return it->second;
  }

  // True when P is a phrase Hyperscan spells out as literals: ASCII words and ’, whose
  // RE2 form always parses and never matches the empty string.
  bool spelt_out(const PatternSpec& p) { return p.type == PatternSpec::Type::kPhrase && of(p.text).has_value(); }

 private:
  std::unordered_map<std::string, std::optional<std::vector<PhraseLiteral>>> memo_;
};

// What makes two expressions one: the same pattern, flags and literal checks.
std::string expression_key(const std::string& pattern, unsigned flags, const PhraseLiteral* l, bool hazard) {
  std::string key = pattern;
  key += '\0';
  key += std::to_string(flags);
  key += hazard ? 'h' : 'p';
  if (!l) return key;
  key += l->caseless ? 'c' : '-';
  key += l->front_boundary ? 'f' : '-';
  key += l->back_boundary ? 'b' : '-';
  key += l->star ? 's' : '-';
  for (auto [from, to] : l->exact) key += "e" + std::to_string(from) + "," + std::to_string(to);
  for (auto at : l->single_space) key += "o" + std::to_string(at);
  return key;
}

// The Hyperscan expressions of the rules, with what each id stands for; a pattern
// written the same way in several rules is one expression with a target for each.
struct ExpressionList {
  std::vector<Scanner::Expression> expressions;
  std::vector<std::vector<Target>> targets;  // by id
  std::vector<PhraseLiteral> literals;        // literal lists only, by id
  std::unordered_map<std::string, unsigned> ids;

  // Adds PATTERN (with LITERAL's checks, in a literal list) for TARGET.
  void add(std::string pattern, unsigned flags, Target target, const PhraseLiteral* literal) {
    std::string key = expression_key(pattern, flags, literal, target.kind == Target::Kind::kHazard);
    auto [it, added] = ids.emplace(std::move(key), static_cast<unsigned>(expressions.size()));
    if (added) {
      expressions.push_back({std::move(pattern), flags, it->second});
      targets.emplace_back();
      if (literal) literals.push_back(*literal);
    }
    targets[it->second].push_back(target);
  }

  RuleSet::Impl::Targets flat_targets() const {
    RuleSet::Impl::Targets out;
    for (const auto& t : targets) {
      out.first.push_back(static_cast<std::uint32_t>(out.all.size()));
      out.all.insert(out.all.end(), t.begin(), t.end());
    }
    out.first.push_back(static_cast<std::uint32_t>(out.all.size()));
    return out;
  }
};

// Where each pattern of a rule goes: spelt out as literals, else as a Hyperscan regex.
// True when it went to the literals.
bool add_pattern(const PatternSpec& p, Target target, Spellings& spellings, ExpressionList* literal,
                 ExpressionList* regex) {
  if (spellings.spelt_out(p)) {
    for (const auto& l : *spellings.of(p.text)) literal->add(l.bytes, l.caseless ? HS_FLAG_CASELESS : 0, target, &l);
    return true;
  }
  regex->add(*hyperscan_pattern(p), HS_FLAG_CASELESS, target, nullptr);
  return false;
}

bool readable(const PatternSpec& p, Spellings& spellings) { return spellings.spelt_out(p) || hyperscan_pattern(p); }

// The two databases' lists: every rule not left to RE2, then the bytes that send a text
// to RE2 (patterns.h), each list with its own.
void expressions_of(const std::vector<RuleSpec>& rules, RuleSet::Impl* impl, const std::vector<char>& by_re2,
                    Spellings& spellings, ExpressionList* literal, ExpressionList* regex) {
  impl->unless_literal.assign(rules.size(), 0);
  for (std::size_t r = 0; r < rules.size(); ++r) {
    if (!impl->rule_re[r] || by_re2[r]) continue;
    auto rule = static_cast<std::uint32_t>(r);
    for (const auto& p : rules[r].patterns) add_pattern(p, {Target::Kind::kMatch, rule}, spellings, literal, regex);
    if (impl->unless_by_re2[r]) continue;
    bool all_literal = true;
    const auto& phrases = impl->unless_phrases[r];
    for (std::size_t u = 0; u < phrases.size(); ++u)
      all_literal &=
          add_pattern(phrases[u], {Target::Kind::kUnless, rule, static_cast<std::uint32_t>(u)}, spellings, literal, regex);
    impl->unless_literal[r] = all_literal;
  }
  const PhraseLiteral none;
  for (std::string_view hazard : kFoldedHazards) literal->add(std::string(hazard), 0, {Target::Kind::kHazard, 0}, &none);
  if (!regex->expressions.empty()) regex->add(std::string(kRegexHazard), 0, {Target::Kind::kHazard, 0}, nullptr);
}

// The databases of every rule Hyperscan can read; a rule with an expression it refuses
// (checked by compiling) goes to RE2, and so does the rule of a refused unless phrase.
void build_scanner(const std::vector<RuleSpec>& rules, RuleSet::Impl* impl, Spellings& spellings) {
  std::vector<char> by_re2(rules.size(), 0);
  auto read = [&](const PatternSpec& p) { return readable(p, spellings); };
  for (std::size_t r = 0; r < rules.size(); ++r) {
    if (!impl->rule_re[r]) continue;
    by_re2[r] = !std::all_of(rules[r].patterns.begin(), rules[r].patterns.end(), read);
    impl->unless_by_re2[r] = !std::all_of(impl->unless_phrases[r].begin(), impl->unless_phrases[r].end(), read);
  }
  for (bool failed = false; !failed;) {
    ExpressionList literal, regex;
    expressions_of(rules, impl, by_re2, spellings, &literal, &regex);
    Scanner::Refusal refused;
    const ExpressionList* at = &literal;
    impl->literal_scanner = Scanner::compile(literal.expressions, true, &refused);
    impl->regex_scanner.reset();
    if (impl->literal_scanner && !regex.expressions.empty()) {
      at = &regex;
      impl->regex_scanner = Scanner::compile(regex.expressions, false, &refused);
    }
    if (impl->literal_scanner && (impl->regex_scanner || regex.expressions.empty())) {
      impl->literals = std::move(literal.literals);
      impl->literal_targets = literal.flat_targets();
      impl->regex_targets = regex.flat_targets();
      break;
    }
    failed = refused.index >= at->targets.size() || at->targets[refused.index].front().kind == Target::Kind::kHazard;
    if (!failed) {
      for (const Target& t : at->targets[refused.index])
        (t.kind == Target::Kind::kMatch ? by_re2[t.rule] : impl->unless_by_re2[t.rule]) = 1;
    } else {
      impl->literal_scanner.reset();
    }
  }
  for (std::size_t r = 0; r < rules.size(); ++r)
    if (impl->rule_re[r] && (by_re2[r] || !impl->literal_scanner)) impl->re2_rules.push_back(r);
}

std::size_t index_of(std::vector<std::string>* names, const std::string& name) {
  auto it = std::find(names->begin(), names->end(), name);
  if (it != names->end()) return static_cast<std::size_t>(it - names->begin());
  names->push_back(name);
  return names->size() - 1;
}

RuleSet::LabelTable label_table_of(const std::vector<RuleSpec>& rules, const RuleFile& file) {
  RuleSet::LabelTable t;
  for (const auto& r : rules) {
    std::size_t before = t.labels.size();
    t.rule_label.push_back(index_of(&t.labels, r.label));
    if (t.labels.size() == before) continue;
    auto threshold = file.thresholds.find(r.label);
    t.threshold.push_back(threshold == file.thresholds.end() ? 1 : threshold->second);
    std::size_t kinds_before = t.kinds.size();
    t.label_kind.push_back(index_of(&t.kinds, r.label.substr(0, r.label.find(':'))));
    if (t.kinds.size() == kinds_before) continue;
    auto share = file.shares.find(t.kinds.back());
    t.share.push_back(share == file.shares.end() ? 0 : share->second);
  }
  return t;
}

// The rule's RE2 matcher (the alternation of its good patterns) and unless phrases;
// bad patterns are reported and left out of KEPT.
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


// The wrapped regexes of SPEC's patterns that parse, each alone and wrapped (into CHECK,
// which parses without compiling); KEPT receives their specs, DIAGS the others.
std::vector<std::string> parsed_patterns(const RuleSpec& spec, re2::RE2::Set& check, Spellings& spellings,
                                         std::vector<PatternSpec>* kept, std::vector<Diagnostic>* diags) {
  std::vector<std::string> regexes;
  for (const auto& p : spec.patterns) {
    std::string re = re2_pattern(p);
    if (spellings.spelt_out(p)) {
      regexes.push_back(std::move(re));
      kept->push_back(p);
      continue;
    }
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

// Reports and drops (from REGEXES and KEPT) the patterns EMPTY marks as matching the
// empty string, in their order.
void drop_empty(const RuleSpec& spec, const std::vector<char>& empty, std::vector<std::string>* regexes,
                std::vector<PatternSpec>* kept, std::vector<Diagnostic>* diags) {
  std::vector<PatternSpec> good;
  std::vector<std::string> good_regexes;
  for (std::size_t k = 0; k < kept->size(); ++k) {
    const PatternSpec& p = (*kept)[k];
    if (empty[k]) {
      if (diags) diags->push_back({spec.file, p.line, p.col, "bad " + kind_name(p) + ": " + kEmptyMatch, ""});
      continue;
    }
    good.push_back(p);
    good_regexes.push_back((*regexes)[k]);
  }
  *kept = std::move(good);
  *regexes = std::move(good_regexes);
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
  std::vector<char> empty(regexes->size(), 0);
  for (std::size_t k = 0; k < regexes->size(); ++k) empty[k] = matches_empty(re2::RE2((*regexes)[k], options()));
  drop_empty(spec, empty, regexes, kept, diags);
  *alternation = alternation_of(*regexes);
  return alternation->empty() ? nullptr : std::make_unique<re2::RE2>(*alternation, longest());
}

// Up to this size, a rule's alternation is compiled on first use when its phrases are
// spelt out (they always parse and never match the empty string) and its other patterns,
// each compiled alone, come to at most kDeferredProgram RE2 instructions: the whole then
// stays far inside RE2's memory budget, so compiling it at load would report nothing more.
constexpr std::size_t kDeferredSize = 64 << 10;
constexpr int kDeferredProgram = 20000;

// The rule's matcher, to be compiled on first use, after reporting and dropping (from
// REGEXES and KEPT) the patterns that match the empty string, as the compile at load does;
// nullopt when it must be compiled now.
std::optional<Regex> deferred_matcher(const RuleSpec& spec, Spellings& spellings, std::vector<std::string>* regexes,
                                      std::vector<PatternSpec>* kept, std::vector<Diagnostic>* diags) {
  std::string alternation = alternation_of(*regexes);
  if (alternation.size() > kDeferredSize) return std::nullopt;
  std::vector<char> empty(kept->size(), 0);
  int program = 0;
  for (std::size_t k = 0; k < kept->size(); ++k) {
    if (spellings.spelt_out((*kept)[k])) continue;
    re2::RE2 alone((*regexes)[k], options());
    if (!alone.ok() || (program += alone.ProgramSize()) > kDeferredProgram) return std::nullopt;
    empty[k] = matches_empty(alone);
  }
  if (std::find(empty.begin(), empty.end(), 1) != empty.end()) {
    drop_empty(spec, empty, regexes, kept, diags);
    alternation = alternation_of(*regexes);
  }
  if (alternation.empty()) return Regex();
  return Regex(std::move(alternation), longest());
}

// The rule's matcher: compiled on first use where deferred_matcher allows, else now
// (reporting and dropping patterns that match the empty string); null when none is kept.
Regex rule_matcher(const RuleSpec& spec, Spellings& spellings, std::vector<std::string>* regexes,
                   std::vector<PatternSpec>* kept, std::vector<Diagnostic>* diags) {
  if (regexes->empty()) return Regex();
  if (auto deferred = deferred_matcher(spec, spellings, regexes, kept, diags)) return std::move(*deferred);
  std::string alternation;
  std::unique_ptr<re2::RE2> combined = compile_alternation(spec, regexes, kept, &alternation, diags);
  if (combined && !combined->ok()) {
    if (diags) diags->push_back({spec.file, spec.line, 1, "rule too large to compile: " + combined->error(), ""});
    combined.reset();
  }
  return combined ? Regex(std::move(combined)) : Regex();
}

// SPEC as it is, every pattern to be compiled on first use: for rules known to pass the
// checks of compile_rule.
void prechecked_rule(const RuleSpec& spec, RuleSpec* kept, RuleSet::Impl* impl) {
  kept->patterns = spec.patterns;
  std::vector<std::string> regexes;
  for (const auto& p : spec.patterns) regexes.push_back(re2_pattern(p));
  std::string alternation = alternation_of(regexes);
  std::vector<Regex> unless;
  for (const auto& p : spec.unless) unless.emplace_back(re2_pattern(p), options());
  impl->rule_re.push_back(alternation.empty() ? Regex() : Regex(std::move(alternation), longest()));
  impl->unless.push_back(std::move(unless));
  impl->unless_phrases.push_back(spec.unless);
}

// Rules (and unless phrases) whose RE2 forms are the same pattern share one Regex, so that
// it is compiled, and its DFA built up, once.
void share_identical(RuleSet::Impl* impl) {
  std::unordered_map<std::string, Regex> seen;
  auto share = [&](Regex& re) {
    if (!re) return;
    const re2::RE2::Options& o = re.options();
    std::string key = re.pattern();
    key += '\0';
    key += o.longest_match() ? 'L' : 'F';
    key += o.case_sensitive() ? 'C' : 'I';
    key += std::to_string(o.max_mem());
    auto [it, added] = seen.emplace(std::move(key), re);
    if (!added) re = it->second;
  };
  for (auto& re : impl->rule_re) share(re);
  for (auto& list : impl->unless)
    for (auto& re : list) share(re);
}

void compile_rule(const RuleSpec& spec, Spellings& spellings, RuleSpec* kept, RuleSet::Impl* impl,
                  std::vector<Diagnostic>* diags) {
  // Each pattern is checked on its own by parsing it (Set::Add parses without compiling);
  // only the rule's alternation is compiled.
  re2::RE2::Set check(options(), re2::RE2::UNANCHORED);
  std::vector<std::string> regexes = parsed_patterns(spec, check, spellings, &kept->patterns, diags);
  Regex matcher = rule_matcher(spec, spellings, &regexes, &kept->patterns, diags);
  std::vector<Regex> unless;
  std::vector<PatternSpec> phrases;
  for (const auto& p : spec.unless) {
    if (spellings.spelt_out(p)) {
      unless.emplace_back(re2_pattern(p), options());
      phrases.push_back(p);
      continue;
    }
    auto compiled = std::make_unique<re2::RE2>(re2_pattern(p), options());
    if (!compiled->ok()) {
      if (diags) diags->push_back({spec.file, p.line, p.col, "bad phrase: " + compiled->error(), ""});
    } else if (matches_empty(*compiled)) {
      if (diags) diags->push_back({spec.file, p.line, p.col, std::string("bad phrase: ") + kEmptyMatch, ""});
    } else {
      unless.emplace_back(std::move(compiled));
      phrases.push_back(p);
    }
  }
  impl->rule_re.push_back(std::move(matcher));
  impl->unless.push_back(std::move(unless));
  impl->unless_phrases.push_back(std::move(phrases));
}

}  // namespace

RuleSet::RuleSet() : impl_(std::make_unique<Impl>()) {}
RuleSet::~RuleSet() = default;

std::shared_ptr<const RuleSet> RuleSet::compile(const RuleFile& file, std::vector<Diagnostic>* diags) {
  return compile(file, diags, false);
}

std::shared_ptr<const RuleSet> RuleSet::compile_prechecked(const RuleFile& file) {
  std::vector<Diagnostic> diags;
  auto rs = compile(file, &diags, true);
  if (!diags.empty()) throw DataError(diags.front());
  return rs;
}

std::shared_ptr<const RuleSet> RuleSet::compile(const RuleFile& file, std::vector<Diagnostic>* diags, bool prechecked) {
  std::shared_ptr<RuleSet> rs(new RuleSet());
  rs->thresholds_ = file.thresholds;
  rs->shares_ = file.shares;
  Spellings spellings;
  for (const auto& spec : file.rules) {
    RuleSpec kept = spec;
    kept.patterns.clear();
    if (prechecked) prechecked_rule(spec, &kept, rs->impl_.get());
    else compile_rule(spec, spellings, &kept, rs->impl_.get(), diags);
    rs->rules_.push_back(std::move(kept));
  }
  rs->impl_->unless_by_re2.assign(rs->rules_.size(), 0);
  share_identical(rs->impl_.get());
  build_scanner(rs->rules_, rs->impl_.get(), spellings);
  rs->impl_->labels = label_table_of(rs->rules_, file);
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
  return rs;
}

const re2::RE2* RuleSet::acronym_definition() const { return impl_->acronyms.get(); }

const RuleSet::LabelTable& RuleSet::label_table() const { return impl_->labels; }

std::size_t RuleSet::rules_in_scanner() const {
  std::size_t with_patterns = 0;
  for (const auto& re : impl_->rule_re) with_patterns += re ? 1 : 0;
  return with_patterns - impl_->re2_rules.size();
}

int RuleSet::share(const std::string& kind) const {
  auto it = shares_.find(kind);
  return it == shares_.end() ? 0 : it->second;
}

int RuleSet::threshold(const std::string& label) const {
  auto it = thresholds_.find(label);
  return it == thresholds_.end() ? 1 : it->second;
}

}  // namespace jtai
