// JsonStream: the same text as nlohmann's dump for any nesting, pretty or on one line.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "export/json_stream.h"

namespace {

using json = nlohmann::ordered_json;

// Writes V through STREAM, value by value: an array of two integers of one sign as a pair,
// an object's string or pair of unsigned integers as one member.
void emit(jtai::JsonStream& stream, const json& v) {
  if (v.is_array() && v.size() == 2 && v[0].is_number_unsigned() && v[1].is_number_unsigned()) {
    stream.pair(v[0].get<std::uint64_t>(), v[1].get<std::uint64_t>());
  } else if (v.is_array() && v.size() == 2 && v[0].is_number_integer() && v[1].is_number_integer()) {
    stream.pair(v[0].get<std::int64_t>(), v[1].get<std::int64_t>());
  } else if (v.is_object()) {
    stream.open_object();
    for (auto it = v.begin(); it != v.end(); ++it) {
      const json& m = it.value();
      if (m.is_string()) {  // strings and pairs of numbers as one member each
        stream.member(it.key(), m.get_ref<const std::string&>());
      } else if (m.is_array() && m.size() == 2 && m[0].is_number_unsigned() && m[1].is_number_unsigned()) {
        stream.pair_member(it.key(), m[0].get<std::uint64_t>(), m[1].get<std::uint64_t>());
      } else {
        stream.key(it.key());
        emit(stream, m);
      }
    }
    stream.close_object();
  } else if (v.is_array()) {
    stream.open_array();
    for (const auto& e : v) emit(stream, e);
    stream.close_array();
  } else if (v.is_string()) {
    stream.string(v.get_ref<const std::string&>());
  } else if (v.is_number_unsigned()) {
    stream.number(v.get<std::uint64_t>());
  } else if (v.is_number_integer()) {
    stream.number(v.get<std::int64_t>());
  } else {
    stream.null();
  }
}

}  // namespace

TEST_CASE("JsonStream writes nlohmann's dump layout", "[export]") {
  const std::vector<std::string> inputs = {
      R"({})",
      R"([])",
      R"("text")",
      R"({"a":[],"b":{},"c":null})",
      R"([[1,2],[],[3]])",
      R"({"span":[0,18446744073709551615],"spans":[[-9223372036854775807,-1],[7,8]]})",
      R"({"a":{"b":{"c":[0,-7,18446744073709551615]}}})",
      R"([{},{"k":"v"},[{}]])",
      R"({"s":"quote \" backslash \\ tab \t line \n nul \u0001 e\u0301 \u2013 \ud83d\ude00"})",
  };
  for (const auto& in : inputs) {
    SECTION(in) {
      json v = json::parse(in);
      for (int indent : {-1, 0, 2, 4}) {
        jtai::JsonStream stream(indent);
        emit(stream, v);
        CHECK(stream.text() == v.dump(indent));
      }
    }
  }
}

TEST_CASE("JsonStream starts again after clear", "[export]") {
  jtai::JsonStream stream(2);
  stream.open_object().key("a").open_array().number(1);
  stream.clear();
  stream.open_array().string("x").close_array();
  CHECK(stream.text() == "[\n  \"x\"\n]");
}

TEST_CASE("JsonStream refuses invalid UTF-8 as dump does", "[export]") {
  jtai::JsonStream stream(-1);
  CHECK_THROWS_AS(stream.string("caf\xE9"), nlohmann::json::type_error);
  jtai::JsonStream member(-1);
  member.open_object();
  CHECK_THROWS_AS(member.member("k", "caf\xE9"), nlohmann::json::type_error);
}

TEST_CASE("JsonStream writes each string as dump does, copied or escaped", "[export]") {
  const std::vector<std::string> strings = {
      "", "plain ASCII text", "tilde ~ and DEL \x7F", "curly \xE2\x80\x99" "apostrophe\xE2\x80\x99",
      "e\xCC\x81 \xF0\x9F\x98\x80 four bytes", "quote \" inside", "back\\slash", "tab\there", "nul \x01",
      "caf\xC3\xA9 then quote \"",
      // Read eight bytes at a time: each mark in the first eight, across them, and in the tail.
      "\"2345678 abcdefgh", "1234567\" abcdefgh", "12345678\\bcdefgh", "12345678abcdefg\x1F", "123456789abcdefgh\"",
      "12345678 \xE2\x80\x99 after eight", "\xE2\x80\x99" "2345678 then ASCII", "12345678abcdefgh\x7F\x7F", "\x20\x21\x23\x5B\x5D\x7E",
      // The last eight bytes overlap the eight before: a mark in the overlap or past it.
      "12345678abc\"", "1234567890\\", "123456789\x01", "12345678a\xE2\x80\x99", "1234\xE2\x80\x99" "5678abc",
  };
  for (const auto& s : strings) {
    jtai::JsonStream stream(-1);
    stream.string(s);
    CHECK(stream.text() == json(s).dump());
  }
  // Invalid UTF-8, copied or not, is refused: a lone continuation byte, a truncated
  // sequence, an overlong NUL, a surrogate, a code point past U+10FFFF.
  for (std::string bad : {"\x80", "ok \xE2\x80", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                          "12345678 then a lone \x80", "123456789\xE2\x80", "\xE2\x80\x99 fine, then 12345678 \xFF"}) {
    jtai::JsonStream stream(-1);
    CHECK_THROWS_AS(stream.string(bad), nlohmann::json::type_error);
    CHECK_THROWS_AS(json(bad).dump(), nlohmann::json::type_error);
  }
}

TEST_CASE("JsonStream writes absent optionals as null", "[export]") {
  jtai::JsonStream stream(-1);
  stream.open_array().string_or_null(std::nullopt).string_or_null(std::string("y")).close_array();
  CHECK(stream.text() == R"([null,"y"])");
}
