// The voice of a sentence: the subject of its verb of saying or finding.
#include "reported/voice.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai::reported {
namespace {

constexpr int kInvertedSubjectWords = 6;  // a subject after its verb is in this many words ("said the third joint inspection")
constexpr int kMethodSubjectWords = 10;   // a method verb's subject is in this many words before it

// A verb of saying or finding in a sentence.
struct Verb {
  std::size_t b = 0, e = 0;
  bool speech = false;
};

// Every match in S of the patterns WHICH of PATTERNS (those a filter left possible, in
// order), from position 0 on, appended to *OUT.
void matches(const std::vector<Regex>& patterns, const std::vector<int>& which, std::string_view s, bool speech,
             std::vector<Verb>* out) {
  re2::StringPiece in(s.data(), s.size());
  for (int i : which) {
    const Regex& re = patterns[static_cast<std::size_t>(i)];
    re2::StringPiece m;
    std::size_t pos = 0;
    while (pos < s.size() && re->Match(in, pos, s.size(), re2::RE2::UNANCHORED, &m, 1)) {
      std::size_t at = static_cast<std::size_t>(m.data() - s.data());
      out->push_back({at, at + m.size(), speech});
      pos = at + std::max<std::size_t>(m.size(), 1);
    }
  }
}

// S without the spaces and quotation marks at either end.
std::string_view trim(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view mark : {" ", "\t", "\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"}) {
      if (s.substr(0, mark.size()) == mark) s.remove_prefix(mark.size()), again = true;
      if (s.size() >= mark.size() && s.substr(s.size() - mark.size()) == mark) s.remove_suffix(mark.size()), again = true;
    }
  }
  return s;
}

// The clause before AT in which a verb's subject stands: after the last comma, semicolon,
// colon or dash.
std::string_view clause_before(std::string_view s, std::size_t at) {
  std::string_view before = s.substr(0, at);
  std::size_t from = 0;
  for (std::string_view mark : {",", ";", ":", "\xE2\x80\x93", "\xE2\x80\x94", " - "}) {
    std::size_t p = before.rfind(mark);
    if (p != std::string_view::npos) from = std::max(from, p + mark.size());
  }
  return trim(before.substr(from));
}

// The first N words of S.
std::string_view first_words(std::string_view s, int n) {
  auto words = split_words(s);
  if (static_cast<int>(words.size()) <= n) return s;
  const auto& w = words[static_cast<std::size_t>(n) - 1];
  return s.substr(0, w.offset + w.text.size());
}

// The voice the subject of VERB gives, or nothing when it does not decide.
std::optional<Voice> subject_voice(std::string_view s, const Verb& v, Voice carried, const Lexicon& lx) {
  const auto& cues = lx.cues;
  std::string_view clause = clause_before(s, v.b);
  if (any_match(cues.report_voice, s.substr(0, v.b))) return Voice::kReport;
  if (any_full_match(cues.refer_back, clause)) return carried;
  if (any_full_match(cues.person_pronoun, clause)) return Voice::kOther;
  if (any_full_match(cues.passive, clause)) return std::nullopt;  // "have been told": the subject is told, not telling
  if (clause.empty()) {
    std::string_view after = s.substr(v.e);
    after = after.substr(0, after.find_first_of(",.;:"));
    if (any_match(cues.report_voice, first_words(after, kInvertedSubjectWords))) return Voice::kReport;
    return std::nullopt;
  }
  if (v.speech) return Voice::kOther;
  return std::nullopt;
}

}  // namespace

SentenceVoice voice_of(std::string_view s, Voice carried, const Lexicon& lx, Voice first_person) {
  auto words = split_words(trim(s));
  if (!words.empty() && any_full_match(lx.cues.first_person, words.front().text)) return {first_person, false};
  const auto maybe = lx.cues.verbs.candidates(s);  // speech, finding verbs, method verbs
  std::vector<Verb> verbs;
  matches(lx.cues.speech, maybe[0], s, true, &verbs);
  matches(lx.cues.finding_verb, maybe[1], s, false, &verbs);
  std::sort(verbs.begin(), verbs.end(), [](const Verb& x, const Verb& y) { return x.b < y.b; });
  SentenceVoice out{carried, false};
  for (const auto& v : verbs) {
    if (auto voice = subject_voice(s, v, carried, lx)) {
      out.voice = *voice;
      break;
    }
  }
  // A method verb before any verb of saying or finding, with the report's voice as its subject.
  std::size_t first_verb = verbs.empty() ? s.size() : verbs.front().b;
  std::vector<Verb> method;
  matches(lx.cues.method, maybe[2], s, false, &method);
  for (const auto& m : method) {
    if (m.b >= first_verb) continue;
    std::string_view clause = clause_before(s, m.b);
    bool subject = (any_match(lx.cues.report_voice, clause) && word_count(clause) <= kMethodSubjectWords) ||
                   (any_full_match(lx.cues.refer_back, clause) && out.voice == Voice::kReport);
    if (!subject) continue;
    out.method = true;
    out.voice = Voice::kReport;
    break;
  }
  return out;
}

}  // namespace jtai::reported
