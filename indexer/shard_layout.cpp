#include "indexer/shard_layout.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/shard_stub.h"
#include "indexer/database_errors.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;

std::string shard_name(unsigned index) { return "shard-" + std::to_string(index); }

std::string stub_text(unsigned shards) {
  std::string text;
  for (unsigned i = 0; i < shards; ++i) text += "auto " + shard_name(i) + "\n";
  return text;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool is_single_database(const fs::path& db) {
  return fs::exists(db / "iamglass") || fs::exists(db / "iamchert");
}

}  // namespace

std::vector<std::string> prepare_shards(const std::string& db, unsigned shards) {
  const fs::path folder(db);
  const fs::path stub = folder / kShardStubName;
  if (shards <= 1) {
    if (fs::exists(stub)) {
      throw DatabaseFailure("database " + db + " is sharded (" + stub.string() +
                            "): give the same --shards as when it was built");
    }
    return {db};
  }
  if (is_single_database(folder)) {
    throw DatabaseFailure("database " + db +
                          " is a single database: index it without --shards, "
                          "or into a new folder");
  }
  if (fs::exists(stub) && read_file(stub) != stub_text(shards)) {
    throw DatabaseFailure("database " + db + " has another number of shards than --shards " +
                          std::to_string(shards));
  }
  fs::create_directories(folder);
  if (!fs::exists(stub)) std::ofstream(stub) << stub_text(shards);
  std::vector<std::string> paths;
  for (unsigned i = 0; i < shards; ++i) paths.push_back((folder / shard_name(i)).string());
  return paths;
}

std::vector<std::string> existing_shards(const std::string& db, bool create) {
  const fs::path stub = fs::path(db) / kShardStubName;
  if (fs::exists(stub)) {
    // prepare_shards checks that the stub is the one jobindex writes.
    std::string text = read_file(stub);
    auto lines = static_cast<unsigned>(std::count(text.begin(), text.end(), '\n'));
    return prepare_shards(db, std::max(lines, 2u));
  }
  if (!create && !is_single_database(db)) {
    throw DatabaseFailure("database " + db + " does not exist");
  }
  return {db};
}

std::size_t shard_for_id(const std::string& id, std::size_t shards) {
  return static_cast<std::size_t>(std::strtoull(id.c_str(), nullptr, 16) % shards);
}

}  // namespace jobsearch
