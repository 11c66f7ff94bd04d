#include "searcher/engine/database_watch.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/schema_version.h"
#include "common/shard_stub.h"
#include "searcher/engine/database_shards.h"

namespace jobsearch {
namespace {

// The text of the stub file `path` is or holds; "" for a plain database.
std::string stub_text(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path file = fs::is_directory(path, error) ? fs::path(path) / kShardStubName : fs::path(path);
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

DatabaseWatch::DatabaseWatch(const std::string& path, unsigned remote_timeout_ms)
    : path_(path),
      remote_timeout_ms_(remote_timeout_ms),
      stub_(stub_text(path)),
      database_(open_database_shards(path, remote_timeout_ms).whole) {
  check_schema_version(database_);
}

bool DatabaseWatch::changed() {
  // reopen() follows new revisions of the databases already open, not a
  // stub that now names others: xapian-replicate rewrites the replica's stub
  // when it switches to a full copy in a fresh folder (and deletes the old).
  try {
    std::string stub = stub_text(path_);
    if (broken_ || stub != stub_) {
      database_ = open_database_shards(path_, remote_timeout_ms_).whole;
      stub_ = std::move(stub);
      broken_ = false;
      return true;
    }
    return database_.reopen();
  } catch (const Xapian::NetworkError&) {
    broken_ = true;  // the connection is of no more use
    return true;
  } catch (const Xapian::Error&) {
    return true;
  }
}

}  // namespace jobsearch
