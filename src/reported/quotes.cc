// Quotation marks, attributions and the speakers of reported text.
#include "reported/quotes.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include <re2/re2.h>

#include "data/lexicon.h"
#include "reported/voice.h"
#include "text/people.h"
#include "text/dates.h"
#include "text/text_util.h"

namespace jtai::reported {
namespace {

constexpr char32_t kLeftSingleQuote = 0x2018;   // ‘
constexpr char32_t kRightSingleQuote = 0x2019;  // ’, also the typographic apostrophe
constexpr char32_t kLeftDoubleQuote = 0x201C;   // “
constexpr char32_t kRightDoubleQuote = 0x201D;  // ”
constexpr char32_t kFirstLatin1Letter = 0xC0;     // non-ASCII letters run from here up to kGeneralPunctuation
constexpr char32_t kGeneralPunctuation = 0x2000;  // the first code point after them that is not a letter
constexpr int kContinuedQuoteWords = 5;         // shorter quotes opening a paragraph are titles, not speech
constexpr std::size_t kAttributionAfter = 40;   // bytes after a quote within which an attribution is its speaker's
constexpr std::size_t kOpeningMarkBytes = 3;    // a quotation starting this close to the paragraph's start opens it
constexpr std::size_t kSaidColonBytes = 2;      // "Name said:" ends its line when at most this much follows it
constexpr std::size_t kAcronymLetters = 2;      // a role's first word of this many capitals or more is an organisation
constexpr std::size_t kFullNameWords = 2;       // a name this long gives its surname for a later "Ms Surname"

// ---- quotation marks ----

struct QuoteMark {
  std::size_t pos = 0, len = 0;
  char32_t cp = 0;
};

bool is_letter(char32_t c) {
  return (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= kFirstLatin1Letter && c < kGeneralPunctuation);
}

bool is_single(char32_t c) { return c == '\'' || c == kRightSingleQuote; }

// Quotation marks of S that open or close a quotation (apostrophes left out).
std::vector<QuoteMark> quote_marks(std::string_view s) {
  std::vector<QuoteMark> out;
  char32_t prev = ' ';
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    char32_t c = decode_utf8(s, i, &len);
    if (c == '"' || c == kLeftDoubleQuote || c == kRightDoubleQuote || c == kLeftSingleQuote || is_single(c)) {
      std::size_t nlen = 1;
      char32_t next = i + len < s.size() ? decode_utf8(s, i + len, &nlen) : ' ';
      bool apostrophe = is_single(c) && is_letter(prev) && is_letter(next);
      bool plural_possessive = is_single(c) && prev == 's' && next == ' ' && !out.empty() &&
                               !(out.back().cp == '\'' || out.back().cp == kLeftSingleQuote);
      if (!apostrophe && !plural_possessive) out.push_back({i, len, c});
    }
    prev = c;
    i += len;
  }
  return out;
}

bool opens(const QuoteMark& m, std::string_view s) {
  if (m.cp == kLeftDoubleQuote || m.cp == kLeftSingleQuote) return true;
  if (m.cp == kRightDoubleQuote || m.cp == kRightSingleQuote) return false;
  return m.pos == 0 || s[m.pos - 1] == ' ' || s[m.pos - 1] == '(';
}

bool closes(const QuoteMark& open, const QuoteMark& m) {
  bool dbl = open.cp == '"' || open.cp == kLeftDoubleQuote;
  if (dbl) return m.cp == '"' || m.cp == kRightDoubleQuote;
  return is_single(m.cp);
}

// A quotation inside one unit: [b, e) excludes the marks; open_end when it runs on.
struct QuotePart {
  std::size_t b = 0, e = 0;
  bool open_end = false;
};

std::vector<QuotePart> quote_parts(std::string_view s) {
  std::vector<QuotePart> out;
  auto marks = quote_marks(s);
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (!opens(marks[i], s)) continue;
    std::size_t j = i + 1;
    while (j < marks.size() && !closes(marks[i], marks[j])) ++j;
    if (j == marks.size()) {
      out.push_back({marks[i].pos + marks[i].len, s.size(), true});
      break;
    }
    out.push_back({marks[i].pos + marks[i].len, marks[j].pos, false});
    i = j;
  }
  return out;
}

// ---- attributions ----

bool is_honorific(std::string_view w, const Lexicon& lx) {
  return std::find(lx.honorifics.begin(), lx.honorifics.end(), std::string(w)) != lx.honorifics.end();
}

