#include "indexer/unsynced_build.h"

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "indexer/database_blocks.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;

fs::path marker_of(const std::string& path) { return fs::path(path) / kUnsyncedMarker; }

// fsync of the file or folder at `path`; what fails is a database error,
// told as jobindex tells the others (database_errors.h).
void sync_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw Xapian::DatabaseError("cannot open " + path.string() + " to sync it", errno);
  int synced = ::fsync(fd);
  int error = errno;
  ::close(fd);
  if (synced != 0) throw Xapian::DatabaseError("cannot sync " + path.string(), error);
}

// Whether a stopped build could write all of `database` again.
bool holds_nothing(const Xapian::Database& database) {
  return database.get_doccount() == 0 && database.spellings_begin() == database.spellings_end();
}

Xapian::WritableDatabase reopen(Xapian::WritableDatabase& database, const std::string& path,
                                int flags) {
  database.close();
  return Xapian::WritableDatabase(path, Xapian::DB_OPEN | flags, kDatabaseBlockBytes);
}

void write_marker(const std::string& path) {
  std::ofstream marker(marker_of(path));
  marker << "written by jobindex without syncing each commit (unsynced_build.h)\n";
  if (!marker.flush())
    throw Xapian::DatabaseError("cannot write " + marker_of(path).string(), errno);
}

// A marker left behind (not removable) only makes the next writer check.
void remove_marker(const std::string& path) {
  std::error_code ignored;
  fs::remove(marker_of(path), ignored);
  sync_file(path);
}

}  // namespace

OpenedDatabase open_for_writing(const std::string& path, Durability durability) {
  Xapian::WritableDatabase database = open_checked(path, Xapian::DB_CREATE_OR_OPEN);
  if (durability == Durability::kEveryCommit || !holds_nothing(database)) return {database, false};
  // The marker reaches the disk before anything unsynced does.
  write_marker(path);
  sync_file(marker_of(path));
  sync_file(path);
  database = reopen(database, path, Xapian::DB_NO_SYNC);
  if (holds_nothing(database)) return {database, true};
  database = reopen(database, path, 0);  // another writer came between
  remove_marker(path);
  return {database, false};
}

void sync_to_disk(const std::string& path) {
  std::error_code error;
  for (fs::directory_iterator it(path, error), end; !error && it != end; it.increment(error)) {
    if (it->is_regular_file()) sync_file(it->path());
  }
  if (error) throw Xapian::DatabaseError("cannot list " + path + " to sync it", error.value());
  sync_file(path);
}

void end_unsynced(Xapian::WritableDatabase& database, const std::string& path) {
  database.close();
  sync_to_disk(path);
  remove_marker(path);
}

Xapian::WritableDatabase open_checked(const std::string& path, int flags) {
  std::error_code unreadable;  // then opening it says why
  if (!fs::exists(marker_of(path), unreadable)) {
    return Xapian::WritableDatabase(path, flags, kDatabaseBlockBytes);
  }
  Xapian::WritableDatabase database;
  try {
    database = Xapian::WritableDatabase(path, flags, kDatabaseBlockBytes);
    // Checked with the lock held: no build of it is running.
    if (std::size_t errors = Xapian::Database::check(path); errors > 0) {
      throw Xapian::DatabaseCorruptError(std::to_string(errors) + " errors found");
    }
  } catch (const Xapian::DatabaseLockError&) {
    throw;  // its build is still running: "locked"
  } catch (const Xapian::Error& error) {
    throw Xapian::DatabaseCorruptError(
        "a build from empty stopped before it reached the disk, and Xapian's check finds it "
        "damaged (" +
        error.get_msg() + "): remove it and index again");
  }
  sync_to_disk(path);
  remove_marker(path);
  return database;
}

}  // namespace jobsearch
