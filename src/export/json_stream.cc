// JSON text in nlohmann's dump layout, written member by member.
#include "export/json_stream.h"

#include <cstdint>
#include <cstring>

#include <utf8.h>

namespace jtai {
namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

// Non-zero when a byte of W below 0x80 is below N (N <= 0x80), or is zero: exact as a test.
constexpr std::uint64_t below(std::uint64_t w, std::uint64_t n) { return (w - kOnes * n) & ~w & kHighs; }
constexpr std::uint64_t zero_byte(std::uint64_t w) { return below(w, 1); }

// True when nlohmann's serializer would write VALUE unchanged between its quotes: no
// quotation mark, backslash or control character, and valid UTF-8. Eight bytes at a
// time; UTF-8 is checked from the first eight that hold a byte above ASCII.
bool written_as_is(std::string_view value) {
  const char* p = value.data();
  const char* end = p + value.size();
  const char* first_high = nullptr;
  for (; end - p >= 8; p += 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    if (below(w, 0x20) | zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\'))) return false;
    if ((w & kHighs) && !first_high) first_high = p;
  }
  for (; p < end; ++p) {
    auto c = static_cast<unsigned char>(*p);
    if (c < 0x20 || c == '"' || c == '\\') return false;
    if ((c & 0x80) && !first_high) first_high = p;
  }
  return !first_high || utf8::find_invalid(first_high, end) == end;
}

}  // namespace

JsonStream::JsonStream(int indent)
    : indent_(indent),
      serializer_(nlohmann::detail::output_adapter<char>(text_), ' ', nlohmann::detail::error_handler_t::strict) {}

void JsonStream::clear() {
  text_.clear();
  has_members_.clear();
  after_key_ = false;
}

// Pretty layout puts every member of an object or array on its own line, indented by
// its depth; one-line layout only separates them with commas.
void JsonStream::new_member() {
  if (has_members_.empty()) return;
  if (has_members_.back()) text_ += ',';
  has_members_.back() = true;
  if (indent_ >= 0) {
    text_ += '\n';
    text_.append(static_cast<std::size_t>(indent_) * has_members_.size(), ' ');
  }
}

void JsonStream::before_value() {
  if (after_key_) after_key_ = false;
  else new_member();
}

JsonStream& JsonStream::open(char bracket) {
  before_value();
  text_ += bracket;
  has_members_.push_back(false);
  return *this;
}

JsonStream& JsonStream::close(char bracket) {
  bool any = has_members_.back();
  has_members_.pop_back();
  if (any && indent_ >= 0) {
    text_ += '\n';
    text_.append(static_cast<std::size_t>(indent_) * has_members_.size(), ' ');
  }
  text_ += bracket;
  return *this;
}

JsonStream& JsonStream::open_object() { return open('{'); }
JsonStream& JsonStream::close_object() { return close('}'); }
JsonStream& JsonStream::open_array() { return open('['); }
JsonStream& JsonStream::close_array() { return close(']'); }

JsonStream& JsonStream::key(std::string_view name) {
  new_member();
  text_ += '"';
  text_ += name;
  text_ += indent_ >= 0 ? "\": " : "\":";
  after_key_ = true;
  return *this;
}

JsonStream& JsonStream::string(std::string_view value) {
  before_value();
  if (written_as_is(value)) {
    text_ += '"';
    text_ += value;
    text_ += '"';
    return *this;
  }
  scratch_.get_ref<std::string&>().assign(value);
  serializer_.dump(scratch_, false, false, 0);
  return *this;
}

JsonStream& JsonStream::null() {
  before_value();
  text_ += "null";
  return *this;
}

JsonStream& JsonStream::string_or_null(const std::optional<std::string>& value) {
  return value ? string(*value) : null();
}

}  // namespace jtai