// True when NAME has a word that is not an honorific and every such word is name-like.
bool is_person_name(const std::string& name, const Lexicon& lx) {
  std::size_t named = 0;
  for (const auto& w : split_words(name)) {
    if (is_honorific(w.text, lx)) continue;
    if (!name_like(w.text, lx)) return false;
    ++named;
  }
  return named > 0;
}

// Person attributions in S: "Name, role, said", "said Name", "according to Name",
// "she said" (name left empty). Names are checked word by word against people.tsv.
std::vector<Attribution> attributions(std::string_view s, const Lexicon& lx) {
  std::vector<Attribution> out;
  for (int i : lx.cues.attribution_set.candidates(s)) {
    const Regex& re = lx.cues.attribution[static_cast<std::size_t>(i)];
    re2::StringPiece in(s.data(), s.size());
    int n = re.group_count();
    std::vector<re2::StringPiece> g(static_cast<std::size_t>(n) + 1);
    const int name = re.group_index("name"), role = re.group_index("role");
    std::size_t pos = 0;
    while (pos < s.size() && re.match(in, pos, s.size(), re2::RE2::UNANCHORED, g.data(), n + 1)) {
      Attribution a;
      a.b = static_cast<std::size_t>(g[0].data() - s.data());
      a.e = a.b + g[0].size();
      a.name = group_text(g, name);
      a.role = group_text(g, role);
      if (a.name.empty() || is_person_name(a.name, lx)) out.push_back(a);
      pos = std::max(a.e, a.b + 1);
    }
  }
  // In order of position, the longer first; an attribution inside another is the same one read twice.
  std::sort(out.begin(), out.end(),
            [](const Attribution& x, const Attribution& y) { return x.b != y.b ? x.b < y.b : x.e > y.e; });
  std::vector<Attribution> kept;
  for (auto& a : out)
    if (kept.empty() || a.b >= kept.back().e) kept.push_back(std::move(a));
  return kept;
}

// "Ofsted’s chief inspector" → organisation Ofsted, role chief inspector; "NSPCC Policy
// Manager" → NSPCC, Policy Manager.
void split_role(const std::string& role, Person* p) {
  if (role.empty()) return;
  for (std::string_view poss : {"\xE2\x80\x99s ", "'s "}) {
    std::size_t at = role.find(poss);
    if (at != std::string::npos && at > 0 && role.rfind(' ', at) == std::string::npos) {
      p->organisation = role.substr(0, at);
      p->role = role.substr(at + poss.size());
      return;
    }
  }
  std::size_t sp = role.find(' ');
  std::string first = role.substr(0, sp);
  bool acronym = first.size() >= kAcronymLetters &&
                 std::all_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (acronym && sp != std::string::npos) {
    p->organisation = first;
    p->role = role.substr(sp + 1);
    return;
  }
  p->role = role;
}

