// match_set_cache.h: the match sets of filters, kept between requests.
//
// Every filter click is a new request, but its filters are the same few
// (a facet value, "remote", "posted within 7 days", hiding expired
// postings): matching them again for each request and each facet pass is
// most of what facets cost. A cache holds the sets of one database (a
// shard) at one revision, shared by every reader of that revision
// (shard_cache.h): a commit gives readers new caches, so no set is ever
// served stale.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "searcher/engine/deadline.h"
#include "searcher/engine/doc_set.h"

namespace jobsearch {

// What Xapian's own match of a query tells of its matches before running
// it: the bounds and estimate its posting lists give.
struct MatchEstimate {
  Xapian::doccount min = 0;
  Xapian::doccount estimated = 0;
  Xapian::doccount max = 0;
};

// A set kept, with the estimate of the query that matched it.
struct KeptSet {
  std::shared_ptr<const DocSet> ids;
  MatchEstimate estimate;
};

class MatchSetCache {
 public:
  // 128 MiB: 1,000 sets at a million postings, 5,000 at 200,000 (a set
  // is lastdocid / 8 bytes). 32 MiB held fewer sets than one pass of the
  // benchmark's 200 queries at a million postings asks for, and each was
  // evicted before it was asked for again. One cache per database
  // revision that a reader still has open (shard_cache.h), split between
  // shards by their sizes.
  static constexpr std::size_t kDefaultBytes = std::size_t{128} << 20;

  // A cache holding at most `max_bytes` of sets (the least recently used
  // go first; a set larger than that is matched each time, not kept).
  explicit MatchSetCache(std::size_t max_bytes = kDefaultBytes) : max_bytes_(max_bytes) {}

  // The documents that `query` matches in `database` (see match_set; the
  // database and revision the cache is for, through the caller's own
  // handle), from the cache when it matched the same query before. A
  // query Xapian cannot serialise (a posting source of its own) is
  // matched each time. Threads may call it at once; two asking for the
  // same new set may both match it.
  std::shared_ptr<const DocSet> get(const Xapian::Database& database, const Xapian::Query& query,
                                    const Deadline& deadline);

  // The set of `query` when the cache holds it, else nothing: never matches.
  std::optional<KeptSet> find(const Xapian::Query& query);

  // Bytes held by the sets kept.
  std::size_t bytes();
  // How many sets were matched rather than found: for tests.
  std::size_t matched();

 private:
  using Entry = std::pair<std::string, KeptSet>;

  // The set kept under `key` (now the most recently used), or nothing.
  std::optional<KeptSet> lookup(const std::string& key);
  // Keeps `set` under `key`, or returns the set another thread kept meanwhile.
  std::shared_ptr<const DocSet> keep(const std::string& key, KeptSet set);

  const std::size_t max_bytes_;
  std::mutex mutex_;  // guards what follows
  std::size_t bytes_ = 0;
  std::size_t matched_ = 0;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace jobsearch
