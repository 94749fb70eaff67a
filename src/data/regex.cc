// Data-table patterns compiled on first use, and matched for groups through a cheaper twin.
// Why the twin's answer is the pattern's when its repeats kept their bounds: the twin
// matches every parse of the pattern, in the same order of preference (leftmost first,
// greedy repeats longer first, lazy ones shorter), and more. Its first match, within the
// bounds, is a parse of the pattern; each parse preferred to it failed for the twin, so
// for the pattern too, and the pattern cannot match where the twin does not.
#include "data/regex.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

namespace jtai {
namespace {

constexpr int kRelaxFrom = 16;  // the shortest upper bound worth opening: RE2 writes the class out that many times

// The characters of S: code points in UTF-8, bytes in Latin-1.
std::size_t characters(re2::StringPiece s, bool utf8) {
  if (!utf8) return s.size();
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

}  // namespace

Regex::Regex(std::string pattern, const re2::RE2::Options& options) : impl_(std::make_shared<Impl>()) {
  impl_->pattern = std::move(pattern);
  impl_->options = options;
}

Regex::Regex(std::unique_ptr<const re2::RE2> compiled) : impl_(std::make_shared<Impl>()) {
  impl_->pattern = compiled->pattern();
  impl_->options = compiled->options();
  impl_->re = std::move(compiled);
  std::call_once(impl_->once, [] {});  // nothing left to compile
}

void Regex::adopt(std::shared_ptr<const re2::RE2> compiled) const {
  std::call_once(impl_->once, [&] { impl_->re = std::move(compiled); });
}

const re2::RE2& Regex::compiled() const {
  std::call_once(impl_->once, [this] { impl_->re = std::make_unique<const re2::RE2>(impl_->pattern, impl_->options); });
  if (!impl_->re->ok()) throw std::runtime_error("cannot compile pattern '" + impl_->pattern + "': " + impl_->re->error());
  return *impl_->re;
}

const RelaxedPattern* Regex::plan() const {
  std::call_once(impl_->plan_once, [this] {
    if (!impl_->options.longest_match()) impl_->plan = relax_repeats(impl_->pattern, kRelaxFrom);
  });
  return impl_->plan ? &*impl_->plan : nullptr;
}

const std::string* Regex::twin_pattern() const {
  const RelaxedPattern* p = plan();
  return p ? &p->pattern : nullptr;
}

void Regex::adopt_twin(std::shared_ptr<const re2::RE2> compiled) const {
  std::call_once(impl_->twin_once, [&] { impl_->twin = std::move(compiled); });
}

const re2::RE2* Regex::twin() const {
  const RelaxedPattern* p = plan();
  if (!p) return nullptr;
  std::call_once(impl_->twin_once, [&] {
    re2::RE2::Options o = impl_->options;
    o.set_log_errors(false);
    impl_->twin = std::make_shared<const re2::RE2>(p->pattern, o);
  });
  // The pattern's groups, group 0 and one new group for each repeat opened.
  std::size_t groups = p->groups.size() + p->repeats.size();
  const re2::RE2& re = *impl_->twin;
  return re.ok() && static_cast<std::size_t>(re.NumberOfCapturingGroups()) + 1 == groups ? &re : nullptr;
}

int Regex::group_count() const {
  return twin() ? static_cast<int>(plan()->groups.size()) - 1 : compiled().NumberOfCapturingGroups();
}

int Regex::group_index(const std::string& name) const {
  const re2::RE2* t = twin();
  const auto& names = t ? t->NamedCapturingGroups() : compiled().NamedCapturingGroups();
  auto it = names.find(name);
  if (it == names.end()) return -1;
  if (!t) return it->second;
  const std::vector<int>& groups = plan()->groups;
  auto at = std::find(groups.begin(), groups.end(), it->second);
  return at == groups.end() ? -1 : static_cast<int>(at - groups.begin());
}

bool Regex::match(re2::StringPiece text, std::size_t begin, std::size_t end, re2::RE2::Anchor anchor,
                  re2::StringPiece* groups, int n) const {
  const re2::RE2* t = n > 1 ? twin() : nullptr;
  const RelaxedPattern* p = t ? plan() : nullptr;
  if (!t || n > static_cast<int>(p->groups.size())) return compiled().Match(text, begin, end, anchor, groups, n);
  thread_local std::vector<re2::StringPiece> found;
  found.assign(static_cast<std::size_t>(t->NumberOfCapturingGroups()) + 1, {});
  if (!t->Match(text, begin, end, anchor, found.data(), static_cast<int>(found.size()))) return false;
  bool utf8 = impl_->options.encoding() == re2::RE2::Options::EncodingUTF8;
  for (const auto& r : p->repeats) {
    const re2::StringPiece& g = found[static_cast<std::size_t>(r.group)];
    if (g.data() && characters(g, utf8) > static_cast<std::size_t>(r.max))
      return compiled().Match(text, begin, end, anchor, groups, n);
  }
  for (int k = 0; k < n; ++k) groups[k] = found[static_cast<std::size_t>(p->groups[static_cast<std::size_t>(k)])];
  return true;
}

}  // namespace jtai
