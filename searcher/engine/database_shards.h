// database_shards.h: a database opened as the shards it is made of.
//
// Facets are counted shard by shard: in a match over several shards,
// Xapian hands a match spy each document under its number within its
// shard, so in-memory facet columns must be per shard too.
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

namespace jobsearch {

struct DatabaseShards {
  Xapian::Database whole;                // every shard, searched as one
  std::vector<Xapian::Database> shards;  // empty when a shard is not local
};

// Opens `path`: a single database, or a Xapian stub (a file, or a folder
// holding XAPIANDB, as `jobindex --shards` writes) listing local shards,
// each opened once so that `whole` and `shards` see the same revision. A
// stub with other lines (remote shards) is left to Xapian, with no
// `shards`. Throws Xapian::DatabaseOpeningError as Xapian::Database does.
DatabaseShards open_database_shards(const std::string& path);

// Two independent openings of `path` at the same revision, for use by two
// threads at once (a Xapian handle must not be used by two threads).
std::pair<DatabaseShards, DatabaseShards> open_database_shards_twice(const std::string& path);

}  // namespace jobsearch
