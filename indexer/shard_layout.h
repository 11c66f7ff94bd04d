// shard_layout.h: where the shards of a database live.
//
// A database of N > 1 shards is a folder holding the shards (shard-0,
// shard-1, ...) and a Xapian stub file named XAPIANDB that lists them, so
// Xapian::Database(folder) - and so jobsearch - opens all of them as one.
// Remote shards served by xapian-tcpsrv can be added to the stub by hand
// ("remote tcp HOST PORT" lines): Xapian's own distributed search.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace jobsearch {

// The databases to write for `db` split into `shards`: just `db` for one
// shard, else its shard folders, creating the folder and stub file when
// missing. Throws DatabaseFailure (database_errors.h) naming `db` when it
// already holds a different layout (a single database, or another count).
std::vector<std::string> prepare_shards(const std::string& db, unsigned shards);

// The databases of the existing database `db`: its shards when it is
// sharded, else `db` itself. With `create`, a missing `db` is made a single
// database; without, it is a DatabaseFailure ("does not exist").
std::vector<std::string> existing_shards(const std::string& db, bool create);

// The shard (0 to shards-1) that holds posting `id`: ids are 16 hex digits
// of a stable hash, so their value picks it, the same in every run and build.
std::size_t shard_for_id(const std::string& id, std::size_t shards);

}  // namespace jobsearch
