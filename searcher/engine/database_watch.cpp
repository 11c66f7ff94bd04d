#include "searcher/engine/database_watch.h"

#include "common/schema_version.h"

namespace jobsearch {

DatabaseWatch::DatabaseWatch(const std::string& path) : database_(path) {
  check_schema_version(database_);
}

bool DatabaseWatch::changed() {
  try {
    return database_.reopen();
  } catch (const Xapian::Error&) {
    return true;
  }
}

}  // namespace jobsearch
