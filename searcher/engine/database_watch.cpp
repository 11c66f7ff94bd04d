#include "searcher/engine/database_watch.h"

#include "common/schema_version.h"
#include "searcher/engine/database_shards.h"

namespace jobsearch {

DatabaseWatch::DatabaseWatch(const std::string& path, unsigned remote_timeout_ms)
    : path_(path),
      remote_timeout_ms_(remote_timeout_ms),
      database_(open_database_shards(path, remote_timeout_ms).whole) {
  check_schema_version(database_);
}

bool DatabaseWatch::changed() {
  try {
    if (broken_) {
      database_ = open_database_shards(path_, remote_timeout_ms_).whole;
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
