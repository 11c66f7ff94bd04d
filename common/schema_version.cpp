#include "common/schema_version.h"

#include <string>

namespace jobsearch {
namespace {

constexpr const char* kMetadataKey = "jobsearch.schema";

}  // namespace

void check_schema_version(const Xapian::Database& database) {
  if (database.get_doccount() == 0) return;
  const std::string found = database.get_metadata(kMetadataKey);
  if (found == kSchemaVersion || found == kReadableOlderLayout) return;
  throw Xapian::DatabaseVersionError(
      "it holds postings indexed by another version of jobindex (index layout " +
      (found.empty() ? std::string("1") : found) + ", this version uses " + kSchemaVersion +
      "): index them again into a new database");
}

void set_schema_version(Xapian::WritableDatabase& database) {
  database.set_metadata(kMetadataKey, kSchemaVersion);
}

}  // namespace jobsearch
