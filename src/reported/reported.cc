// Reported text: web furniture, metadata, sentence findings and quotes of news articles
// and thematic reports. Every pattern and word list comes from data/news/.
#include "reported/reported.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include <re2/re2.h>

#include "text/dates.h"
#include "letter/findings.h"
#include "text/areas.h"
#include "text/people.h"
#include "data/lexicon.h"
#include "text/text_util.h"

namespace jtai {
namespace {

constexpr int kParagraphWords = 8;     // a line this long that ends a sentence is article text
constexpr int kContinuedQuoteWords = 5;  // shorter quotes opening a paragraph are titles, not speech
constexpr int kThemeMentions = 2;

enum class UnitType { kFurniture, kHead, kHeading, kParagraph, kBullet, kListIntro };

// One paragraph, bullet or heading of the document and where its text comes from.
struct Unit {
  UnitType type = UnitType::kParagraph;
  std::string text;
  std::vector<TextPiece> pieces;  // text offset → input bytes
  std::vector<int> pages;
};

// Input spans of UNIT text [b, e).
std::vector<ByteSpan> spans_of(const Unit& u, std::size_t b, std::size_t e) {
  std::vector<ByteSpan> out;
  for (const auto& p : u.pieces) {
    std::size_t pb = p.text_begin, pe = p.text_begin + (p.input.end - p.input.begin);
    std::size_t lo = std::max(b, pb), hi = std::min(e, pe);
    if (lo >= hi) continue;
    out.push_back({p.input.begin + (lo - pb), p.input.begin + (hi - pb)});
  }
  return out;
}

std::string text_of(std::string_view input, const std::vector<ByteSpan>& spans) {
  std::string out;
  for (const auto& s : spans) {
    if (!out.empty()) out += ' ';
    out += input.substr(s.begin, s.end - s.begin);
  }
  return out;
}

bool is_paragraph_line(std::string_view s) {
  if (word_count(s) < kParagraphWords) return false;
  std::string_view t = s;
  // Sentence punctuation, possibly inside closing quotes or brackets; a colon opens a list.
  while (!t.empty()) {
    char32_t c = last_code_point(t);
    if (c == '.' || c == '!' || c == '?') return true;
    if (c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == ')') {
      std::size_t i = t.size() - 1;
      while (i > 0 && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
      t = t.substr(0, i);
      continue;
    }
    return false;
  }
  return false;
}

// The document as units. Web pages saved as text put a paragraph on a line; PDF text
// (form feeds, wrapped lines) is read through the segmenter's blocks instead.
std::vector<Unit> units_of(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                           const Lexicon& lx) {
  std::vector<Unit> out;
  std::size_t nonblank = 0, long_lines = 0;
  for (const auto& l : lines) {
    if (l.blank()) continue;
    ++nonblank;
    if (l.text_end - l.text_begin > 100) ++long_lines;
  }
  bool web = text.find('\f') == std::string_view::npos && (nonblank < 5 || long_lines * 10 >= nonblank * 3);
  if (web) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const Line& l = lines[i];
      if (l.blank()) continue;
      Unit u;
      std::size_t b = l.text_begin;
      std::string_view s = line_text(text, l);
      u.type = seg.roles[i] == LineRole::kFurniture ? UnitType::kFurniture : UnitType::kParagraph;
      if (const BulletMarker* m = lx.bullet_at(s)) {
        u.type = UnitType::kBullet;
        b += m->marker.size();
        while (b < l.text_end && (text[b] == ' ' || text[b] == '\t')) ++b;
      }
      u.text = std::string(text.substr(b, l.text_end - b));
      u.pieces = {{0, {b, l.text_end}}};
      u.pages = {l.page};
      out.push_back(std::move(u));
    }
    return out;
  }
  for (const auto& blk : seg.blocks) {
    Unit u;
    u.type = blk.kind == BlockKind::kBullet ? UnitType::kBullet
             : blk.kind == BlockKind::kHeading ? UnitType::kHeading : UnitType::kParagraph;
    u.text = blk.text;
    u.pieces = blk.pieces;
    u.pages = blk.pages;
    out.push_back(std::move(u));
  }
  return out;
}

// Marks web furniture, the head (lines before the article's first paragraph), headings
// and list introductions.
void classify_units(std::vector<Unit>* units, const Lexicon& lx) {
  bool started = false;
  bool ended = false;
  for (auto& u : *units) {
    if (u.type == UnitType::kFurniture) continue;
    if (ended) {
      u.type = UnitType::kFurniture;
      continue;
    }
    bool furniture = false;
    for (const auto& f : lx.web_furniture) {
      if (f.caption && u.type == UnitType::kBullet) continue;
      if (!re2::RE2::FullMatch(u.text, *f.pattern)) continue;
      furniture = true;
      if (f.ends_article && started) ended = true;
    }
    if (furniture) {
      u.type = UnitType::kFurniture;
      continue;
    }
    if (u.type == UnitType::kBullet) continue;
    bool paragraph = is_paragraph_line(u.text);
    if (!started && !paragraph && u.type != UnitType::kHeading) {
      u.type = UnitType::kHead;
      continue;
    }
    if (paragraph) started = true;
    if (!u.text.empty() && u.text.back() == ':') u.type = UnitType::kListIntro;
    else if (!paragraph) u.type = started ? UnitType::kHeading : UnitType::kHead;
  }
}

// Sentence ranges [b, e) of S: a sentence ends at . ! ? (and any closing quotes) before
// white space and a capital, digit or opening quote; not after an honorific or initial.
std::vector<std::pair<std::size_t, std::size_t>> sentences(std::string_view s, const Lexicon& lx) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t start = 0;
  while (start < s.size() && s[start] == ' ') ++start;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i + 1;
    while (j < s.size()) {
      std::size_t len = 1;
      char32_t cp = decode_utf8(s, j, &len);
      if (cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == ')') j += len;
      else break;
    }
    if (j >= s.size() || s[j] != ' ') continue;
    std::size_t k = j;
    while (k < s.size() && s[k] == ' ') ++k;
    if (k >= s.size() || !starts_upper(s.substr(k))) continue;
    if (c == '.') {
      std::size_t w = i;
      while (w > start && s[w - 1] != ' ') --w;
      std::string word(s.substr(w, i - w));
      bool initial = word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]));
      if (initial || std::find(lx.honorifics.begin(), lx.honorifics.end(), word) != lx.honorifics.end()) continue;
    }
    out.emplace_back(start, j);
    start = k;
    i = k - 1;
  }
  std::size_t end = s.size();
  while (end > start && s[end - 1] == ' ') --end;
  if (end > start) out.emplace_back(start, end);
  return out;
}

