// unsynced_build.h: a database built from empty is synced to disk once,
// when its writer is done, not at every commit.
//
// Glass makes each commit durable (an fsync of every table it changed,
// then of its version file), so that a machine that stops keeps the last
// commit. A database being built from empty holds nothing that cost more
// than running the build again, and those syncs cost time: 200,000
// postings into a new database took 0.95x the time without them
// (scripts/benchmark/README.md; adding to a million took 0.8x, but a
// database holding postings keeps them). As Lucene's bulk indexing, which
// syncs at its one commit, such a database is written with Xapian's
// DB_NO_SYNC and synced when its writer is done. Meanwhile a marker file
// in its folder says so. A database found with the marker was left by a
// build that stopped (killed, or the machine went down before the page
// cache reached the disk): Xapian's own check reads it whole before
// anything writes to it again, and a damaged one is refused, to be
// removed and indexed again.
#pragma once

#include <xapian.h>

#include <string>

namespace jobsearch {

// The file in a database's folder while it is written unsynced.
inline constexpr char kUnsyncedMarker[] = "jobindex-unsynced";

enum class Durability {
  kEveryCommit,     // Xapian's own: each commit reaches the disk
  kAtEndWhenEmpty,  // a database holding nothing yet is synced when its writer ends
};

struct OpenedDatabase {
  Xapian::WritableDatabase database;
  bool unsynced;  // written with DB_NO_SYNC, marked: end_unsynced when done
};

// The database at `path` opened for writing (open_checked); with
// kAtEndWhenEmpty, one that holds neither postings nor spelling words is
// reopened unsynced, the marker written and synced first.
OpenedDatabase open_for_writing(const std::string& path, Durability durability);

// Syncs every file of the database at `path`, and its folder, to disk.
void sync_to_disk(const std::string& path);

// For a database opened unsynced, after its last change: closes it (which
// commits, as Xapian's destructor would), syncs it and removes the marker.
void end_unsynced(Xapian::WritableDatabase& database, const std::string& path);

// The database at `path` opened for writing with Xapian's `flags`
// (kDatabaseBlockBytes blocks if it is created). When the marker says that
// a build of it stopped, it is checked whole (Xapian::Database::check) once
// its lock is held, then synced and unmarked; a damaged one throws
// Xapian::DatabaseCorruptError, saying to remove it and index again. Its
// lock held by another writer throws Xapian::DatabaseLockError as always.
Xapian::WritableDatabase open_checked(const std::string& path, int flags);

}  // namespace jobsearch
