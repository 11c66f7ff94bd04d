#include "indexer/database_blocks.h"

#include "indexer/unsynced_build.h"

namespace jobsearch {

Xapian::WritableDatabase create_or_open_database(const std::string& path) {
  check_stopped_build(path);
  return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN, kDatabaseBlockBytes);
}

}  // namespace jobsearch