// --- quotes ---------------------------------------------------------------------------

struct QuoteMark {
  std::size_t pos = 0, len = 0;
  char32_t cp = 0;
};

bool is_letter(char32_t c) { return (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= 0xC0 && c < 0x2000); }

// Quotation marks of S that open or close a quotation (apostrophes left out).
std::vector<QuoteMark> quote_marks(std::string_view s) {
  std::vector<QuoteMark> out;
  char32_t prev = ' ';
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    char32_t c = decode_utf8(s, i, &len);
    if (c == '"' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == '\'') {
      std::size_t nlen = 1;
      char32_t next = i + len < s.size() ? decode_utf8(s, i + len, &nlen) : ' ';
      bool apostrophe = (c == '\'' || c == 0x2019) && is_letter(prev) && is_letter(next);
      bool plural_possessive = (c == '\'' || c == 0x2019) && prev == 's' && next == ' ' && !out.empty() &&
                               !(out.back().cp == '\'' || out.back().cp == 0x2018);
      if (!apostrophe && !plural_possessive) out.push_back({i, len, c});
    }
    prev = c;
    i += len;
  }
  return out;
}

bool opens(const QuoteMark& m, std::string_view s) {
  if (m.cp == 0x201C || m.cp == 0x2018) return true;
  if (m.cp == 0x201D || m.cp == 0x2019) return false;
  return m.pos == 0 || s[m.pos - 1] == ' ' || s[m.pos - 1] == '(';
}

