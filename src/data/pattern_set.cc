// One RE2::Set over a list of patterns.
#include "data/pattern_set.h"

#include <algorithm>
#include <numeric>

namespace jtai {
namespace {

constexpr int kSetMemory = 64 << 20;  // room for the DFA of every pattern at once, so it never gives up

}  // namespace

bool any_match(const std::vector<std::shared_ptr<const re2::RE2>>& patterns, std::string_view s) {
  for (const auto& re : patterns)
    if (re2::RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *re)) return true;
  return false;
}

bool any_full_match(const std::vector<std::shared_ptr<const re2::RE2>>& patterns, std::string_view s) {
  for (const auto& re : patterns)
    if (re2::RE2::FullMatch(re2::StringPiece(s.data(), s.size()), *re)) return true;
  return false;
}

PatternSet::PatternSet(const std::vector<std::shared_ptr<const re2::RE2>>& patterns, re2::RE2::Anchor anchor)
    : size_(static_cast<int>(patterns.size())) {
  if (patterns.empty()) return;
  re2::RE2::Options o = patterns.front()->options();
  for (const auto& re : patterns)
    if (re->options().ParseFlags() != o.ParseFlags() || re->options().longest_match() != o.longest_match()) return;
  o.set_max_mem(kSetMemory);
  o.set_log_errors(false);
  auto set = std::make_shared<re2::RE2::Set>(o, anchor);
  for (const auto& re : patterns)
    if (set->Add(re->pattern(), nullptr) < 0) return;
  if (set->Compile()) set_ = std::move(set);
}

std::vector<int> PatternSet::matching(std::string_view s) const {
  std::vector<int> out;
  re2::RE2::Set::ErrorInfo error;
  if (set_ && (set_->Match(re2::StringPiece(s.data(), s.size()), &out, &error) ||
               error.kind == re2::RE2::Set::kNoError)) {
    std::sort(out.begin(), out.end());
    return out;
  }
  out.resize(static_cast<std::size_t>(size_));
  std::iota(out.begin(), out.end(), 0);
  return out;
}

}  // namespace jtai
