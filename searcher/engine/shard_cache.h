// shard_cache.h: what readers learn of one shard at one revision (its
// facet columns, the match sets of its filters, words and phrases), kept
// once for all of them.
//
// A server has a reader per search slot, 16 by default, each with its own
// Xapian handles. Each used to read its own columns and keep its own sets:
// 16 times the memory, and each slot warmed up alone, seeing a sixteenth
// of the requests. What a reader learns depends only on the shard's
// revision, so readers of one revision share it: ShardCaches hands them
// the same ShardCache, and a commit (a new revision) a new one.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "searcher/engine/facet_column.h"
#include "searcher/engine/interval_column.h"
#include "searcher/engine/length_weight.h"
#include "searcher/engine/match_set_cache.h"

namespace jobsearch {

class ShardCache {
 public:
  explicit ShardCache(std::size_t set_bytes) : sets_(set_bytes) {}

  // The column of `slot`, read through `shard` (the caller's handle on
  // this cache's revision) the first time any reader asks.
  const FacetColumn& column(const Xapian::Database& shard, Xapian::valueno slot);
  const NumberColumn& numbers(const Xapian::Database& shard, Xapian::valueno slot);
  const KeyColumn& keys(const Xapian::Database& shard, Xapian::valueno slot);
  const TextColumn& texts(const Xapian::Database& shard, Xapian::valueno slot);
  const LengthColumn& lengths(const Xapian::Database& shard);
  // The intervals of `slot`'s numbers among `intervals`' bounds; held by
  // the caller while it counts: they are dropped when kMaxIntervalColumns
  // are kept (the posted facet's bounds move every day).
  std::shared_ptr<const IntervalColumn> intervals(const Xapian::Database& shard,
                                                  Xapian::valueno slot,
                                                  const RangeIntervals& intervals);
  MatchSetCache& sets() { return sets_; }

 private:
  static constexpr std::size_t kMaxIntervalColumns = 32;

  std::mutex mutex_;  // guards the five maps and lengths_ (a column, once kept, never changes)
  std::map<Xapian::valueno, std::shared_ptr<const FacetColumn>> columns_;
  std::map<Xapian::valueno, std::shared_ptr<const NumberColumn>> numbers_;
  std::map<Xapian::valueno, std::shared_ptr<const KeyColumn>> keys_;
  std::map<Xapian::valueno, std::shared_ptr<const TextColumn>> texts_;
  std::map<std::pair<Xapian::valueno, std::vector<double>>, std::shared_ptr<const IntervalColumn>>
      intervals_;  // by slot and bounds
  std::shared_ptr<const LengthColumn> lengths_;
  MatchSetCache sets_;
};

// The caches of one database's shards, handed to every reader of it (one
// per server, say): readers of the same revision of shard i get the same
// cache, kept while any of them lives.
class ShardCaches {
 public:
  // The cache of shard `index` of the database, opened at `shard`'s
  // revision, holding at most `set_bytes` of sets (when it is made).
  std::shared_ptr<ShardCache> of(std::size_t index, const Xapian::Database& shard,
                                 std::size_t set_bytes);

 private:
  std::mutex mutex_;
  std::map<std::string, std::weak_ptr<ShardCache>> caches_;  // by index, UUID and revision
};

}  // namespace jobsearch