bool closes(const QuoteMark& open, const QuoteMark& m) {
  bool dbl = open.cp == '"' || open.cp == 0x201C;
  if (dbl) return m.cp == '"' || m.cp == 0x201D;
  return m.cp == '\'' || m.cp == 0x2019;
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

struct Attribution {
  std::size_t b = 0, e = 0;  // the attribution's extent in the unit text
  std::string name;          // empty for a pronoun
  std::string role;
};

// Person attributions in S: "Name, role, said", "said Name", "according to Name",
// "she said" (name left empty). Names are checked word by word against people.tsv.
std::vector<Attribution> attributions(std::string_view s, const Lexicon& lx) {
  std::vector<Attribution> out;
  for (const auto& re : lx.cues.attribution) {
    re2::StringPiece in(s.data(), s.size());
    int n = re->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> g(static_cast<std::size_t>(n) + 1);
    std::size_t pos = 0;
    while (pos < s.size() && re->Match(in, pos, s.size(), re2::RE2::UNANCHORED, g.data(), n + 1)) {
      Attribution a;
      a.b = static_cast<std::size_t>(g[0].data() - s.data());
      a.e = a.b + g[0].size();
      a.name = group(*re, g, "name");
      a.role = group(*re, g, "role");
      bool ok = true;
      if (!a.name.empty()) {
        auto words = split_words(a.name);
        std::size_t named = 0;
        for (const auto& w : words) {
          bool honorific = std::find(lx.honorifics.begin(), lx.honorifics.end(), std::string(w.text)) != lx.honorifics.end();
          if (honorific) continue;
          if (!name_like(w.text, lx)) ok = false;
          ++named;
        }
        if (named == 0) ok = false;
      }
      if (ok) out.push_back(a);
      pos = std::max(a.e, a.b + 1);
    }
  }
  std::sort(out.begin(), out.end(), [](const Attribution& x, const Attribution& y) { return x.b < y.b; });
  return out;
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
  bool acronym = first.size() >= 2 && std::all_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (acronym && sp != std::string::npos) {
    p->organisation = first;
    p->role = role.substr(sp + 1);
    return;
  }
  p->role = role;
}

std::string strip_honorific(const std::string& name, const Lexicon& lx) {
  auto words = split_words(name);
  std::string out;
  for (const auto& w : words) {
    if (out.empty() && std::find(lx.honorifics.begin(), lx.honorifics.end(), std::string(w.text)) != lx.honorifics.end())
      continue;
    if (!out.empty()) out += ' ';
    out += w.text;
  }
  return out;
}

// --- sentence judgement ---------------------------------------------------------------

struct Cues {
  int positive = 0, negative = 0;
  std::size_t first_positive = std::string::npos, first_negative = std::string::npos;
};

Cues cue_weights(std::string_view s, const Lexicon& lx) {
  Cues c;
  for (const auto* list : {&lx.polarity, &lx.news_polarity}) {
    for (const auto& cue : *list) {
      re2::StringPiece in(s.data(), s.size());
      re2::StringPiece m;
      std::size_t pos = 0;
      while (pos < s.size() && cue.pattern->Match(in, pos, s.size(), re2::RE2::UNANCHORED, &m, 1)) {
        std::size_t at = static_cast<std::size_t>(m.data() - s.data());
        if (cue.polarity == Polarity::kPositive) {
          c.positive += cue.weight;
          c.first_positive = std::min(c.first_positive, at);
        } else {
          c.negative += cue.weight;
          c.first_negative = std::min(c.first_negative, at);
        }
        pos = at + std::max<std::size_t>(m.size(), 1);
      }
    }
  }
  return c;
}

// Kind and polarity of a sentence that reports a finding, or nothing for background.
std::optional<std::pair<FindingKind, Polarity>> judge(std::string_view s, const Lexicon& lx) {
  Cues c = cue_weights(s, lx);
  Polarity pol = Polarity::kNeutral;
  if (c.positive || c.negative) {
    if (c.positive >= 2 * c.negative) pol = Polarity::kPositive;
    else if (c.negative >= 2 * c.positive) pol = Polarity::kNegative;
    else pol = Polarity::kMixed;
  }
  if (any_match(lx.cues.recommendation, s)) return std::make_pair(FindingKind::kRecommendation, Polarity::kNeutral);
  switch (pol) {
    case Polarity::kPositive: return std::make_pair(FindingKind::kStrength, pol);
    case Polarity::kNegative: return std::make_pair(FindingKind::kConcern, pol);
    case Polarity::kMixed:
      return std::make_pair(c.first_positive < c.first_negative ? FindingKind::kStrength : FindingKind::kConcern, pol);
    case Polarity::kNeutral: break;
  }
  return std::nullopt;
}

// True when the sentence's verb of saying has a subject other than the report's voice
// ("The Local Government Association said ...").
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
    std::size_t stop = after.find_first_of(",.;:");
    std::string_view inverted = after.substr(0, stop);
    const auto& voice = lx.cues.report_voice;
    if (any_match(voice, clause)) return false;
    if (word_count(inverted) <= 4 && any_match(voice, inverted)) return false;
    return true;
  }
  return false;
}

