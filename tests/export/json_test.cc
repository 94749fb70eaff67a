// JSON and JSONL writers: the contract's keys in order, in the layout of nlohmann's
// dump(2) and dump(-1); an array for several inputs; error lines in JSONL.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "export/writer_test_util.h"
#include "jtai/export.h"

namespace {

using jtai_test::bare_record;
using jtai_test::failed;
using jtai_test::full_record;
using jtai_test::written;

// Texts as nlohmann wrote them for these records before the writers streamed.
const std::string kFullPretty = R"~({
  "schema": "jtai.analysis/1",
  "source": {
    "path": "in/york \"2018\".pdf",
    "format": "pdf",
    "bytes": 120,
    "sha256": "ab12",
    "text_sha256": "cd34",
    "pages": 2
  },
  "document": {
    "kind": "jtai-letter",
    "kind_evidence": [
      "jtai-letter +5 head"
    ],
    "title": "Joint inspection in York",
    "date": "2018-11-09",
    "areas": [
      {
        "name": "York",
        "code": "E06000014"
      },
      {
        "name": "North Yorkshire",
        "code": null
      }
    ],
    "places": [],
    "inspectorates": [
      "ofsted",
      "cqc"
    ],
    "theme": null,
    "fieldwork": {
      "start": "2018-09-10",
      "end": "2018-09-14"
    },
    "response_deadline": null,
    "byline": null,
    "people": [
      {
        "name": "Ann Smith",
        "role": "Director",
        "organisation": null,
        "relation": "recipient"
      }
    ],
    "reports_cited": [],
    "judgements": [],
    "acronyms": [],
    "content": [
      [
        0,
        100
      ],
      [
        110,
        120
      ]
    ],
    "footnotes": []
  },
  "findings": [
    {
      "id": "f1",
      "kind": "strength",
      "polarity": "positive",
      "section": "Key strengths",
      "text": "Leaders, and \"partners\", work well.\t– together",
      "spans": [
        [
          10,
          40
        ]
      ],
      "pages": [
        1,
        2
      ],
      "agencies": [
        "police",
        "health"
      ],
      "themes": [
        "leadership-and-governance"
      ],
      "labels": [],
      "evidence": [
        {
          "label": "agency:police",
          "rule": "police-1",
          "span": [
            12,
            18
          ]
        }
      ]
    }
  ],
  "quotes": [
    {
      "speaker": "Jo Bloggs",
      "role": "Chief Constable",
      "organisation": null,
      "text": "We are proud.",
      "spans": [
        [
          50,
          63
        ]
      ]
    }
  ]
})~";

const std::string kFullLine = R"~({"schema":"jtai.analysis/1","source":{"path":"in/york \"2018\".pdf","format":"pdf","bytes":120,"sha256":"ab12","text_sha256":"cd34","pages":2},"document":{"kind":"jtai-letter","kind_evidence":["jtai-letter +5 head"],"title":"Joint inspection in York","date":"2018-11-09","areas":[{"name":"York","code":"E06000014"},{"name":"North Yorkshire","code":null}],"places":[],"inspectorates":["ofsted","cqc"],"theme":null,"fieldwork":{"start":"2018-09-10","end":"2018-09-14"},"response_deadline":null,"byline":null,"people":[{"name":"Ann Smith","role":"Director","organisation":null,"relation":"recipient"}],"reports_cited":[],"judgements":[],"acronyms":[],"content":[[0,100],[110,120]],"footnotes":[]},"findings":[{"id":"f1","kind":"strength","polarity":"positive","section":"Key strengths","text":"Leaders, and \"partners\", work well.\t– together","spans":[[10,40]],"pages":[1,2],"agencies":["police","health"],"themes":["leadership-and-governance"],"labels":[],"evidence":[{"label":"agency:police","rule":"police-1","span":[12,18]}]}],"quotes":[{"speaker":"Jo Bloggs","role":"Chief Constable","organisation":null,"text":"We are proud.","spans":[[50,63]]}]})~";

