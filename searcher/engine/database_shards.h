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

#include "searcher/engine/remote_shards.h"

namespace jobsearch {

struct DatabaseShards {
  Xapian::Database whole;                // every shard, searched as one
  std::vector<Xapian::Database> shards;  // empty when a shard is not local
  std::vector<RemoteAddress> remotes;    // the shards served by xapian-tcpsrv
  bool all_local() const { return !shards.empty(); }
};

// Opens `path`: a single database, or a Xapian stub (a file, or a folder
// holding XAPIANDB, as `jobindex --shards` writes) listing local shards,
// each opened once so that `whole` and `shards` see the same revision.
// "remote HOST:PORT" lines are opened here too, waiting at most
// `remote_timeout_ms` for each answer (they leave `shards` empty); a stub
// with other lines is left to Xapian. Throws Xapian::DatabaseOpeningError
// as Xapian::Database does, Xapian::NetworkError for a remote shard.
DatabaseShards open_database_shards(const std::string& path, unsigned remote_timeout_ms = 10000);

// The remote shards the stub at `path` lists (none for a database or a
// stub Xapian is left to), read without connecting to them.
std::vector<RemoteAddress> remote_shards_of(const std::string& path);

// The note to print when the stub at `path` lists remote shards only (""
// otherwise): Xapian's remote protocol carries no synonym or spelling
// table, so such a stub searches without synonyms and did-you-mean until
// it also lists a local database that has them (a lexicon, or one shard).
std::string missing_lexicon_note(const std::string& path);

// Two independent openings of `path` at the same revision, for use by two
// threads at once (a Xapian handle must not be used by two threads).
std::pair<DatabaseShards, DatabaseShards> open_database_shards_twice(
    const std::string& path, unsigned remote_timeout_ms = 10000);

}  // namespace jobsearch
