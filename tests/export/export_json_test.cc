// JSON export: key order and values of the contract.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "jtai/export.h"

TEST_CASE("to_json writes the contract's keys in order", "[export]") {
  jtai::Record r;
  r.source.path = "a.txt";
  r.source.bytes = 3;
  r.source.sha256 = "x";
  r.document.kind = jtai::DocumentKind::kJtaiLetter;
  r.document.date = "2018-11-09";
  r.document.areas.push_back({"York", "E06000014"});
  jtai::Finding f;
  f.id = "f1";
  f.kind = jtai::FindingKind::kAreaForImprovement;
  f.polarity = jtai::Polarity::kNegative;
  f.text = "abc";
  f.spans = {{0, 3}};
  r.findings.push_back(f);
  auto j = jtai::to_json(r);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  CHECK(keys == std::vector<std::string>{"schema", "source", "document", "findings", "quotes"});
  CHECK(j["schema"] == "jtai.analysis/1");
  CHECK(j["document"]["areas"][0]["code"] == "E06000014");
  CHECK(j["document"]["title"].is_null());
  CHECK(j["findings"][0]["kind"] == "area-for-improvement");
  CHECK(j["findings"][0]["spans"].dump() == "[[0,3]]");
  std::ostringstream line;
  jtai::write_json(line, r, -1);
  CHECK(line.str().find('\n') == line.str().size() - 1);
}