// Where a paragraph's own text starts after a subheading run into it ("Young people at
// risk The Ofsted report concluded ..."), or 0.
std::size_t after_glued_heading(const std::string& text, const Lexicon& lx) {
  for (const auto& re : lx.cues.glued_heading) {
    re2::StringPiece heading, rest;
    if (re2::RE2::FullMatch(text, *re, &heading, &rest) && rest.data())
      return static_cast<std::size_t>(rest.data() - text.data());
  }
  return 0;
}

}  // namespace

std::vector<std::string> cited_reports(std::string_view text, const Lexicon& lx) {
  std::vector<std::string> out;
  for (const auto& re : lx.news.report_title) {
    re2::StringPiece in(text.data(), text.size());
    std::vector<re2::StringPiece> g(static_cast<std::size_t>(re->NumberOfCapturingGroups()) + 1);
    std::size_t pos = 0;
    while (pos < text.size() && re->Match(in, pos, text.size(), re2::RE2::UNANCHORED, g.data(), static_cast<int>(g.size()))) {
      pos = static_cast<std::size_t>(g[0].data() - text.data()) + std::max<std::size_t>(g[0].size(), 1);
      if (g.size() < 2 || !g[1].data()) continue;
      std::string title = fold_space(std::string_view(g[1].data(), g[1].size()));
      if (std::find(out.begin(), out.end(), title) == out.end()) out.push_back(title);
    }
  }
  return out;
}

