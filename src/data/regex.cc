// Data-table patterns compiled on first use.
#include "data/regex.h"

#include <stdexcept>

namespace jtai {

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

}  // namespace jtai
