// Sentence judgement and list items of reported text.
#include "reported/findings.h"

#include <string>

#include <re2/re2.h>

#include "data/lexicon.h"
#include "text/polarity.h"
#include "text/sentences.h"
#include "text/text_util.h"

namespace jtai::reported {
namespace {

constexpr int kInvertedSubjectWords = 4;  // at most this many words after the verb are its subject ("said the report")

bool overlaps(std::size_t b, std::size_t e, std::size_t ob, std::size_t oe) { return ob < e && b < oe; }

// Collects the findings of the units in order, with the heading they fall under and the
// kind of the list being read.
class FindingReader {
 public:
  FindingReader(std::string_view text, const std::vector<Unit>& units, const std::vector<UnitSpeech>& speech,
                const Lexicon& lx)
      : text_(text), units_(units), speech_(speech), lx_(lx) {}

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
  void add(const Unit& u, std::size_t b, std::size_t e, FindingKind k, Polarity pol);

  std::string_view text_;
  const std::vector<Unit>& units_;
  const std::vector<UnitSpeech>& speech_;
  const Lexicon& lx_;
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
    case UnitType::kListIntro:
      in_list_ = true;
      list_kind_ = any_full_match(lx_.cues.concern_list, u.text)          ? FindingKind::kConcern
                   : any_full_match(lx_.cues.recommendation_list, u.text) ? FindingKind::kRecommendation
                                                                          : FindingKind::kObservation;
      return;
    case UnitType::kBullet:
      read_bullet(ui);
      return;
    case UnitType::kParagraph:
      in_list_ = false;
      read_paragraph(ui);
      return;
  }
}

// A list item is a finding of the list's kind; a bullet outside a list only when its
// text is judged one.
void FindingReader::read_bullet(std::size_t ui) {
  const Unit& u = units_[ui];
  if (!speech_[ui].quoted.empty() || !speech_[ui].speech.empty()) return;
  auto j = judge_sentence(u.text, lx_);
  FindingKind k = in_list_ ? list_kind_ : j ? j->first : FindingKind::kObservation;
  Polarity pol = j ? j->second : Polarity::kNeutral;
  if (k == FindingKind::kConcern && pol == Polarity::kNeutral) pol = Polarity::kNegative;
  if (!in_list_ && !j) return;
  add(u, 0, u.text.size(), k, pol);
}

// Sentences of a paragraph (after any run-in heading) not quoted, not spoken by a person,
// not background and not another voice's, judged one by one.
void FindingReader::read_paragraph(std::size_t ui) {
  const Unit& u = units_[ui];
  std::size_t from = speech_[ui].body_from;
  for (auto [sb, se] : sentences(std::string_view(u.text).substr(from), lx_)) {
    std::size_t b = from + sb, e = from + se;
    std::string_view s = std::string_view(u.text).substr(b, e - b);
    if (is_quoted(ui, b, e)) continue;
    if (any_match(lx_.cues.background, s) || other_voice(s, lx_)) continue;
    auto j = judge_sentence(s, lx_);
    if (!j) continue;
    add(u, b, e, j->first, j->second);
  }
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

std::optional<std::pair<FindingKind, Polarity>> judge_sentence(std::string_view s, const Lexicon& lx) {
  CueWeights c = cue_weights(s, {&lx.polarity, &lx.news_polarity});
  Polarity pol = weighed_polarity(c);
  if (any_match(lx.cues.recommendation, s)) return std::make_pair(FindingKind::kRecommendation, Polarity::kNeutral);
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
                                       const std::vector<UnitSpeech>& speech, const Lexicon& lx) {
  return FindingReader(text, units, speech, lx).read();
}

bool other_voice(std::string_view s, const Lexicon& lx) {
  for (const auto& re : lx.cues.speech) {
    re2::StringPiece in(s.data(), s.size());
    re2::StringPiece m;
    if (!re->Match(in, 0, s.size(), re2::RE2::UNANCHORED, &m, 1)) continue;
    std::size_t at = static_cast<std::size_t>(m.data() - s.data());
    std::string_view before = s.substr(0, at);
    std::size_t comma = before.rfind(',');
    std::string_view clause = comma == std::string_view::npos ? before : before.substr(comma + 1);
    std::string_view after = s.substr(at + m.size());
    std::string_view inverted = after.substr(0, after.find_first_of(",.;:"));
    const auto& voice = lx.cues.report_voice;
    if (any_match(voice, clause)) return false;
    if (word_count(inverted) <= kInvertedSubjectWords && any_match(voice, inverted)) return false;
    return true;
  }
  return false;
}

}  // namespace jtai::reported
