// One Hyperscan database for many expressions, with a pool of scratch spaces so that
// batch workers can scan at the same time. Compiling the built-in rules' databases costs
// more than tagging a whole archive (`jtai tag`), so a database that was slow to compile
// is kept, serialised, in a cache folder under the SHA-256 of what it was compiled from
// (expressions, flags, ids, Hyperscan version, CPU, and the build of jtai reading it) and
// read back by the next run of the same build.
#include "rules/scanner.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <elf.h>
#include <link.h>
#include <unistd.h>

#include <hs.h>

#include "jtai/ingest.h"

namespace jtai {
namespace {

// Databases kept in the cache folder; storing one more removes the oldest beyond this.
// Every database is cached, however small: the lexicon's cue and furniture sets take 1 to
// 5 ms each to compile and every start-up needs them. A build of jtai caches about a
// dozen; 48 leave room for a few builds and for rule files of one's own.
constexpr std::size_t kCacheKeep = 48;

// The GNU build id note among the PT_NOTE segments of the loaded object INFO (empty: none).
std::string build_id_note(const dl_phdr_info& info) {
  for (int i = 0; i < info.dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info.dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const char* at = reinterpret_cast<const char*>(info.dlpi_addr + ph.p_vaddr);
    const char* end = at + ph.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
      const char* desc = at + sizeof(ElfW(Nhdr)) + ((note->n_namesz + 3) & ~3u);
      if (note->n_type == NT_GNU_BUILD_ID && desc + note->n_descsz <= end) return std::string(desc, note->n_descsz);
      at = desc + ((note->n_descsz + 3) & ~3u);
    }
  }
  return {};
}

// The GNU build id of the running program, as raw bytes for the cache key (empty when it
// was linked without one): a database is read back only by the build that wrote it, so a
// cache shared by several builds (a developer's branches, a sanitizer build) never hands
// one a database whose ids mean something else to it.
std::string program_build_id() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) {
        *static_cast<std::string*>(out) = build_id_note(*info);
        return 1;  // the first object listed is the program itself
      },
      &id);
  return id;
}

// JTAI_CACHE_DIR (empty: no cache), else $XDG_CACHE_HOME/jtai, else ~/.cache/jtai.
std::filesystem::path cache_dir() {
  if (const char* dir = std::getenv("JTAI_CACHE_DIR")) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "jtai";
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".cache" / "jtai";
  return {};
}

// The cache file of a database compiled from EXPRESSIONS for this CPU (empty path: no cache).
std::filesystem::path cache_file(const std::vector<Scanner::Expression>& expressions, bool literal) {
  std::filesystem::path dir = cache_dir();
  hs_platform_info_t platform{};
  if (dir.empty() || hs_populate_platform(&platform) != HS_SUCCESS) return {};
  static const std::string build = program_build_id();
  std::string key = build + ' ' + std::string(hs_version()) + ' ' + std::to_string(platform.tune) + ' ' +
                    std::to_string(platform.cpu_features) + (literal ? "\nliteral\n" : "\nregex\n");
  for (const auto& e : expressions)
    key += std::to_string(e.flags) + ' ' + std::to_string(e.id) + ' ' + std::to_string(e.pattern.size()) + ' ' + e.pattern + '\n';
  return dir / (sha256_hex(key) + ".hsdb");
}

// The database cached in FILE, or null (none, unreadable, or not for this platform).
hs_database* load_cached(const std::filesystem::path& file) {
  std::error_code ec;
  auto size = std::filesystem::file_size(file, ec);
  std::ifstream in(file, std::ios::binary);
  if (ec || !in) return nullptr;
  std::string bytes(static_cast<std::size_t>(size), '\0');  // read in one go, not byte by byte
  if (!in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()))) return nullptr;
  hs_database* db = nullptr;
  if (hs_deserialize_database(bytes.data(), bytes.size(), &db) != HS_SUCCESS) return nullptr;
  return db;
}

// Removes the oldest databases of DIR beyond kCacheKeep (each build of jtai writes its own).
void prune(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> kept;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec))
    if (e.path().extension() == ".hsdb") kept.emplace_back(e.last_write_time(ec), e.path());
  if (kept.size() <= kCacheKeep) return;
  std::sort(kept.begin(), kept.end());
  for (std::size_t i = 0; i + kCacheKeep < kept.size(); ++i) std::filesystem::remove(kept[i].second, ec);
}

