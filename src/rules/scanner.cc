// One Vectorscan database for many expressions, with a pool of scratch spaces so that
// batch workers can scan at the same time.
#include "rules/scanner.h"

#include <stdexcept>

#include <hs.h>

namespace jtai {
namespace {

int on_match(unsigned id, unsigned long long from, unsigned long long to, unsigned, void* context) {
  static_cast<std::vector<ScanHit>*>(context)->push_back(
      {id, static_cast<std::size_t>(from), static_cast<std::size_t>(to)});
  return 0;
}

}  // namespace

std::unique_ptr<Scanner> Scanner::compile(const std::vector<Expression>& expressions, bool literal, Refusal* refused) {
  std::vector<const char*> patterns;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> flags, ids;
  for (const auto& e : expressions) {
    patterns.push_back(e.pattern.c_str());
    lengths.push_back(e.pattern.size());
    flags.push_back(literal ? e.flags : e.flags | HS_FLAG_SOM_LEFTMOST);
    ids.push_back(e.id);
  }
  std::unique_ptr<Scanner> out(new Scanner());
  hs_compile_error_t* error = nullptr;
  auto n = static_cast<unsigned>(patterns.size());
  hs_error_t rc = literal ? hs_compile_lit_multi(patterns.data(), flags.data(), ids.data(), lengths.data(), n,
                                                 HS_MODE_BLOCK, nullptr, &out->db_, &error)
                          : hs_compile_multi(patterns.data(), flags.data(), ids.data(), n, HS_MODE_BLOCK, nullptr,
                                             &out->db_, &error);
  if (rc != HS_SUCCESS) {
    if (refused) {
      refused->index = error && error->expression >= 0 ? static_cast<std::size_t>(error->expression) : expressions.size();
      refused->reason = error && error->message ? error->message : "compile failed";
    }
    hs_free_compile_error(error);
    out->db_ = nullptr;
    return nullptr;
  }
  if (hs_alloc_scratch(out->db_, &out->prototype_) != HS_SUCCESS) {
    if (refused) *refused = {expressions.size(), "no memory for scratch space"};
    return nullptr;
  }
  return out;
}

Scanner::~Scanner() {
  for (auto* s : spare_) hs_free_scratch(s);
  if (prototype_) hs_free_scratch(prototype_);
  if (db_) hs_free_database(db_);
}

hs_scratch* Scanner::take_scratch() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!spare_.empty()) {
      hs_scratch* s = spare_.back();
      spare_.pop_back();
      return s;
    }
  }
  hs_scratch_t* s = nullptr;
  if (hs_clone_scratch(prototype_, &s) != HS_SUCCESS) throw std::bad_alloc();
  return s;
}

void Scanner::give_back(hs_scratch* scratch) const {
  std::lock_guard<std::mutex> lock(mutex_);
  spare_.push_back(scratch);
}

void Scanner::scan(std::string_view text, std::vector<ScanHit>* hits) const {
  hs_scratch* scratch = take_scratch();
  hs_error_t rc = hs_scan(db_, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, hits);
  give_back(scratch);
  if (rc != HS_SUCCESS) throw std::runtime_error("Vectorscan scan failed (error " + std::to_string(rc) + ")");
}

}  // namespace jtai
