// shard_layout.h: where the shards of a database live.
//
// A database of N > 1 shards is a folder holding the shards (shard-0,
// shard-1, ...) and a Xapian stub file named XAPIANDB that lists them, so
// Xapian::Database(folder) - and so jobsearch - opens all of them as one.
// Remote shards served by xapian-tcpsrv can be added to the stub by hand
// ("remote tcp HOST PORT" lines): Xapian's own distributed search.
#pragma once

#include <string>
#include <vector>

namespace jobsearch {

// The databases to write for `db` split into `shards`: just `db` for one
// shard, else its shard folders, creating the folder and stub file when
// missing. Throws DatabaseFailure (database_errors.h) naming `db` when it
// already holds a different layout (a single database, or another count).
std::vector<std::string> prepare_shards(const std::string& db, unsigned shards);

}  // namespace jobsearch