// Writes DB to FILE through a temporary file renamed into place; a cache that cannot be
// written is no error.
void store_cached(const std::filesystem::path& file, const hs_database* db) {
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(db, &bytes, &length) != HS_SUCCESS) return;
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  std::filesystem::path tmp = file;
  tmp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes, static_cast<std::streamsize>(length));
    if (!out.flush()) ec = std::make_error_code(std::errc::io_error);
  }
  std::free(bytes);
  if (!ec) std::filesystem::rename(tmp, file, ec);
  if (ec) std::filesystem::remove(tmp, ec);
  prune(file.parent_path());
}

int on_match(unsigned id, unsigned long long, unsigned long long to, unsigned, void* context) {
  static_cast<std::vector<ScanHit>*>(context)->push_back({id, static_cast<std::size_t>(to)});
  return 0;
}

}  // namespace

std::unique_ptr<Scanner> Scanner::compile(const std::vector<Expression>& expressions, bool literal, Refusal* refused) {
  std::unique_ptr<Scanner> out(new Scanner());
  std::filesystem::path cached = cache_file(expressions, literal);
  if (!cached.empty()) out->db_ = load_cached(cached);
  if (!out->db_) {
    if (!out->build(expressions, literal, refused)) return nullptr;
    if (!cached.empty()) store_cached(cached, out->db_);
  }
  if (hs_alloc_scratch(out->db_, &out->prototype_) != HS_SUCCESS) {
    if (refused) *refused = {expressions.size(), "no memory for scratch space"};
    return nullptr;
  }
  return out;
}

bool Scanner::build(const std::vector<Expression>& expressions, bool literal, Refusal* refused) {
  std::vector<const char*> patterns;
  std::vector<std::size_t> lengths;
  std::vector<unsigned> flags, ids;
  for (const auto& e : expressions) {
    patterns.push_back(e.pattern.c_str());
    lengths.push_back(e.pattern.size());
    flags.push_back(e.flags);
    ids.push_back(e.id);
  }
  hs_compile_error_t* error = nullptr;
  auto n = static_cast<unsigned>(patterns.size());
  hs_error_t rc = literal ? hs_compile_lit_multi(patterns.data(), flags.data(), ids.data(), lengths.data(), n,
                                                 HS_MODE_BLOCK, nullptr, &db_, &error)
                          : hs_compile_multi(patterns.data(), flags.data(), ids.data(), n, HS_MODE_BLOCK, nullptr,
                                             &db_, &error);
  if (rc != HS_SUCCESS) {
    if (refused) {
      refused->index = error && error->expression >= 0 ? static_cast<std::size_t>(error->expression) : expressions.size();
      refused->reason = error && error->message ? error->message : "compile failed";
    }
    hs_free_compile_error(error);
    db_ = nullptr;
    return false;
  }
  return true;
}

Scanner::~Scanner() {
  for (auto* s : spare_) hs_free_scratch(s);
  if (prototype_) hs_free_scratch(prototype_);
  if (db_) hs_free_database(db_);
}

hs_scratch* Scanner::take_scratch() const {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!spare_.empty()) {
      hs_scratch* s = spare_.back();
      spare_.pop_back();
      return s;
    }
  }
  hs_scratch_t* s = nullptr;
  if (hs_clone_scratch(prototype_, &s) != HS_SUCCESS) throw std::bad_alloc();
  return s;
}

void Scanner::give_back(hs_scratch* scratch) const {
  std::lock_guard<std::mutex> lock(mutex_);
  spare_.push_back(scratch);
}

void Scanner::scan(std::string_view text, std::vector<ScanHit>* hits) const {
  hs_scratch* scratch = take_scratch();
  hs_error_t rc = hs_scan(db_, text.data(), static_cast<unsigned>(text.size()), 0, scratch, on_match, hits);
  give_back(scratch);
  if (rc != HS_SUCCESS) throw std::runtime_error("Hyperscan scan failed (error " + std::to_string(rc) + ")");
}

}  // namespace jtai
