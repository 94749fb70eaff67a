// An RE2 pattern compiled now or on first use (every stage that reads data/, and the rules
// of stage "tag"): data-table patterns are parsed when their table loads and compiled when
// a stage first matches with them, and rules of phrases the same. A run reads one kind of
// document more often than all of them, and compiling every pattern was most of start-up.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <re2/re2.h>

#include "data/relax.h"

namespace jtai {

/// A shared RE2 pattern, compiled on first use (from any number of threads at once).
class Regex {
 public:
  Regex() = default;
  /// PATTERN with OPTIONS, already parsed without error.
  Regex(std::string pattern, const re2::RE2::Options& options);
  /// A regex compiled already (and checked by the caller).
  explicit Regex(std::unique_ptr<const re2::RE2> compiled);

  /// The compiled regex; throws std::runtime_error when RE2 cannot compile it (a pattern
  /// too large for its memory), which parsing cannot tell.
  const re2::RE2& operator*() const { return compiled(); }
  const re2::RE2* operator->() const { return &compiled(); }

  /// False for a default-constructed Regex.
  explicit operator bool() const { return impl_ != nullptr; }
  bool operator==(std::nullptr_t) const { return impl_ == nullptr; }

  /// Takes COMPILED (this pattern with these options, compiled elsewhere) as its compiled
  /// form, unless it is compiled already: a pattern list's filter compiles each pattern too.
  void adopt(std::shared_ptr<const re2::RE2> compiled) const;

  /// RE2::Match's answer and GROUPS (N of them) for TEXT from BEGIN to END: searched first
  /// with the pattern's twin whose long repeats are open (data/relax.h) when groups are
  /// asked for, and again with the pattern only when the twin's match broke a bound.
  bool match(re2::StringPiece text, std::size_t begin, std::size_t end, re2::RE2::Anchor anchor,
             re2::StringPiece* groups, int n) const;

  /// The twin, or null when the pattern has no long repeat to open (or groups are read
  /// longest-first); found without compiling anything. A list's filter reads the twin.
  const std::string* twin_pattern() const;
  /// Takes COMPILED (twin_pattern() with these options) as the twin's compiled form,
  /// unless it is compiled already.
  void adopt_twin(std::shared_ptr<const re2::RE2> compiled) const;

  /// The pattern's capturing groups, told by its twin when it has one (the pattern itself
  /// is then compiled only if a twin's match breaks a bound).
  int group_count() const;
  /// The number of the capturing group NAME, or -1 when the pattern has none.
  int group_index(const std::string& name) const;

  /// The pattern as compiled, and its options, without compiling it.
  const std::string& pattern() const { return impl_->pattern; }
  const re2::RE2::Options& options() const { return impl_->options; }

 private:
  struct Impl {
    std::string pattern;
    re2::RE2::Options options;
    std::once_flag once;
    std::shared_ptr<const re2::RE2> re;
    std::once_flag plan_once;
    std::optional<RelaxedPattern> plan;  ///< nullopt: no twin
    std::once_flag twin_once;
    std::shared_ptr<const re2::RE2> twin;
  };
  const re2::RE2& compiled() const;
  const RelaxedPattern* plan() const;
  /// The compiled twin, or null when there is none or it does not compile as planned.
  const re2::RE2* twin() const;

  std::shared_ptr<Impl> impl_;
};

}  // namespace jtai
