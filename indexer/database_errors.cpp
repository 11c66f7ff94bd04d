#include "indexer/database_errors.h"

namespace jobsearch {
namespace {

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// Why Xapian could not take the lock, from its "Unable to get write lock on
// PATH: Couldn't open lockfile: Permission denied" (PATH may be a shard's).
std::string lock_reason(const std::string& message) {
  const std::string lockfile = "Couldn't open lockfile: ";
  std::size_t at = message.find(lockfile);
  if (at != std::string::npos) {
    return "cannot create its lock file: " + message.substr(at + lockfile.size());
  }
  std::size_t colon = message.rfind(": ");
  return colon == std::string::npos ? message : message.substr(colon + 2);
}

}  // namespace

std::string database_error_message(const std::string& db, const Xapian::DatabaseError& error) {
  const std::string& message = error.get_msg();
  if (std::string(error.get_type()) == "DatabaseLockError") {  // Xapian errors have no RTTI
    if (ends_with(message, "already locked")) {
      return "database " + db + " is locked: another jobindex is writing to it";
    }
    return "database " + db + " is not writable (" + lock_reason(message) + ")";
  }
  const char* system_reason = error.get_error_string();
  std::string reason = system_reason != nullptr ? std::string(": ") + system_reason : "";
  return "database " + db + ": " + message + reason;
}

int naming_database(const std::string& db, const std::function<int()>& body) {
  try {
    return body();
  } catch (const Xapian::DatabaseError& error) {
    throw DatabaseFailure(database_error_message(db, error));
  }
}

}  // namespace jobsearch
