// Batch: collecting inputs from folders and lists, and ordered results from workers.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "jtai/batch.h"

namespace fs = std::filesystem;

namespace {

struct TempTree {
  fs::path root;
  TempTree() {
    root = fs::temp_directory_path() / ("jtai-batch-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(root);
  }
  ~TempTree() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string file(const std::string& rel, const std::string& content = "x") {
    fs::path p = root / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p) << content;
    return p.string();
  }
};

std::vector<std::string> relative(const std::vector<jtai::InputFile>& files, const fs::path& root) {
  std::vector<std::string> out;
  for (const auto& f : files) out.push_back(fs::path(f.path).lexically_relative(root).generic_string());
  return out;
}

}  // namespace

TEST_CASE("collect_inputs walks folders in sorted order with filters", "[batch]") {
  TempTree t;
  for (const char* f : {"b/2.txt", "b/1.pdf", "a.html", "c/d/e.txt", "notes.md", "img.png", "b/skip-me.txt"})
    t.file(f);
  struct Case {
    const char* name;
    std::vector<std::string> globs, exts;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"default extensions", {}, {}, {"a.html", "b/1.pdf", "b/2.txt", "b/skip-me.txt", "c/d/e.txt"}},
      {"--ext md", {}, {"md"}, {"notes.md"}},
      {"glob on names", {"*.txt"}, {}, {"b/2.txt", "b/skip-me.txt", "c/d/e.txt"}},
      {"negative glob", {"!skip-*"}, {}, {"a.html", "b/1.pdf", "b/2.txt", "c/d/e.txt"}},
      {"glob with a folder", {"c/*/*.txt"}, {}, {"c/d/e.txt"}},
      {"folder glob stays in the folder", {"b/*"}, {}, {"b/1.pdf", "b/2.txt", "b/skip-me.txt"}},
      {"** crosses folders", {"c/**"}, {}, {"c/d/e.txt"}},
      {"**/ at the start", {"**/d/*.txt"}, {}, {"c/d/e.txt"}},
      {"leading / anchors", {"/b/2.txt"}, {}, {"b/2.txt"}},
      {"name at any depth", {"e.txt"}, {}, {"c/d/e.txt"}},
      {"negated folder", {"!b"}, {}, {"a.html", "c/d/e.txt"}},
      {"negated nested folder", {"!c/d"}, {}, {"a.html", "b/1.pdf", "b/2.txt", "b/skip-me.txt"}},
      {"negated extension", {"!*.pdf"}, {}, {"a.html", "b/2.txt", "b/skip-me.txt", "c/d/e.txt"}},
      {"class", {"[12].*"}, {}, {"b/1.pdf", "b/2.txt"}},
      {"negated class", {"[!12a]*.*"}, {}, {"b/skip-me.txt", "c/d/e.txt"}},
      {"a glob narrows the extensions", {"*.md"}, {}, {}},
      {"a glob with --ext", {"*.md"}, {"md"}, {"notes.md"}},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      jtai::InputSpec spec;
      spec.paths = {t.root.string()};
      spec.globs = c.globs;
      spec.extensions = c.exts;
      auto files = jtai::collect_inputs(spec, [](const std::string&) {});
      CHECK(relative(files, t.root) == c.want);
      for (const auto& f : files) CHECK_FALSE(f.named);
    }
  }
}

TEST_CASE("collect_inputs keeps named files, reads lists and skips symlink loops", "[batch]") {
  TempTree t;
  std::string a = t.file("a.txt", "hello");
  std::string b = t.file("dir/b.txt");
  fs::create_directory_symlink(t.root / "dir", t.root / "dir" / "loop");
  SECTION("named files are kept as given, missing ones too") {
    jtai::InputSpec spec;
    spec.paths = {a, (t.root / "missing.txt").string(), "-"};
    auto files = jtai::collect_inputs(spec, [](const std::string&) {});
    REQUIRE(files.size() == 3);
    CHECK(files[0].bytes == 5);
    CHECK(files[0].named);
    CHECK(files[1].path == (t.root / "missing.txt").string());
    CHECK(files[2].path == "-");
  }
  SECTION("a symbolic link loop is walked once and reported") {
    jtai::InputSpec spec;
    spec.paths = {(t.root / "dir").string()};
    std::vector<std::string> warnings;
    auto files = jtai::collect_inputs(spec, [&](const std::string& m) { warnings.push_back(m); });
    CHECK(relative(files, t.root) == std::vector<std::string>{"dir/b.txt"});
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("symbolic link loop") != std::string::npos);
  }
  SECTION("NUL-separated and line lists") {
    std::string nul_list = t.file("list0", a + std::string(1, '\0') + b + std::string(1, '\0'));
    std::string line_list = t.file("list", a + "\r\n\n" + b + "\n");
    for (bool nul : {true, false}) {
      jtai::InputSpec spec;
      spec.files_from = {nul ? nul_list : line_list};
      spec.nul_separated = nul;
      auto files = jtai::collect_inputs(spec, [](const std::string&) {});
      CHECK(relative(files, t.root) == std::vector<std::string>{"a.txt", "dir/b.txt"});
    }
  }
}

TEST_CASE("run_batch emits in input order whatever the worker count", "[batch]") {
  TempTree t;
  std::vector<jtai::InputFile> files;
  for (int i = 0; i < 12; ++i) {
    std::string content = i % 4 == 3 ? "" : "Dear partners\n\nLeaders work well together. Number " + std::to_string(i) + ".\n";
    files.push_back({t.file("d" + std::to_string(100 + i) + ".txt", content), 0, true});
  }
  for (unsigned jobs : {1u, 2u, 3u}) {
    SECTION("jobs " + std::to_string(jobs)) {
      std::vector<std::size_t> order;
      std::size_t errors = 0;
      std::size_t failed = jtai::run_batch(files, jtai::Resources::builtin(), {}, jobs, [&](jtai::BatchResult&& r) {
        order.push_back(r.index);
        if (!r.ok()) {
          ++errors;
          CHECK(std::get<std::string>(r.outcome) == "empty file");
        }
      });
      std::vector<std::size_t> want(files.size());
      for (std::size_t i = 0; i < want.size(); ++i) want[i] = i;
      CHECK(order == want);
      CHECK(failed == 3);
      CHECK(errors == 3);
    }
  }
}
