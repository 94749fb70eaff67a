// The record format registry: names in order, a writer for each, an error for others.
#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>

#include "jtai/export.h"

TEST_CASE("record_formats lists the registry in order", "[export]") {
  CHECK(jtai::record_formats() == std::vector<std::string>{"json", "jsonl", "csv", "markdown", "xlsx"});
}

TEST_CASE("make_record_writer makes a writer of every listed format", "[export]") {
  for (const auto& name : jtai::record_formats()) {
    SECTION(name) {
      std::ostringstream out;
      CHECK(jtai::make_record_writer(name, out) != nullptr);
    }
  }
}

TEST_CASE("make_record_writer refuses an unknown format", "[export]") {
  std::ostringstream out;
  const std::vector<std::string> names = {"xml", "JSON", ""};
  for (const auto& name : names) {
    SECTION("'" + name + "'") { CHECK_THROWS_AS(jtai::make_record_writer(name, out), std::invalid_argument); }
  }
}
