// JSON text written as it is produced (export stage, used by the JSON and JSONL writers):
// objects, arrays, keys and values appended to a buffer in exactly the layout of
// nlohmann's dump(indent) or, with a negative indent, dump(-1), with no JSON tree in
// between. Strings that need escaping go through nlohmann's own serializer (strict UTF-8);
// the others, valid UTF-8 without quotes, backslashes or control characters, are copied.
#pragma once

#include <charconv>
#include <concepts>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace jtai {

/// A JSON text under construction; calls must nest as JSON does (open/close pairs, a key
/// before each value inside an object).
class JsonStream {
 public:
  /// INDENT spaces per level, one value per line; INDENT < 0 writes everything on one line.
  explicit JsonStream(int indent);
  JsonStream(const JsonStream&) = delete;
  JsonStream& operator=(const JsonStream&) = delete;

  /// The text written since the last clear().
  std::string_view text() const { return {buf_.data(), size_}; }
  /// Starts a new text, keeping the buffer's capacity.
  void clear();

  JsonStream& open_object();
  JsonStream& close_object();
  JsonStream& open_array();
  JsonStream& close_array();
  /// The next member's key; NAME is written as is, so it must need no escaping.
  JsonStream& key(std::string_view name);
  JsonStream& string(std::string_view value);
  /// key(NAME).string(VALUE), written in one go.
  JsonStream& member(std::string_view name, std::string_view value);
  JsonStream& null();
  /// VALUE, or null when it is absent.
  JsonStream& string_or_null(const std::optional<std::string>& value);
  /// key(NAME).pair(A, B), written in one go.
  template <std::integral T>
  JsonStream& pair_member(std::string_view name, T a, T b) {
    if (indent_ >= 0) return key(name).pair(a, b);
    new_member();
    end_at(bracketed(quoted_key(room(name.size() + kPairBytes + 4), name), a, b));
    return *this;
  }
  /// An array of the two integers A and B, as a span is written.
  template <std::integral T>
  JsonStream& pair(T a, T b) {
    if (indent_ >= 0) return open_array().number(a).number(b).close_array();
    before_value();
    end_at(bracketed(room(kPairBytes), a, b));
    return *this;
  }
  template <std::integral T>
  JsonStream& number(T value) {
    before_value();
    char* at = room(kMaxDigits);
    end_at(std::to_chars(at, at + kMaxDigits, value).ptr);
    return *this;
  }

 private:
  static constexpr std::size_t kMaxDigits = 24;  ///< room for any integer's digits and sign
  static constexpr std::size_t kPairBytes = 2 * kMaxDigits + 3;  ///< room for [A,B]

  // N bytes of room after the text, which the caller fills and counts into size_.
  char* room(std::size_t n) {
    if (buf_.size() - size_ < n) grow(n);
    return buf_.data() + size_;
  }
  void grow(std::size_t n);
  // The text now ends at AT, inside the room asked for.
  void end_at(const char* at) { size_ = static_cast<std::size_t>(at - buf_.data()); }
  // Writes "S" at AT (S needs no escaping); returns where it ends.
  static char* quoted(char* at, std::string_view s) {
    *at = '"';
    std::memcpy(at + 1, s.data(), s.size());
    at[s.size() + 1] = '"';
    return at + s.size() + 2;
  }
  // Writes "NAME": (and a space when pretty) at AT; returns where it ends.
  char* quoted_key(char* at, std::string_view name) const {
    at = quoted(at, name);
    *at++ = ':';
    if (indent_ >= 0) *at++ = ' ';
    return at;
  }
  // Writes [A,B] at AT; returns where it ends.
  template <std::integral T>
  static char* bracketed(char* at, T a, T b) {
    *at = '[';
    at = std::to_chars(at + 1, at + 1 + kMaxDigits, a).ptr;
    *at = ',';
    at = std::to_chars(at + 1, at + 1 + kMaxDigits, b).ptr;
    *at = ']';
    return at + 1;
  }
  // VALUE as nlohmann's serializer escapes it.
  void escaped(std::string_view value);
  void put(char c) {
    *room(1) = c;
    ++size_;
  }
  void put(std::string_view s);
  void line_break();
  void before_value();
  void new_member();
  JsonStream& open(char bracket);
  JsonStream& close(char bracket);

  std::string buf_;        ///< the text in [0, size_), room after it
  std::size_t size_ = 0;
  int indent_;
  std::vector<char> has_members_;  ///< per open object or array
  bool after_key_ = false;
  std::string escaped_;                  ///< a string as the serializer escaped it
  nlohmann::ordered_json scratch_ = "";  ///< holds each string while the serializer escapes it
  nlohmann::detail::serializer<nlohmann::ordered_json> serializer_;
};

}  // namespace jtai
