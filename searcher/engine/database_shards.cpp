#include "searcher/engine/database_shards.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "common/shard_stub.h"
#include "common/stored_data.h"
#include "common/word_positions.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;

std::optional<fs::path> stub_file(const fs::path& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    fs::path stub = path / kShardStubName;
    if (fs::is_regular_file(stub, error)) return stub;
    return std::nullopt;
  }
  if (fs::is_regular_file(path, error)) return path;
  return std::nullopt;
}

// A shard a stub lists: a local path, or a remote address (host set).
struct StubLine {
  fs::path path;
  RemoteAddress remote;
};

// The shards a stub lists, or nullopt when it lists anything else. Lines
// are "auto PATH" or "glass PATH" (relative to the stub's folder) or
// "remote HOST:PORT"; blank lines and "#" comments are skipped, as Xapian
// does.
std::optional<std::vector<StubLine>> stub_shards(const fs::path& stub) {
  std::ifstream in(stub);
  std::vector<StubLine> shards;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string backend, path, rest;
    if (!(words >> backend) || backend[0] == '#') continue;
    if (!(words >> path) || (words >> rest)) return std::nullopt;
    StubLine shard;
    if (backend == "remote") {
      if (!parse_remote_address(path, shard.remote)) return std::nullopt;
    } else if (backend == "auto" || backend == "glass") {
      shard.path = fs::path(path).is_absolute() ? fs::path(path) : stub.parent_path() / path;
    } else {
      return std::nullopt;
    }
    shards.push_back(shard);
  }
  return shards;
}

bool same_revision(const DatabaseShards& a, const DatabaseShards& b) {
  for (std::size_t i = 0; i < a.shards.size() && i < b.shards.size(); ++i) {
    if (a.shards[i].get_revision() != b.shards[i].get_revision()) return false;
  }
  return true;
}

// Over remote shards phrases are Xapian's, read from its positions:
// stock xapian-tcpsrv cannot read position records (word_positions.h).
void check_xapian_positions(const std::string& name, const Xapian::Database& shard) {
  if (shard.get_doccount() == 0 || word_positions_of(shard) == WordPositions::kXapian) return;
  throw Xapian::DatabaseOpeningError(
      name + " keeps its words' positions in records, which xapian-tcpsrv cannot read: " +
      "index the shards of a stub with remote shards with jobindex --positions xapian");
}

}  // namespace

DatabaseShards open_database_shards(const std::string& path, unsigned remote_timeout_ms) {
  DatabaseShards opened;
  std::optional<fs::path> stub = stub_file(path);
  std::optional<std::vector<StubLine>> lines;
  if (stub) lines = stub_shards(*stub);
  if (!stub || !lines || lines->empty()) {
    opened.whole = Xapian::Database(path);
    if (!stub) opened.shards.push_back(opened.whole);
    register_dictionaries(opened.whole);  // a stub left to Xapian: its first shard's
    return opened;
  }
  std::vector<std::pair<std::string, Xapian::Database>> named;
  for (const StubLine& line : *lines) {
    if (!line.remote.host.empty()) {
      opened.remotes.push_back(line.remote);
      named.emplace_back("remote shard " + line.remote.text(),
                         open_remote(line.remote, remote_timeout_ms));
      opened.whole.add_database(named.back().second);
      continue;
    }
    opened.shards.emplace_back(line.path.string());
    opened.whole.add_database(opened.shards.back());
    named.emplace_back("shard " + line.path.string(), opened.shards.back());
  }
  for (const auto& [name, shard] : named) register_dictionaries(shard);
  // Facets are counted per local shard only when every shard is local.
  if (!opened.remotes.empty()) {
    opened.shards.clear();
    for (const auto& [name, shard] : named) check_xapian_positions(name, shard);
  }
  return opened;
}

std::vector<RemoteAddress> remote_shards_of(const std::string& path) {
  std::vector<RemoteAddress> remotes;
  std::optional<fs::path> stub = stub_file(path);
  std::optional<std::vector<StubLine>> lines;
  if (stub) lines = stub_shards(*stub);
  if (!lines) return remotes;
  for (const StubLine& line : *lines) {
    if (!line.remote.host.empty()) remotes.push_back(line.remote);
  }
  return remotes;
}

std::string missing_lexicon_note(const std::string& path) {
  std::optional<fs::path> stub = stub_file(path);
  std::optional<std::vector<StubLine>> lines;
  if (stub) lines = stub_shards(*stub);
  if (!lines || lines->empty()) return "";
  for (const StubLine& line : *lines) {
    if (line.remote.host.empty()) return "";
  }
  return "every shard of " + path +
         " is remote, and Xapian's remote protocol carries no synonym or spelling table: "
         "searching without synonyms and did-you-mean (list a lexicon in the stub, "
         "\"auto LEXICON\", built by jobindex --lexicon; README, \"Remote shards\")";
}

std::pair<DatabaseShards, DatabaseShards> open_database_shards_twice(const std::string& path,
                                                                     unsigned remote_timeout_ms) {
  std::pair<DatabaseShards, DatabaseShards> opened{open_database_shards(path, remote_timeout_ms),
                                                   open_database_shards(path, remote_timeout_ms)};
  // A commit between the two openings: bring both to the newest revision.
  while (!same_revision(opened.first, opened.second)) {
    opened.first.whole.reopen();
    opened.second.whole.reopen();
  }
  return opened;
}

}  // namespace jobsearch
