// XLSX writer: a zip container (the sheets are read back by the corpus ctest with openpyxl).
#include <catch2/catch.hpp>

#include "export/writer_test_util.h"
#include "jtai/export.h"

TEST_CASE("xlsx writer: a workbook for no, one and several records", "[export]") {
  struct Case {
    std::string name;
    std::vector<jtai_test::Step> steps;
  };
  const std::vector<Case> cases = {
      {"no documents", {}},
      {"one record", {jtai_test::written(jtai_test::full_record())}},
      {"records around an error",
       {jtai_test::written(jtai_test::full_record()), jtai_test::failed("b.txt", "empty file"),
        jtai_test::written(jtai_test::bare_record("a.txt"))}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      std::string out = jtai_test::write_run("xlsx", c.steps.size(), c.steps);
      CHECK(out.substr(0, 4) == "PK\x03\x04");
      CHECK(out.size() > 1000);
    }
  }
}