// The bare record of PATH (a name that needs no escaping), pretty and on one line.
std::string bare_pretty(const std::string& path) {
  return R"~({
  "schema": "jtai.analysis/1",
  "source": {
    "path": ")~" + path + R"~(",
    "format": "text",
    "bytes": 0,
    "sha256": ""
  },
  "document": {
    "kind": "unknown",
    "kind_evidence": [],
    "title": null,
    "date": null,
    "areas": [],
    "places": [],
    "inspectorates": [],
    "theme": null,
    "fieldwork": null,
    "response_deadline": null,
    "byline": null,
    "people": [],
    "reports_cited": [],
    "judgements": [],
    "acronyms": [],
    "content": [],
    "footnotes": []
  },
  "findings": [],
  "quotes": []
})~";
}

std::string bare_line(const std::string& path) {
  return R"~({"schema":"jtai.analysis/1","source":{"path":")~" + path + R"~(","format":"text","bytes":0,"sha256":""},"document":{"kind":"unknown","kind_evidence":[],"title":null,"date":null,"areas":[],"places":[],"inspectorates":[],"theme":null,"fieldwork":null,"response_deadline":null,"byline":null,"people":[],"reports_cited":[],"judgements":[],"acronyms":[],"content":[],"footnotes":[]},"findings":[],"quotes":[]})~";
}

struct Case {
  std::string name;
  std::size_t inputs;
  std::vector<jtai_test::Step> steps;
  std::string want;
};

}  // namespace

TEST_CASE("json writer: one pretty record, or an array of them for several inputs", "[export]") {
  const std::vector<Case> cases = {
      {"one input, written", 1, {written(bare_record("a.txt"))}, bare_pretty("a.txt") + "\n"},
      {"one input, failed", 1, {failed("a.txt", "empty file")}, ""},
      {"full record", 1, {written(full_record())}, kFullPretty + "\n"},
      {"two inputs, none written", 2, {failed("a.txt", "empty file"), failed("b.txt", "empty file")}, "[\n]\n"},
      {"two inputs, one written", 2, {failed("a.txt", "empty file"), written(bare_record("b.txt"))},
       "[\n" + bare_pretty("b.txt") + "\n]\n"},
      {"two inputs, both written", 2, {written(bare_record("a.txt")), written(bare_record("b.txt"))},
       "[\n" + bare_pretty("a.txt") + ",\n" + bare_pretty("b.txt") + "\n]\n"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(jtai_test::write_run("json", c.inputs, c.steps) == c.want); }
  }
}

TEST_CASE("jsonl writer: one line per record or error, in order", "[export]") {
  const std::string error_line = R"({"source":{"path":"x/b \"1\".txt"},"error":{"message":"empty file"}})";
  const std::vector<Case> cases = {
      {"no inputs", 0, {}, ""},
      {"bare record", 1, {written(bare_record("a.txt"))}, bare_line("a.txt") + "\n"},
      {"full record", 1, {written(full_record())}, kFullLine + "\n"},
      {"error with a quote in its path", 1, {failed("x/b \"1\".txt", "empty file")}, error_line + "\n"},
      {"record, error, record", 3,
       {written(bare_record("a.txt")), failed("x/b \"1\".txt", "empty file"), written(bare_record("c.txt"))},
       bare_line("a.txt") + "\n" + error_line + "\n" + bare_line("c.txt") + "\n"},
  };
  for (const auto& c : cases) {
    SECTION(c.name) { CHECK(jtai_test::write_run("jsonl", c.inputs, c.steps) == c.want); }
  }
}

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
  std::string line = jtai_test::write_run("jsonl", 1, {written(r)});
  CHECK(line.find('\n') == line.size() - 1);
}

TEST_CASE("to_json is the record the writers write", "[export]") {
  CHECK(jtai::to_json(full_record()).dump() == kFullLine);
  CHECK(jtai::to_json(full_record()).dump(2) == kFullPretty);
}
