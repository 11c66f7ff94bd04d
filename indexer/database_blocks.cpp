#include "indexer/database_blocks.h"

namespace jobsearch {

Xapian::WritableDatabase create_or_open_database(const std::string& path) {
  return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN, kDatabaseBlockBytes);
}

}  // namespace jobsearch
