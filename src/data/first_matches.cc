// One Vectorscan pass (HS_FLAG_SINGLEMATCH: each pattern's first end only), then RE2 from
// kFirstMatchWindow bytes before each end. Only patterns whose options Vectorscan reads
// the same way go to the database: case-sensitive Perl syntax on UTF-8 text, where
// Vectorscan's language holds RE2's (its \s also takes \v), so a pattern it does not
// find is absent; the rest, and a search the window does not answer, are RE2's alone.
#include "data/first_matches.h"

#include <mutex>

#include <hs.h>

#include "rules/scanner.h"
#include "tuning.h"

namespace jtai {
namespace {

bool read_alike(const re2::RE2::Options& o) {
  return o.case_sensitive() && o.encoding() == re2::RE2::Options::EncodingUTF8 && !o.posix_syntax() &&
         !o.longest_match() && !o.literal() && !o.never_nl() && !o.dot_nl();
}

// RE's first match in S at or after FROM.
std::optional<std::string_view> match_from(std::string_view s, const re2::RE2& re, std::size_t from) {
  re2::StringPiece m;
  if (!re.Match(re2::StringPiece(s.data(), s.size()), from, s.size(), re2::RE2::UNANCHORED, &m, 1))
    return std::nullopt;
  return std::string_view(m.data() ? m.data() : s.data() + from, m.size());
}

}  // namespace

struct FirstMatches::Db {
  std::vector<Regex> patterns;
  std::once_flag once;
  std::unique_ptr<Scanner> scanner;  ///< null: every pattern is RE2's
  std::vector<char> scanned;         ///< by pattern: in the database

  void build() {
    scanned.assign(patterns.size(), 0);
    for (std::size_t i = 0; i < patterns.size(); ++i) scanned[i] = read_alike(patterns[i].options());
    // A pattern Vectorscan refuses goes to RE2 and the rest are compiled again.
    for (;;) {
      std::vector<Scanner::Expression> expressions;
      for (std::size_t i = 0; i < patterns.size(); ++i)
        if (scanned[i])
          expressions.push_back({patterns[i].pattern(), HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH, static_cast<unsigned>(i)});
      if (expressions.empty()) return;
      Scanner::Refusal refused;
      scanner = Scanner::compile(expressions, false, &refused);
      if (scanner) return;
      if (refused.index >= expressions.size()) break;
      scanned[expressions[refused.index].id] = 0;
    }
    scanned.assign(patterns.size(), 0);
  }
};

FirstMatches::FirstMatches(const std::vector<Regex>& patterns) : db_(std::make_shared<Db>()) {
  db_->patterns = patterns;
}

std::vector<std::optional<std::string_view>> FirstMatches::in(std::string_view s, const std::vector<char>& wanted) const {
  std::vector<std::optional<std::string_view>> out(wanted.size());
  if (!db_) return out;
  std::call_once(db_->once, [this] { db_->build(); });
  const auto& patterns = db_->patterns;
  std::vector<std::size_t> end(patterns.size(), std::string_view::npos);
  bool scan = false;
  for (std::size_t i = 0; i < patterns.size() && i < wanted.size(); ++i) scan |= wanted[i] && db_->scanned[i];
  if (scan) {
    thread_local std::vector<ScanHit> hits;
    hits.clear();
    db_->scanner->scan(s, &hits);
    for (const auto& h : hits)
      if (h.to < end[h.id]) end[h.id] = h.to;
  }
  for (std::size_t i = 0; i < patterns.size() && i < wanted.size(); ++i) {
    if (!wanted[i]) continue;
    if (!db_->scanned[i]) {
      out[i] = match_from(s, *patterns[i], 0);
      continue;
    }
    if (end[i] == std::string_view::npos) continue;
    std::size_t from = end[i] > tuning::kFirstMatchWindow ? end[i] - tuning::kFirstMatchWindow : 0;
    out[i] = match_from(s, *patterns[i], from);
    // Anchored at the start, or longer than the window: the whole search.
    if (!out[i] && from > 0) out[i] = match_from(s, *patterns[i], 0);
  }
  return out;
}

}  // namespace jtai
