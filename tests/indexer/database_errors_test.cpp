// Tests of indexer/database_errors: the truth about a database that cannot be written.
#include "indexer/database_errors.h"

#include <gtest/gtest.h>

#include <cerrno>

namespace jobsearch {
namespace {

TEST(DatabaseErrors, OnlyAHeldLockIsCalledLocked) {
  EXPECT_EQ(database_error_message(
                "jobs.db",
                Xapian::DatabaseLockError("Unable to get write lock on jobs.db: already locked")),
            "database jobs.db is locked: another jobindex is writing to it");
  EXPECT_EQ(database_error_message(
                "jobs.db", Xapian::DatabaseLockError("Unable to get write lock on jobs.db/shard-1: "
                                                     "Couldn't open lockfile: Permission denied")),
            "database jobs.db is not writable (cannot create its lock file: Permission denied)");
  EXPECT_EQ(
      database_error_message(
          "jobs.db", Xapian::DatabaseLockError("Unable to get write lock on jobs.db: "
                                               "Couldn't open lockfile: Read-only file system")),
      "database jobs.db is not writable (cannot create its lock file: Read-only file system)");
  EXPECT_EQ(database_error_message(
                "jobs.db", Xapian::DatabaseLockError("Unable to get write lock on jobs.db: "
                                                     "locking probably not supported by this FS")),
            "database jobs.db is not writable (locking probably not supported by this FS)");
}

TEST(DatabaseErrors, OtherErrorsGiveXapiansMessageAndTheSystemsReason) {
  EXPECT_EQ(database_error_message("/x/db",
                                   Xapian::DatabaseCreateError("/x/db: mkdir failed", "", EACCES)),
            "database /x/db: /x/db: mkdir failed: Permission denied");
  EXPECT_EQ(
      database_error_message("db", Xapian::DatabaseError("it holds postings of another layout")),
      "database db: it holds postings of another layout");
}

}  // namespace
}  // namespace jobsearch
