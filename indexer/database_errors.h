// database_errors.h: what to tell a user whose database cannot be written.
#pragma once

#include <xapian.h>

#include <functional>
#include <stdexcept>
#include <string>

namespace jobsearch {

// The message for `error`, raised opening or writing the database `db`,
// without the "jobindex: " prefix. Xapian reports every failure to take
// the write lock as a DatabaseLockError; only "already locked" means
// another writer: a lock file that cannot be created (a read-only folder
// or file system) is said to be that. Other database errors give Xapian's
// message and, when it has one, the system's reason ("mkdir failed:
// Permission denied").
std::string database_error_message(const std::string& db, const Xapian::DatabaseError& error);

// The database cannot be used as asked: its message names it, ready to print
// after "jobindex: ". jobindex exits kExitDatabase for it.
class DatabaseFailure : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Runs `body` and returns its exit code; a Xapian::DatabaseError it raises
// (opening, locking or writing) comes out as a DatabaseFailure naming `db`.
int naming_database(const std::string& db, const std::function<int()>& body);

}  // namespace jobsearch
