// One Hyperscan pass (HS_FLAG_SINGLEMATCH: each pattern's first end only), then RE2 from
// kFirstMatchWindow bytes before each end. Only patterns whose options Hyperscan reads
// the same way go to the database: case-sensitive Perl syntax on UTF-8 text, where
// Hyperscan's language holds RE2's (its \s also takes \v), so a pattern it does not
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
  PatternSet filter;
  std::once_flag once;
  std::unique_ptr<Scanner> scanner;  ///< null: every pattern is RE2's, and the filter scans alone
  std::vector<char> scanned;         ///< by pattern: in the database
  bool filter_scanned = false;       ///< the filter's strings are in the database, numbered from patterns.size()

  void build() {
    for (const auto& p : patterns) scanned.push_back(read_alike(p.options()));
    auto strings = filter.filter_expressions(static_cast<unsigned>(patterns.size()));
    filter_scanned = !strings.empty();
    // A pattern Hyperscan refuses goes to RE2 and the rest are compiled again; the
    // filter's strings, if refused, scan alone.
    for (;;) {
      std::vector<Scanner::Expression> expressions;
      for (std::size_t i = 0; i < patterns.size(); ++i)
        if (scanned[i])
          expressions.push_back({patterns[i].pattern(), HS_FLAG_UTF8 | HS_FLAG_SINGLEMATCH, static_cast<unsigned>(i)});
      std::size_t own = expressions.size();
      if (filter_scanned) expressions.insert(expressions.end(), strings.begin(), strings.end());
      if (expressions.empty()) return;
      Scanner::Refusal refused;
      scanner = Scanner::compile(expressions, false, &refused);
      if (scanner) return;
      if (refused.index < own) scanned[expressions[refused.index].id] = 0;
      else if (filter_scanned) filter_scanned = false;
      else break;
    }
    scanned.assign(patterns.size(), 0);
    filter_scanned = false;
  }
};

FirstMatches::FirstMatches(const std::vector<Regex>& patterns, PatternSet filter) : db_(std::make_shared<Db>()) {
  db_->patterns = patterns;
  db_->filter = std::move(filter);
}

FirstMatches::Ends FirstMatches::ends(std::string_view s) const {
  Ends out;
  if (!db_) return out;
  std::call_once(db_->once, [this] { db_->build(); });
  const std::size_t n = db_->patterns.size();
  out.at.assign(n, std::string_view::npos);
  if (!db_->scanner) {
    out.possible = db_->filter.within(s);
    return out;
  }
  thread_local std::vector<ScanHit> hits;
  thread_local std::vector<int> held;
  hits.clear();
  held.clear();
  db_->scanner->scan(s, &hits);
  for (const auto& h : hits)
    if (h.id >= n) held.push_back(static_cast<int>(h.id - n));
    else if (h.to < out.at[h.id]) out.at[h.id] = h.to;
  out.possible = db_->filter_scanned ? db_->filter.within_holding(held) : db_->filter.within(s);
  return out;
}

std::optional<std::string_view> FirstMatches::first(std::string_view s, std::size_t i, const Ends& ends) const {
  if (i >= ends.at.size()) return std::nullopt;  // no patterns, or ENDS not of this list
  const re2::RE2& re = *db_->patterns[i];
  if (!db_->scanned[i]) return match_from(s, re, 0);
  std::size_t end = ends.at[i];
  if (end == std::string_view::npos) return std::nullopt;
  std::size_t from = end > tuning::kFirstMatchWindow ? end - tuning::kFirstMatchWindow : 0;
  auto m = match_from(s, re, from);
  // Anchored at the start, or longer than the window: the whole search.
  if (!m && from > 0) m = match_from(s, re, 0);
  return m;
}

}  // namespace jtai