std::string strip_honorific(const std::string& name, const Lexicon& lx) {
  std::string out;
  for (const auto& w : split_words(name)) {
    if (out.empty() && is_honorific(w.text, lx)) continue;
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

Quote make_quote(const std::string& speaker, const std::string& role, std::string text, std::vector<ByteSpan> spans) {
  Quote q;
  q.speaker = speaker;
  Person p;
  split_role(role, &p);
  q.role = p.role;
  q.organisation = p.organisation;
  q.text = std::move(text);
  q.spans = std::move(spans);
  return q;
}

// Spaces the quotation marks leave at either end trimmed, runs of space folded.
std::string tidy(const std::string& text) {
  std::size_t b = text.find_first_not_of(' ');
  std::size_t e = text.find_last_not_of(' ');
  return fold_space(b == std::string::npos ? std::string() : text.substr(b, e - b + 1));
}

// True when S opens with a person's name standing alone ("Nigel Th", "Ursula Gallagher,
// Deputy Chief Inspector, s"): the next speaker's attribution, cut off, not speech.
bool opens_with_name(std::string_view s, const Lexicon& lx) {
  auto words = split_words(s);
  if (words.size() < 2 || !name_like(words[0].text, lx)) return false;
  std::string_view second = words[1].text;
  bool comma = !second.empty() && second.back() == ',';
  if (comma) second.remove_suffix(1);
  return name_like(second, lx) && (comma || words.size() == 2);
}

// ---- the quote pass ----

// Reads the units in order, carrying the last speaker, surnames met, a quotation left
// open at the end of a unit and a speech block forward.
class QuoteReader {
 public:
  QuoteReader(const std::vector<Unit>& units, const Lexicon& lx) : units_(units), lx_(lx) {
    out_.units.resize(units.size());
    for (std::size_t ui = 0; ui < units.size(); ++ui) {
      const Unit& u = units[ui];
      if (!is_prose(u) && u.type != UnitType::kHeading) continue;
      if (u.type == UnitType::kParagraph) out_.units[ui].body_from = after_glued_heading(u.text, lx);
      out_.units[ui].speakers = attributions(u.text, lx);
    }
  }

  QuoteReading read() && {
    for (std::size_t ui = 0; ui < units_.size(); ++ui) read_unit(ui);
    finish_running();
    for (auto& q : out_.quotes) q.text = tidy(q.text);
    return std::move(out_);
  }

 private:
  void read_unit(std::size_t ui);
  bool read_speech_block(std::size_t ui);
  bool opens_speech_block(std::size_t ui);
  void resolve(std::vector<Attribution>* attrs);
  void read_part(std::size_t ui, std::size_t pi, const QuotePart& p, const std::vector<Attribution>& attrs,
                 bool opens_unit);
  void add_person(const std::string& name, const std::string& role);

  void finish_running() {
    if (running_ && !running_->speaker.empty() && !running_->text.empty()) out_.quotes.push_back(*running_);
    running_.reset();
  }

  const std::vector<Unit>& units_;
  const Lexicon& lx_;
  QuoteReading out_;
  std::string last_speaker_;
  std::string last_role_;
  std::map<std::string, std::string> by_surname_;  // surname → full name
  std::vector<std::pair<std::string, std::string>> roles_;  // (name, role) of every named attribution
  std::optional<Quote> running_;                   // a quotation carried over from the previous unit
  std::optional<std::size_t> speaker_unit_;        // the last unit in which a person spoke
  std::optional<Attribution> speech_block_;        // "Name, role, said:" on a line of its own
};

void QuoteReader::read_unit(std::size_t ui) {
  const Unit& u = units_[ui];
  if (!is_prose(u)) {
    // A line that only names the last speaker (a photo's caption) does not end their speech.
    bool names_speaker = !last_speaker_.empty() && u.text.size() >= last_speaker_.size() &&
                         u.text.compare(u.text.size() - last_speaker_.size(), last_speaker_.size(), last_speaker_) == 0;
    if (names_speaker) {
      speaker_unit_ = ui;
      return;
    }
    if (opens_speech_block(ui)) return;
    if (u.type != UnitType::kFurniture) {
      finish_running();
      speech_block_.reset();
    }
    return;
  }
  if (read_speech_block(ui)) return;
  speech_block_.reset();
  std::size_t from = out_.units[ui].body_from;
  auto parts = quote_parts(std::string_view(u.text).substr(from));
  for (auto& p : parts) {
    p.b += from;
    p.e += from;
  }
  auto attrs = out_.units[ui].speakers;
  if (!attrs.empty()) speaker_unit_ = ui;
  resolve(&attrs);
  bool opens_unit = !parts.empty() && parts.front().b <= from + kOpeningMarkBytes;
  if (parts.empty()) opens_speech_block(ui);
  if (running_ && !opens_unit) finish_running();
  for (std::size_t pi = 0; pi < parts.size(); ++pi) read_part(ui, pi, parts[pi], attrs, opens_unit);
}

// "Name, role, said:" (or "Name, role:", or a line of its own ending "said") as the whole
// of unit UI opens a speech block.
bool QuoteReader::opens_speech_block(std::size_t ui) {
  const Unit& u = units_[ui];
  auto attrs = out_.units[ui].speakers;
  bool line_of_its_own = u.type == UnitType::kHeading || (!u.text.empty() && u.text.back() == ':');
  if (!line_of_its_own || attrs.size() != 1 || attrs[0].name.empty() ||
      attrs[0].e + kSaidColonBytes < u.text.size() || !quote_parts(u.text).empty())
    return false;
  resolve(&attrs);
  speech_block_ = attrs[0];
  speaker_unit_ = ui;
  add_person(attrs[0].name, attrs[0].role);
  return true;
}

// The paragraphs after "Name, role, said:" (GOV.UK press releases) are that person's
// words, quotation marks or not, until a heading or the next attribution.
bool QuoteReader::read_speech_block(std::size_t ui) {
  const Unit& u = units_[ui];
  if (!speech_block_ || u.type != UnitType::kParagraph || !out_.units[ui].speakers.empty() ||
      !quote_parts(u.text).empty() || opens_with_name(u.text, lx_))
    return false;
  out_.quotes.push_back(make_quote(speech_block_->name, speech_block_->role, u.text, spans_of(u, 0, u.text.size())));
  out_.units[ui].quoted.emplace_back(0, u.text.size());
  speaker_unit_ = ui;
  return true;
}

// "Ms Jones" is the Debbie Jones named before; a role alone ("said the chief inspector")
// is the person named before with that role; pronouns are the last speaker.
void QuoteReader::resolve(std::vector<Attribution>* attrs) {
  for (auto& a : *attrs) {
    if (a.name.empty()) {
      const std::pair<std::string, std::string>* holder = nullptr;  // the last named with that role
      for (const auto& named : roles_)
        if (!a.role.empty() && ascii_lower(named.second).find(ascii_lower(a.role)) != std::string::npos) holder = &named;
      a.name = holder ? holder->first : last_speaker_;
      a.role = holder ? holder->second : last_role_;
      continue;
    }
    std::string bare = strip_honorific(a.name, lx_);
    auto words = split_words(bare);
    if (words.size() == 1 && by_surname_.count(std::string(words[0].text)))
      bare = by_surname_[std::string(words[0].text)];
    a.name = bare;
    if (words.size() >= kFullNameWords) by_surname_[std::string(words.back().text)] = bare;
    last_speaker_ = bare;
    last_role_ = a.role;
    if (!a.role.empty()) roles_.emplace_back(bare, a.role);
  }
}

// The nearest attribution to quotation P: before it in the unit, or just after it.
const Attribution* speaker_of(const QuotePart& p, const std::vector<Attribution>& attrs) {
  const Attribution* who = nullptr;
  for (const auto& a : attrs)
    if (a.e <= p.b) who = &a;
  for (const auto& a : attrs)
    if (a.b >= p.e && (!who || a.b - p.e < kAttributionAfter)) return &a;
  return who;
}

void QuoteReader::read_part(std::size_t ui, std::size_t pi, const QuotePart& p, const std::vector<Attribution>& attrs,
                            bool opens_unit) {
  const Unit& u = units_[ui];
  UnitSpeech& here = out_.units[ui];
  std::string_view body = std::string_view(u.text).substr(p.b, p.e - p.b);
  // Trailing punctuation inside the marks before an attribution ("…," she said) stays in.
  if (pi == 0 && running_ && opens_unit) {
    auto spans = spans_of(u, p.b, p.e);
    running_->spans.insert(running_->spans.end(), spans.begin(), spans.end());
    running_->text += " " + std::string(body);
    here.quoted.emplace_back(p.b, p.e);
    speaker_unit_ = ui;
    if (!p.open_end) finish_running();
    return;
  }
  const Attribution* who = speaker_of(p, attrs);
  std::string speaker = who ? who->name : std::string();
  std::string role = who ? who->role : std::string();
  bool opens_paragraph = pi == 0 && opens_unit && word_count(body) >= kContinuedQuoteWords;
  // A paragraph that opens with a quotation and names nobody goes on with the last
  // speaker, when that speaker spoke in the paragraph just before.
  if (!who && opens_paragraph && speaker_unit_ && *speaker_unit_ + 1 == ui) {
    speaker = last_speaker_;
    role = last_role_;
  }
  if (speaker.empty()) {
    // Speech that opens a paragraph is someone's, even when the text does not say whose,
    // unless what follows it says the report speaks ("…,” said the inspection): then it is
    // the report's own voice, read with the findings.
    std::size_t mark = 1;  // the closing quotation mark's length
    if (p.e < u.text.size()) decode_utf8(u.text, p.e, &mark);
    std::string_view rest = std::string_view(u.text).substr(std::min(u.text.size(), p.e + mark));
    bool report = voice_of(rest, Voice::kNone, lx_).voice == Voice::kReport;
    if (opens_paragraph && !report) here.speech.emplace_back(p.b, p.e);
    return;
  }
  Quote q = make_quote(speaker, role, std::string(body), spans_of(u, p.b, p.e));
  add_person(speaker, role);
  here.quoted.emplace_back(p.b, p.e);
  speaker_unit_ = ui;
  if (p.open_end) running_ = q;
  else out_.quotes.push_back(q);
}

void QuoteReader::add_person(const std::string& name, const std::string& role) {
  Person p{name, std::nullopt, std::nullopt, PersonRelation::kQuoted};
  split_role(role, &p);
  for (auto& existing : out_.people)
    if (existing.name == name) {
      if (!existing.role && p.role) {
        existing.role = p.role;
        existing.organisation = p.organisation;
      }
      return;
    }
  out_.people.push_back(p);
}

}  // namespace

QuoteReading read_quotes(const std::vector<Unit>& units, const Lexicon& lx) { return QuoteReader(units, lx).read(); }

}  // namespace jtai::reported
