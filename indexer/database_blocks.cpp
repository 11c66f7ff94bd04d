#include "indexer/database_blocks.h"

#include "indexer/unsynced_build.h"

namespace jobsearch {

Xapian::WritableDatabase create_or_open_database(const std::string& path) {
  return open_checked(path, Xapian::DB_CREATE_OR_OPEN);
}

}  // namespace jobsearch
