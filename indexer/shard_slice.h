// shard_slice.h: one shard of a database split over several machines.
//
// `jobindex --shard K/N` builds, from the whole feed, the database that
// `--shards N` would write as its folder shard-K: K counts from 0, like those
// folders. Each machine builds its own shard; a stub listing them (remote
// shards served by xapian-tcpsrv) answers as one database. The database
// records its slice, so that later commands (sync, delete) on it act on the
// postings of that shard only, with or without --shard.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

namespace jobsearch {

// Where a database built with --shard keeps its slice ("K/N").
constexpr const char* kShardSliceKey = "jobsearch.shard";

struct ShardSlice {
  unsigned index = 0;  // K, 0 to count-1
  unsigned count = 1;  // N; 1 is the whole database

  bool whole() const { return count <= 1; }
  // True when posting `id` belongs here (shard_for_id, as --shards routes).
  bool holds(const std::string& id) const;
  // "K/N", as typed.
  std::string text() const;
};

// Reads "K/N" with 0 <= K < N <= 64; nullopt for anything else ("1/0",
// "3/3", "-1/2", "a/b", "2").
std::optional<ShardSlice> parse_shard_slice(const std::string& text);

// The slice of the database `database` (named `db` in messages), settled
// with `given` (the --shard of the command line, if any): a database that
// records none takes `given` when it holds no posting yet (recorded at its
// next commit); otherwise the two must agree. Without `given` it is what
// the database records (whole if nothing). Throws DatabaseFailure
// (database_errors.h) when they disagree, or when `given` would make a
// database that holds postings indexed without --shard one shard.
ShardSlice settle_shard_slice(Xapian::WritableDatabase& database, const std::string& db,
                              const std::optional<ShardSlice>& given);

// Opens `path` (creating it when missing) just to settle its slice as above
// and commit it; for commands that open their writers afterwards.
ShardSlice settle_shard_slice(const std::string& path, const std::optional<ShardSlice>& given);

}  // namespace jobsearch
