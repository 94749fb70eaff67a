// Collecting inputs and running the pipeline over them on worker threads.
#include "jtai/batch.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <sstream>
#include <thread>

#include <fmt/format.h>
#include <re2/re2.h>

#include "jtai/errors.h"
#include "jtai/ingest.h"
#include "text/text_util.h"

namespace jtai {
namespace fs = std::filesystem;

namespace {

// File types analysed when a folder is walked and no --ext is given.
const std::vector<std::string> kDefaultExtensions = {"txt", "text", "pdf", "html", "htm"};

// One -g GLOB as ripgrep reads it: with a '/' it matches the path below the folder given
// (a leading '/' only anchors), without one the name at any depth; '*' and '?' stay
// within a path component, '**' crosses them, '[...]' is a class ('[!...]' negated).
struct Glob {
  bool negative = false;
  bool anchored = false;  // matched against the relative path, not the name
  std::shared_ptr<RE2> re;
};

std::string glob_to_regex(std::string_view glob) {
  std::string out;
  for (std::size_t i = 0; i < glob.size(); ++i) {
    char c = glob[i];
    if (c == '*' && i + 1 < glob.size() && glob[i + 1] == '*') {
      bool slash = i + 2 < glob.size() && glob[i + 2] == '/';
      out += slash ? "(?:.*/)?" : ".*";  // "**/" is zero or more folders
      i += slash ? 2 : 1;
    } else if (c == '*') {
      out += "[^/]*";
    } else if (c == '?') {
      out += "[^/]";
    } else if (c == '[' && glob.find(']', i + 1) != std::string_view::npos) {
      std::size_t close = glob.find(']', i + 2);
      if (close == std::string_view::npos) close = glob.find(']', i + 1);
      std::string_view body = glob.substr(i + 1, close - i - 1);
      out += '[';
      if (!body.empty() && body[0] == '!') out += '^', body.remove_prefix(1);
      for (char b : body) {
        if (b == '\\' || b == '[') out += '\\';
        out += b;
      }
      out += ']';
      i = close;
    } else {
      out += RE2::QuoteMeta(std::string(1, c));
    }
  }
  return out;
}

std::vector<Glob> compile_globs(const std::vector<std::string>& globs) {
  std::vector<Glob> out;
  for (const auto& g : globs) {
    Glob glob;
    std::string_view pattern = g;
    glob.negative = !pattern.empty() && pattern[0] == '!';
    if (glob.negative) pattern.remove_prefix(1);
    if (!pattern.empty() && pattern.back() == '/') pattern.remove_suffix(1);  // "dir/": the folder
    glob.anchored = pattern.find('/') != std::string_view::npos;
    if (!pattern.empty() && pattern[0] == '/') pattern.remove_prefix(1);
    RE2::Options options;
    options.set_log_errors(false);
    glob.re = std::make_shared<RE2>(glob_to_regex(pattern), options);
    if (!glob.re->ok()) throw InputError(g, "bad glob: " + glob.re->error());
    out.push_back(std::move(glob));
  }
  return out;
}

// Whether GLOB matches RELATIVE (a path below the folder given) or, for a glob without
// '/', its last component.
bool glob_matches(const Glob& glob, std::string_view relative) {
  std::string_view subject = relative;
  if (!glob.anchored && subject.rfind('/') != std::string_view::npos) subject.remove_prefix(subject.rfind('/') + 1);
  return RE2::FullMatch(subject, *glob.re);
}

bool wanted(const fs::path& file, const std::string& relative, const InputSpec& input, const std::vector<Glob>& globs) {
  std::string ext = ascii_lower(file.extension().string());
  if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
  const auto& exts = input.extensions.empty() ? kDefaultExtensions : input.extensions;
  bool ext_ok = std::any_of(exts.begin(), exts.end(), [&](const std::string& e) {
    std::string want = ascii_lower(e);
    if (!want.empty() && want[0] == '.') want.erase(0, 1);
    return want == ext;
  });
  if (!ext_ok) return false;  // globs narrow what --ext admits; they never widen it
  bool any_positive = false, positive_match = false;
  for (const auto& g : globs) {
    if (g.negative) {
      // As in ripgrep, '!GLOB' that matches a folder drops everything below it.
      for (std::size_t slash = relative.find('/'); slash != std::string::npos; slash = relative.find('/', slash + 1))
        if (glob_matches(g, std::string_view(relative).substr(0, slash))) return false;
      if (glob_matches(g, relative)) return false;
    } else {
      any_positive = true;
      positive_match = positive_match || glob_matches(g, relative);
    }
  }
  return !any_positive || positive_match;
}

void walk(const fs::path& root, const fs::path& dir, const InputSpec& input, const std::vector<Glob>& globs,
          std::set<fs::path>* seen, std::vector<InputFile>* out, const std::function<void(const std::string&)>& warn) {
  std::error_code ec;
  fs::path real = fs::canonical(dir, ec);
  if (ec) {
    warn(fmt::format("{}: cannot read folder: {}", printable_name(dir.string()), ec.message()));
    return;
  }
  if (!seen->insert(real).second) {
    warn(fmt::format("{}: symbolic link loop (already walked as {}), skipped", printable_name(dir.string()),
                     printable_name(real.string())));
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) warn(fmt::format("{}: cannot list folder: {}", printable_name(dir.string()), ec.message()));
  std::sort(entries.begin(), entries.end(),
            [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& e : entries) {
    std::error_code sec;
    if (e.is_directory(sec)) {
      walk(root, e.path(), input, globs, seen, out, warn);
    } else if (e.is_regular_file(sec)) {
      std::string relative = e.path().lexically_relative(root).generic_string();
      if (wanted(e.path(), relative, input, globs)) out->push_back({e.path().string(), e.file_size(sec)});
    }
  }
  seen->erase(real);  // only the folders on the current path form a loop
}

void add_path(const std::string& path, const InputSpec& input, const std::vector<Glob>& globs, std::vector<InputFile>* out,
              const std::function<void(const std::string&)>& warn) {
  if (path == "-") {
    out->push_back({path, 0, true});
    return;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::set<fs::path> seen;
    walk(path, path, input, globs, &seen, out, warn);
    return;
  }
  std::uint64_t size = fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0;
  out->push_back({path, ec ? 0 : size, true});
}

}  // namespace

std::vector<InputFile> collect_inputs(const InputSpec& input, const std::function<void(const std::string&)>& warn) {
  std::vector<InputFile> out;
  std::vector<Glob> globs = compile_globs(input.globs);
  for (const auto& p : input.paths) add_path(p, input, globs, &out, warn);
  for (const auto& list : input.files_from) {
    // A list may come from a pipe (`--files-from <(find …)`).
    std::string bytes = read_bytes(list, kDefaultMaxInputBytes, ReadFrom::kAnyStream);
    char sep = input.nul_separated ? '\0' : '\n';
    std::size_t start = 0;
    while (start < bytes.size()) {
      std::size_t end = bytes.find(sep, start);
      if (end == std::string::npos) end = bytes.size();
      std::string line = bytes.substr(start, end - start);
      if (!input.nul_separated && !line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) add_path(line, input, globs, &out, warn);
      start = end + 1;
    }
  }
  return out;
}

unsigned effective_jobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

std::size_t run_batch(const std::vector<InputFile>& files, const Resources& resources, const AnalyseOptions& options,
                      unsigned jobs,
                      const std::function<void(BatchResult&&)>& emit) {
  auto analyse_one = [&](std::size_t i) {
    BatchResult r;
    r.index = i;
    r.path = files[i].path;
    try {
      r.outcome = analyse_file(files[i].path, resources, options);
    } catch (const InputError& e) {
      r.outcome = std::string(e.what());
    } catch (const std::bad_alloc&) {
      r.outcome = std::string("out of memory");
    } catch (const std::exception& e) {
      r.outcome = fmt::format("internal error: {}", e.what());
    }
    return r;
  };
  std::size_t failed = 0;
  unsigned n = std::min<unsigned>(effective_jobs(jobs), static_cast<unsigned>(std::max<std::size_t>(files.size(), 1)));
  if (n <= 1) {
    for (std::size_t i = 0; i < files.size(); ++i) {
      BatchResult r = analyse_one(i);
      if (!r.ok()) ++failed;
      emit(std::move(r));
    }
    return failed;
  }
  // Workers take the next index; a finished result waits in `ready` until every earlier
  // one has been emitted. A worker does not start document i while i is more than
  // `window` ahead of the next one to emit, which bounds memory.
  const std::size_t window = 4 * static_cast<std::size_t>(n);
  std::mutex mu;
  std::condition_variable cv;
  std::map<std::size_t, BatchResult> ready;
  std::size_t next_emit = 0;
  std::size_t next_take = 0;
  bool stop = false;
  std::vector<std::thread> workers;
  for (unsigned w = 0; w < n; ++w) {
    workers.emplace_back([&] {
      for (;;) {
        std::size_t i;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return stop || next_take >= files.size() || next_take < next_emit + window; });
          if (stop || next_take >= files.size()) return;
          i = next_take++;
        }
        BatchResult r = analyse_one(i);
        {
          std::lock_guard<std::mutex> lock(mu);
          ready.emplace(i, std::move(r));
        }
        cv.notify_all();
      }
    });
  }
  try {
    while (next_emit < files.size()) {
      BatchResult r;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return ready.count(next_emit) > 0; });
        auto it = ready.find(next_emit);
        r = std::move(it->second);
        ready.erase(it);
        ++next_emit;
      }
      cv.notify_all();
      if (!r.ok()) ++failed;
      emit(std::move(r));
    }
  } catch (...) {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    cv.notify_all();
    for (auto& t : workers) t.join();
    throw;
  }
  for (auto& t : workers) t.join();
  return failed;
}

}  // namespace jtai