ReportedText analyse_reported(std::string_view text, const std::vector<Line>& lines, const Segmentation& seg,
                              DocumentKind kind, const Lexicon& lx) {
  ReportedText out;
  DocumentMeta& meta = out.meta;
  meta.kind = kind;
  std::vector<Unit> units = units_of(text, lines, seg, lx);
  classify_units(&units, lx);

  // Content: every unit that is not furniture, merged across the gaps between them.
  for (const auto& u : units) {
    if (u.type == UnitType::kFurniture || u.pieces.empty()) continue;
    ByteSpan span{u.pieces.front().input.begin, u.pieces.back().input.end};
    // A bullet's marker belongs to its line.
    std::size_t line_start = span.begin;
    while (line_start > 0 && text[line_start - 1] != '\n') --line_start;
    if (u.type == UnitType::kBullet) span.begin = line_start;
    if (!meta.content.empty()) {
      std::string_view gap = text.substr(meta.content.back().end, span.begin - std::min(span.begin, meta.content.back().end));
      if (span.begin >= meta.content.back().end && gap.find_first_not_of(" \t\r\n\f") == std::string_view::npos) {
        meta.content.back().end = span.end;
        continue;
      }
    }
    meta.content.push_back(span);
  }

  // Head: date, byline, title.
  for (const auto& u : units) {
    if (u.type != UnitType::kHead) continue;
    if (!meta.date) {
      for (const auto& re : lx.news.date) {
        std::vector<re2::StringPiece> g;
        if (search(*re, u.text, &g)) {
          meta.date = iso_date(group(*re, g, "d"), group(*re, g, "m"), group(*re, g, "y"), lx);
          if (meta.date) break;
        }
      }
    }
    bool byline = false;
    if (!meta.byline) {
      for (const auto& re : lx.news.byline) {
        std::vector<re2::StringPiece> g;
        if (!search(*re, u.text, &g)) continue;
        std::string name = group(*re, g, "name");
        auto words = split_words(name);
        if (name.empty() || !std::all_of(words.begin(), words.end(), [&](const Word& w) { return name_like(w.text, lx); }))
          continue;
        meta.byline = name;
        meta.people.push_back({name, std::nullopt, std::nullopt, PersonRelation::kAuthor});
        byline = true;
        break;
      }
    }
    bool date_only = false;
    for (const auto& re : lx.news.date) {
      std::vector<re2::StringPiece> g;
      if (search(*re, u.text, &g) && word_count(u.text) <= 6) date_only = true;
    }
    if (!meta.title && !byline && !date_only) meta.title = fold_space(u.text);
  }

  // Quotes: per unit, with attributions; a quotation left open runs on into the next
  // unit when that opens with a quotation mark.
  std::string last_speaker;
  std::string last_role;
  std::map<std::string, std::string> by_surname;
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> quoted(units.size());  // per unit: quote ranges kept
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> speech(units.size());  // unattributed speech
  std::optional<Quote> running;  // a quotation carried over from the previous unit
  std::optional<std::size_t> speaker_unit;  // the last unit in which a person spoke
  auto finish = [&](std::optional<Quote>& q) {
    if (q && !q->speaker.empty() && !q->text.empty()) out.quotes.push_back(*q);
    q.reset();
  };
  auto add_person = [&](const std::string& name, const std::string& role) {
    Person p{name, std::nullopt, std::nullopt, PersonRelation::kQuoted};
    split_role(role, &p);
    for (auto& existing : meta.people)
      if (existing.name == name && existing.relation == PersonRelation::kQuoted) {
        if (!existing.role && p.role) {
          existing.role = p.role;
          existing.organisation = p.organisation;
        }
        return;
      }
    meta.people.push_back(p);
  };
  // Per unit, found once: where a paragraph's own text starts after a run-in subheading,
  // and the people it says are speaking (names resolved in the quote pass below).
  std::vector<std::size_t> body_from(units.size(), 0);
  std::vector<std::vector<Attribution>> speakers(units.size());
  for (std::size_t ui = 0; ui < units.size(); ++ui) {
    const Unit& u = units[ui];
    if (u.type != UnitType::kParagraph && u.type != UnitType::kBullet && u.type != UnitType::kListIntro) continue;
    if (u.type == UnitType::kParagraph) body_from[ui] = after_glued_heading(u.text, lx);
    speakers[ui] = attributions(u.text, lx);
  }
  // "Name, role, said:" on a line of its own (GOV.UK press releases): the paragraphs
  // after it are that person's words, quotation marks or not, until a heading or the
  // next attribution.
  std::optional<Attribution> speech_block;
  for (std::size_t ui = 0; ui < units.size(); ++ui) {
    Unit& u = units[ui];
    if (u.type != UnitType::kParagraph && u.type != UnitType::kBullet && u.type != UnitType::kListIntro) {
      if (u.type != UnitType::kFurniture) {
        finish(running);
        speech_block.reset();
      }
      continue;
    }
    if (speech_block && u.type == UnitType::kParagraph && speakers[ui].empty() &&
        quote_parts(u.text).empty()) {
      Quote q;
      q.speaker = speech_block->name;
      Person tmp;
      split_role(speech_block->role, &tmp);
      q.role = tmp.role;
      q.organisation = tmp.organisation;
      q.text = u.text;
      q.spans = spans_of(u, 0, u.text.size());
      quoted[ui].emplace_back(0, u.text.size());
      out.quotes.push_back(q);
      speaker_unit = ui;
      continue;
    }
    speech_block.reset();
    std::size_t from = body_from[ui];
    auto parts = quote_parts(std::string_view(u.text).substr(from));
    for (auto& p : parts) {
      p.b += from;
      p.e += from;
    }
    auto attrs = speakers[ui];
    // Resolve names: "Ms Jones" is the Debbie Jones named before; pronouns are the last speaker.
    if (!attrs.empty()) speaker_unit = ui;
    for (auto& a : attrs) {
      if (a.name.empty()) {
        a.name = last_speaker;
        a.role = last_role;
        continue;
      }
      std::string bare = strip_honorific(a.name, lx);
      auto words = split_words(bare);
      if (words.size() == 1 && by_surname.count(std::string(words[0].text))) bare = by_surname[std::string(words[0].text)];
      a.name = bare;
      if (words.size() >= 2) by_surname[std::string(words.back().text)] = bare;
      last_speaker = bare;
      last_role = a.role;
    }
    bool opens_unit = !parts.empty() && parts.front().b <= from + 3;
    if (parts.empty() && attrs.size() == 1 && !attrs[0].name.empty() && !u.text.empty() && u.text.back() == ':' &&
        attrs[0].e + 2 >= u.text.size()) {
      speech_block = attrs[0];
      add_person(attrs[0].name, attrs[0].role);
    }
    if (running && !(opens_unit)) finish(running);
    for (std::size_t pi = 0; pi < parts.size(); ++pi) {
      const QuotePart& p = parts[pi];
      std::string_view body = std::string_view(u.text).substr(p.b, p.e - p.b);
      // Trailing punctuation inside the marks before an attribution ("…," she said) stays in.
      if (pi == 0 && running && opens_unit) {
        auto spans = spans_of(u, p.b, p.e);
        running->spans.insert(running->spans.end(), spans.begin(), spans.end());
        running->text += " " + std::string(body);
        quoted[ui].emplace_back(p.b, p.e);
        speaker_unit = ui;
        if (!p.open_end) finish(running);
        continue;
      }
      // The nearest attribution in the unit: before the quote in the same sentence, or after it.
      const Attribution* who = nullptr;
      for (const auto& a : attrs)
        if (a.e <= p.b) who = &a;
      for (const auto& a : attrs)
        if (a.b >= p.e && (!who || a.b - p.e < 40)) {
          who = &a;
          break;
        }
      std::string speaker = who ? who->name : std::string();
      std::string role = who ? who->role : std::string();
      // A paragraph that opens with a quotation and names nobody goes on with the last
      // speaker, when that speaker spoke in the paragraph just before.
      if (!who && pi == 0 && opens_unit && speaker_unit && *speaker_unit + 1 == ui &&
          word_count(body) >= kContinuedQuoteWords) {
        speaker = last_speaker;
        role = last_role;
      }
      if (speaker.empty()) {
        // Speech that opens a paragraph is someone's, even when the text does not say whose.
        if (pi == 0 && opens_unit && word_count(body) >= kContinuedQuoteWords) speech[ui].emplace_back(p.b, p.e);
        continue;
      }
      Quote q;
      q.speaker = speaker;
      Person tmp;
      split_role(role, &tmp);
      q.role = tmp.role;
      q.organisation = tmp.organisation;
      q.text = std::string(body);
      q.spans = spans_of(u, p.b, p.e);
      add_person(speaker, role);
      quoted[ui].emplace_back(p.b, p.e);
      speaker_unit = ui;
      if (p.open_end) running = q;
      else out.quotes.push_back(q);
    }
  }
  finish(running);
  // Trim spaces the quotation marks leave at either end.
  for (auto& q : out.quotes) {
    std::size_t b = q.text.find_first_not_of(' ');
    std::size_t e = q.text.find_last_not_of(' ');
    q.text = b == std::string::npos ? std::string() : q.text.substr(b, e - b + 1);
    q.text = fold_space(q.text);
  }

  // Findings: sentences of the article's paragraphs and the items of its lists.
  std::optional<std::string> section;
  bool in_list = false;  // after a line that introduces a list
  FindingKind list_kind = FindingKind::kObservation;
  auto add_finding = [&](const Unit& u, std::size_t b, std::size_t e, FindingKind k, Polarity pol) {
    Finding f;
    f.kind = k;
    f.polarity = pol;
    f.section = section;
    f.spans = spans_of(u, b, e);
    f.text = text_of(text, f.spans);
    f.pages = u.pages;
    out.findings.push_back(std::move(f));
  };
  const auto& background = lx.cues.background;
  for (std::size_t ui = 0; ui < units.size(); ++ui) {
    const Unit& u = units[ui];
    switch (u.type) {
      case UnitType::kFurniture:
      case UnitType::kHead:
        continue;
      case UnitType::kHeading:
        section = fold_space(u.text);
        in_list = false;
        continue;
      case UnitType::kListIntro:
        in_list = true;
        list_kind = any_full_match(lx.cues.concern_list, u.text)          ? FindingKind::kConcern
                    : any_full_match(lx.cues.recommendation_list, u.text) ? FindingKind::kRecommendation
                                                                       : FindingKind::kObservation;
        continue;
      case UnitType::kBullet: {
        if (!quoted[ui].empty() || !speech[ui].empty()) continue;
        auto j = judge(u.text, lx);
        FindingKind k = in_list ? list_kind : j ? j->first : FindingKind::kObservation;
        Polarity pol = j ? j->second : Polarity::kNeutral;
        if (k == FindingKind::kConcern && pol == Polarity::kNeutral) pol = Polarity::kNegative;
        if (!in_list && !j) continue;
        add_finding(u, 0, u.text.size(), k, pol);
        continue;
      }
      case UnitType::kParagraph:
        break;
    }
    in_list = false;
    std::size_t from = body_from[ui];
    std::string_view body = std::string_view(u.text).substr(from);
    const auto& attrs = speakers[ui];
    for (auto [sb, se] : sentences(body, lx)) {
      std::size_t b = from + sb, e = from + se;
      std::string_view s = std::string_view(u.text).substr(b, e - b);
      bool in_quote = false;
      for (const auto* ranges : {&quoted[ui], &speech[ui]})
        for (auto [qb, qe] : *ranges)
          if (qb < e && b < qe) in_quote = true;
      bool spoken = false;
      for (const auto& a : attrs)
        if (a.b < e && b < a.e) spoken = true;
      if (in_quote || spoken) continue;
      if (any_match(background, s) || other_voice(s, lx)) continue;
      auto j = judge(s, lx);
      if (!j) continue;
      add_finding(u, b, e, j->first, j->second);
    }
  }
  for (std::size_t i = 0; i < out.findings.size(); ++i) out.findings[i].id = "f" + std::to_string(i + 1);

  // Metadata from the article's own text (not furniture).
  std::string body;
  std::string lead;
  for (const auto& u : units) {
    if (u.type == UnitType::kFurniture) continue;
    body += u.text + "\n";
    if (lead.empty() && u.type == UnitType::kParagraph) lead = u.text;
  }
  for (const auto& ins : lx.inspectorates)
    if (re2::RE2::PartialMatch(body, *ins.pattern) &&
        std::find(meta.inspectorates.begin(), meta.inspectorates.end(), ins.label) == meta.inspectorates.end())
      meta.inspectorates.push_back(ins.label);
  std::map<std::string, int> topic_count;
  for (const auto& t : lx.topics) {
    re2::StringPiece in(body);
    int n = 0;
    while (re2::RE2::FindAndConsume(&in, *t.pattern)) ++n;
    if (n) topic_count[t.label] = n;
  }
  int best = kThemeMentions - 1;
  for (const auto& t : lx.topics) {
    auto it = topic_count.find(t.label);
    if (it != topic_count.end() && it->second > best) {
      best = it->second;
      meta.theme = t.label;
    }
  }
  // Areas: named in the title or lead, or where the text says it is about them.
  std::string about = meta.title.value_or("") + "\n" + lead + "\n";
  const auto& context = lx.cues.area_context;
  for (const auto& u : units) {
    if (u.type != UnitType::kParagraph && u.type != UnitType::kBullet) continue;
    for (auto [sb, se] : sentences(u.text, lx)) {
      std::string_view s = std::string_view(u.text).substr(sb, se - sb);
      if (any_match(context, s)) about += std::string(s) + "\n";
    }
  }
  meta.areas = find_areas(about, lx);
  for (const auto& a : find_areas(body, lx))
    if (std::find(meta.areas.begin(), meta.areas.end(), a) == meta.areas.end()) meta.places.push_back(a.name);
  for (const auto& u : units) {
    if (u.type == UnitType::kFurniture) continue;
    for (auto& title : cited_reports(u.text, lx))
      if (std::find(meta.reports_cited.begin(), meta.reports_cited.end(), title) == meta.reports_cited.end())
        meta.reports_cited.push_back(std::move(title));
  }
  return out;
}

}  // namespace jtai
