// JSON text in nlohmann's dump layout, written member by member.
#include "export/json_stream.h"

#include <utf8.h>

namespace jtai {
namespace {

// True when nlohmann's serializer would write VALUE unchanged between its quotes: no
// quotation mark, backslash or control character, and valid UTF-8.
bool written_as_is(std::string_view value) {
  unsigned char high = 0;
  for (unsigned char c : value) {
    if (c < 0x20 || c == '"' || c == '\\') return false;
    high |= c;
  }
  return high < 0x80 || utf8::find_invalid(value.begin(), value.end()) == value.end();
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
