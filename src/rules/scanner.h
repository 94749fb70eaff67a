// Many expressions in one Hyperscan database (libhyperscan, Intel's 5.4), found in one pass over a text
// by where each match ends (stage "tag": RuleSet::compile builds one from
// the rule patterns, RuleSet::match_each scans the findings of a document with it).
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

struct hs_database;
struct hs_scratch;

namespace jtai {

/// One match of expression ID ending at TO.
struct ScanHit {
  unsigned id = 0;
  std::size_t to = 0;
};

/// A compiled block-mode database; safe to scan from several threads at once.
class Scanner {
 public:
  /// One expression in Hyperscan's syntax, its HS_FLAG_* flags and the id its hits carry.
  struct Expression {
    std::string pattern;
    unsigned flags = 0;
    unsigned id = 0;
  };

  /// An expression Hyperscan would not compile: its index in the list and why.
  struct Refusal {
    std::size_t index = 0;
    std::string reason;
  };

  /// Compiles EXPRESSIONS, as regexes or (LITERAL) as plain byte strings; hits carry only
  /// their end, because tracking regex starts makes bounded repeats 4x slower. Returns
  /// null with REFUSED naming the first expression that does not compile (index past the
  /// end: the whole database failed).
  /// A database slow to compile is cached between runs of the same build (scanner.cc):
  /// JTAI_CACHE_DIR, else $XDG_CACHE_HOME/jtai or ~/.cache/jtai; JTAI_CACHE_DIR set empty
  /// turns the cache off.
  static std::unique_ptr<Scanner> compile(const std::vector<Expression>& expressions, bool literal, Refusal* refused);

  ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  /// Appends every match in TEXT to HITS, in the order Hyperscan reports them (by end).
  void scan(std::string_view text, std::vector<ScanHit>* hits) const;

 private:
  Scanner() = default;
  bool build(const std::vector<Expression>& expressions, bool literal, Refusal* refused);
  hs_scratch* take_scratch() const;
  void give_back(hs_scratch* scratch) const;

  hs_database* db_ = nullptr;
  hs_scratch* prototype_ = nullptr;
  mutable std::mutex mutex_;
  mutable std::vector<hs_scratch*> spare_;  ///< scratch space of finished scans, for the next
};

}  // namespace jtai
