// JSON text in nlohmann's dump layout, written member by member.
#include "export/json_stream.h"

#include <algorithm>
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

// False when one of the eight bytes at P is a quotation mark, backslash or control
// character; FIRST_HIGH gets P, unless it is already set, when one is above ASCII.
[[gnu::always_inline]] inline bool clean_word(const char* p, const char** first_high) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  if (below(w, 0x20) | zero_byte(w ^ (kOnes * '"')) | zero_byte(w ^ (kOnes * '\\'))) return false;
  if ((w & kHighs) && !*first_high) *first_high = p;
  return true;
}

// True when nlohmann's serializer would write VALUE unchanged between its quotes: no
// quotation mark, backslash or control character, and valid UTF-8. Eight bytes at a
// time, the last eight overlapping the ones before; UTF-8 is checked from the first
// eight that hold a byte above ASCII (the bytes before them are all ASCII).
bool written_as_is(std::string_view value) {
  const char* p = value.data();
  const char* end = p + value.size();
  const char* first_high = nullptr;
  if (value.size() >= 8) {
    for (; end - p >= 8; p += 8)
      if (!clean_word(p, &first_high)) return false;
    if (p != end && !clean_word(end - 8, &first_high)) return false;
    p = end;
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
      serializer_(nlohmann::detail::output_adapter<char>(escaped_), ' ', nlohmann::detail::error_handler_t::strict) {}

void JsonStream::clear() {
  size_ = 0;
  has_members_.clear();
  after_key_ = false;
}

// The buffer at least doubles, so that filling it costs amortised constant time per byte.
void JsonStream::grow(std::size_t n) { buf_.resize(std::max(2 * buf_.size(), size_ + std::max<std::size_t>(n, 256))); }

void JsonStream::put(std::string_view s) {
  std::memcpy(room(s.size()), s.data(), s.size());
  size_ += s.size();
}

// Pretty layout: a new line indented by the depth of what is open.
void JsonStream::line_break() {
  std::size_t spaces = static_cast<std::size_t>(indent_) * has_members_.size();
  char* at = room(spaces + 1);
  *at = '\n';
  std::memset(at + 1, ' ', spaces);
  size_ += spaces + 1;
}

// Pretty layout puts every member of an object or array on its own line, indented by
// its depth; one-line layout only separates them with commas.
void JsonStream::new_member() {
  if (has_members_.empty()) return;
  if (has_members_.back()) put(',');
  has_members_.back() = 1;
  if (indent_ >= 0) line_break();
}

void JsonStream::before_value() {
  if (after_key_) after_key_ = false;
  else new_member();
}

JsonStream& JsonStream::open(char bracket) {
  before_value();
  put(bracket);
  has_members_.push_back(0);
  return *this;
}

JsonStream& JsonStream::close(char bracket) {
  bool any = has_members_.back();
  has_members_.pop_back();
  if (any && indent_ >= 0) line_break();
  put(bracket);
  return *this;
}

JsonStream& JsonStream::open_object() { return open('{'); }
JsonStream& JsonStream::close_object() { return close('}'); }
JsonStream& JsonStream::open_array() { return open('['); }
JsonStream& JsonStream::close_array() { return close(']'); }

JsonStream& JsonStream::key(std::string_view name) {
  new_member();
  end_at(quoted_key(room(name.size() + 4), name));
  after_key_ = true;
  return *this;
}

JsonStream& JsonStream::member(std::string_view name, std::string_view value) {
  new_member();
  if (!written_as_is(value)) {
    end_at(quoted_key(room(name.size() + 4), name));
    escaped(value);
    return *this;
  }
  end_at(quoted(quoted_key(room(name.size() + value.size() + 6), name), value));
  return *this;
}

JsonStream& JsonStream::string(std::string_view value) {
  before_value();
  if (!written_as_is(value)) escaped(value);
  else end_at(quoted(room(value.size() + 2), value));
  return *this;
}

void JsonStream::escaped(std::string_view value) {
  escaped_.clear();
  scratch_.get_ref<std::string&>().assign(value);
  serializer_.dump(scratch_, false, false, 0);
  put(escaped_);
}

JsonStream& JsonStream::null() {
  before_value();
  put("null");
  return *this;
}

JsonStream& JsonStream::string_or_null(const std::optional<std::string>& value) {
  return value ? string(*value) : null();
}

}  // namespace jtai
