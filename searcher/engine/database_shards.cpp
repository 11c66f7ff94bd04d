#include "searcher/engine/database_shards.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "common/shard_stub.h"

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

// The local shard paths a stub lists, or nullopt when it lists anything
// else. Lines are "auto PATH" or "glass PATH" (relative to the stub's
// folder); blank lines and "#" comments are skipped, as Xapian does.
std::optional<std::vector<fs::path>> local_shards(const fs::path& stub) {
  std::ifstream in(stub);
  std::vector<fs::path> shards;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string backend, path, rest;
    if (!(words >> backend) || backend[0] == '#') continue;
    if ((backend != "auto" && backend != "glass") || !(words >> path) || (words >> rest)) {
      return std::nullopt;
    }
    shards.push_back(fs::path(path).is_absolute() ? fs::path(path) : stub.parent_path() / path);
  }
  return shards;
}

bool same_revision(const DatabaseShards& a, const DatabaseShards& b) {
  for (std::size_t i = 0; i < a.shards.size() && i < b.shards.size(); ++i) {
    if (a.shards[i].get_revision() != b.shards[i].get_revision()) return false;
  }
  return true;
}

}  // namespace

DatabaseShards open_database_shards(const std::string& path) {
  DatabaseShards opened;
  std::optional<fs::path> stub = stub_file(path);
  std::optional<std::vector<fs::path>> paths;
  if (stub) paths = local_shards(*stub);
  if (!stub || !paths || paths->empty()) {
    opened.whole = Xapian::Database(path);
    if (!stub) opened.shards.push_back(opened.whole);
    return opened;
  }
  for (const fs::path& shard : *paths) {
    opened.shards.emplace_back(shard.string());
    opened.whole.add_database(opened.shards.back());
  }
  return opened;
}

std::pair<DatabaseShards, DatabaseShards> open_database_shards_twice(const std::string& path) {
  std::pair<DatabaseShards, DatabaseShards> opened{open_database_shards(path),
                                                   open_database_shards(path)};
  // A commit between the two openings: bring both to the newest revision.
  while (!same_revision(opened.first, opened.second)) {
    opened.first.whole.reopen();
    opened.second.whole.reopen();
  }
  return opened;
}

}  // namespace jobsearch
