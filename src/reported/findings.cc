// Sentence judgement and list items of reported text.
#include "reported/findings.h"

#include <algorithm>
#include <string>

#include "reported/voice.h"

#include <re2/re2.h>

#include "data/lexicon.h"
#include "text/polarity.h"
#include "text/sentences.h"
#include "text/text_util.h"

namespace jtai::reported {
namespace {

bool overlaps(std::size_t b, std::size_t e, std::size_t ob, std::size_t oe) { return ob < e && b < oe; }

// Collects the findings of the units in order, with the heading they fall under and the
// kind of the list being read.
class FindingReader {
 public:
  FindingReader(std::string_view text, const std::vector<Unit>& units, const std::vector<UnitSpeech>& speech,
                bool own_voice, const Lexicon& lx)
      : text_(text), units_(units), speech_(speech), lx_(lx), own_voice_(own_voice),
        voice_(own_voice ? Voice::kReport : Voice::kNone) {}

  std::vector<Finding> read() && {
    for (std::size_t ui = 0; ui < units_.size(); ++ui) read_unit(ui);
    for (std::size_t i = 0; i < out_.size(); ++i) out_[i].id = "f" + std::to_string(i + 1);
    return std::move(out_);
  }

 private:
  void read_unit(std::size_t ui);
  void read_bullet(std::size_t ui);
  void read_paragraph(std::size_t ui);
  bool is_quoted(std::size_t ui, std::size_t b, std::size_t e) const;
  std::optional<std::pair<FindingKind, Polarity>> judge_in_voice(std::string_view s);
  void add(const Unit& u, std::size_t b, std::size_t e, FindingKind k, Polarity pol);

  std::string_view text_;
  const std::vector<Unit>& units_;
  const std::vector<UnitSpeech>& speech_;
  const Lexicon& lx_;
  bool own_voice_;  // the whole text is the report's own (a thematic report), each paragraph in its voice
  Voice voice_;     // the voice carried from the sentence before
  std::vector<Finding> out_;
  std::optional<std::string> section_;
  bool in_list_ = false;  // after a line that introduces a list
  FindingKind list_kind_ = FindingKind::kObservation;
};

void FindingReader::read_unit(std::size_t ui) {
  const Unit& u = units_[ui];
  switch (u.type) {
    case UnitType::kFurniture:
    case UnitType::kHead:
      return;
    case UnitType::kHeading:
      section_ = fold_space(u.text);
      in_list_ = false;
      return;
    case UnitType::kListIntro: {
      in_list_ = true;
      if (own_voice_) voice_ = Voice::kReport;
      SentenceVoice v = voice_of(u.text, voice_, lx_, own_voice_ ? Voice::kReport : Voice::kOther);
      voice_ = v.voice;
      list_kind_ = v.voice != Voice::kReport                                 ? FindingKind::kObservation
                   : any_full_match(lx_.cues.concern_list, u.text)          ? FindingKind::kConcern
                   : any_full_match(lx_.cues.recommendation_list, u.text) ? FindingKind::kRecommendation
                   : any_match(lx_.cues.strength_frame, u.text)           ? FindingKind::kStrength
                                                                          : FindingKind::kObservation;
      return;
    }
    case UnitType::kBullet:
      read_bullet(ui);
      return;
    case UnitType::kParagraph:
      in_list_ = false;
      if (own_voice_) voice_ = Voice::kReport;
      read_paragraph(ui);
      return;
  }
}

// A list item is a finding of the list's kind; a bullet outside a list only when its
// text is judged one in the report's voice. The items of a list that is no finding's
// (what the inspections will look at) are none.
void FindingReader::read_bullet(std::size_t ui) {
  const Unit& u = units_[ui];
  if (!speech_[ui].quoted.empty() || !speech_[ui].speech.empty()) return;
  if (in_list_) {
    if (list_kind_ == FindingKind::kObservation) return;
    auto j = judge_sentence(u.text, lx_);
    Polarity pol = j ? j->second : Polarity::kNeutral;
    if (list_kind_ == FindingKind::kConcern && (pol == Polarity::kNeutral || pol == Polarity::kPositive))
      pol = Polarity::kNegative;
    if (list_kind_ == FindingKind::kStrength && (pol == Polarity::kNeutral || pol == Polarity::kNegative))
      pol = Polarity::kPositive;
    if (list_kind_ == FindingKind::kRecommendation) pol = Polarity::kNeutral;
    add(u, 0, u.text.size(), list_kind_, pol);
    return;
  }
  if (auto j = judge_in_voice(u.text)) add(u, 0, u.text.size(), j->first, j->second);
}

// Sentences of a paragraph (after any run-in heading) not quoted, not spoken by a person,
// judged one by one in the voice they carry on.
void FindingReader::read_paragraph(std::size_t ui) {
  const Unit& u = units_[ui];
  std::size_t from = speech_[ui].body_from;
  for (auto [sb, se] : sentences(std::string_view(u.text).substr(from), lx_)) {
    std::size_t b = from + sb, e = from + se;
    std::string_view s = std::string_view(u.text).substr(b, e - b);
    if (is_quoted(ui, b, e)) {
      voice_ = Voice::kOther;
      continue;
    }
    if (auto j = judge_in_voice(s)) add(u, b, e, j->first, j->second);
  }
}

// The kind and polarity of sentence S when it is a finding in the report's voice, with the
// voice carried on to the next sentence: background names no voice, a method sentence is
// the report's but no finding, and a question asks rather than reports.
std::optional<std::pair<FindingKind, Polarity>> FindingReader::judge_in_voice(std::string_view s) {
  if (any_match(lx_.cues.background, s)) {
    voice_ = own_voice_ ? Voice::kReport : Voice::kNone;
    return std::nullopt;
  }
  SentenceVoice v = voice_of(s, voice_, lx_, own_voice_ ? Voice::kReport : Voice::kOther);
  voice_ = v.voice;
  if (v.voice != Voice::kReport || v.method) return std::nullopt;
  if (!s.empty() && s.back() == '?') return std::nullopt;
  return judge_sentence(s, lx_);
}

// True when text [b, e) of unit UI overlaps a quotation, speech or a speaker's attribution.
bool FindingReader::is_quoted(std::size_t ui, std::size_t b, std::size_t e) const {
  const UnitSpeech& sp = speech_[ui];
  for (const auto* ranges : {&sp.quoted, &sp.speech})
    for (auto [qb, qe] : *ranges)
      if (overlaps(b, e, qb, qe)) return true;
  for (const auto& a : sp.speakers)
    if (overlaps(b, e, a.b, a.e)) return true;
  return false;
}

void FindingReader::add(const Unit& u, std::size_t b, std::size_t e, FindingKind k, Polarity pol) {
  Finding f;
  f.kind = k;
  f.polarity = pol;
  f.section = section_;
  f.spans = spans_of(u, b, e);
  f.text = text_of(text_, f.spans);
  f.pages = u.pages;
  out_.push_back(std::move(f));
}

}  // namespace

namespace {

// The position of the first match in S of any of the patterns WHICH of PATTERNS (those a
// filter left possible), or npos.
std::size_t first_match(const std::vector<Regex>& patterns, const std::vector<int>& which, std::string_view s) {
  std::size_t first = std::string_view::npos;
  for (int i : which) {
    const Regex& re = patterns[static_cast<std::size_t>(i)];
    re2::StringPiece m;
    if (re->Match(re2::StringPiece(s.data(), s.size()), 0, s.size(), re2::RE2::UNANCHORED, &m, 1))
      first = std::min(first, static_cast<std::size_t>(m.data() - s.data()));
  }
  return first;
}

}  // namespace

std::optional<std::pair<FindingKind, Polarity>> judge_sentence(std::string_view s, const Lexicon& lx) {
  // One list, the lexicon's cues then the news cues: weights add up and firsts are minima.
  CueWeights c = cue_weights(s, {&lx.reported_polarity});
  Polarity pol = weighed_polarity(c);
  const auto maybe = lx.cues.frames.candidates(s);
  std::size_t rec = first_match(lx.cues.recommendation, maybe[0], s);
  std::size_t concern = first_match(lx.cues.concern_frame, maybe[1], s);
  std::size_t strength = first_match(lx.cues.strength_frame, maybe[2], s);
  std::size_t first = std::min({rec, concern, strength});
  if (first != std::string_view::npos) {  // the frame that comes first says what the sentence does
    if (first == rec) return std::make_pair(FindingKind::kRecommendation, Polarity::kNeutral);
    if (first == concern)
      return std::make_pair(FindingKind::kConcern, pol == Polarity::kMixed ? pol : Polarity::kNegative);
    return std::make_pair(FindingKind::kStrength, pol == Polarity::kMixed ? pol : Polarity::kPositive);
  }
  switch (pol) {
    case Polarity::kPositive: return std::make_pair(FindingKind::kStrength, pol);
    case Polarity::kNegative: return std::make_pair(FindingKind::kConcern, pol);
    case Polarity::kMixed:  // the side that speaks first
      return std::make_pair(c.first_positive < c.first_negative ? FindingKind::kStrength : FindingKind::kConcern, pol);
    case Polarity::kNeutral: break;
  }
  return std::nullopt;
}

std::vector<Finding> reported_findings(std::string_view text, const std::vector<Unit>& units,
                                       const std::vector<UnitSpeech>& speech, bool own_voice, const Lexicon& lx) {
  return FindingReader(text, units, speech, own_voice, lx).read();
}

}  // namespace jtai::reported
