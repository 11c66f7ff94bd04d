// match_set_cache.h: the match sets of filters, kept between requests.
//
// Every filter click is a new request, but its filters are the same few
// (a facet value, "remote", "posted within 7 days", hiding expired
// postings): matching them again for each request and each facet pass is
// most of what facets cost. An engine never reopens its database (a commit
// gives the server a new engine), so a set, once matched, stays true for
// the cache's whole life: no generation can be served stale.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "searcher/engine/deadline.h"
#include "searcher/engine/doc_set.h"

namespace jobsearch {

class MatchSetCache {
 public:
  // 32 MiB: 256 sets at a million postings, 1,300 at 200,000 (a set is
  // lastdocid / 8 bytes), more than the filters a site's users click in
  // the life of one database revision; and bounded per engine, of which
  // a server has one per thread.
  static constexpr std::size_t kDefaultBytes = std::size_t{32} << 20;

  // A cache of `database` (local, never reopened) holding at most
  // `max_bytes` of sets (the least recently used go first; a set larger
  // than that is matched each time, not kept).
  explicit MatchSetCache(const Xapian::Database& database, std::size_t max_bytes = kDefaultBytes)
      : database_(database), max_bytes_(max_bytes) {}

  // The documents that `query` matches (see match_set), from the cache
  // when it matched the same query before. A query Xapian cannot
  // serialise (a posting source of its own) is matched each time.
  std::shared_ptr<const DocSet> get(const Xapian::Query& query, const Deadline& deadline);

  // The set of `query` when the cache holds it, else nullptr: never
  // matches. Safe to call from another thread while one calls get(), which
  // alone uses the cache's database handle.
  std::shared_ptr<const DocSet> find(const Xapian::Query& query);

  // Bytes held by the sets kept.
  std::size_t bytes() const { return bytes_; }
  // How many sets were matched rather than found: for tests.
  std::size_t matched() const { return matched_; }

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const DocSet>>;

  // The set kept under `key` (now the most recently used), or nullptr.
  std::shared_ptr<const DocSet> lookup(const std::string& key);
  void keep(const std::string& key, std::shared_ptr<const DocSet> set);

  Xapian::Database database_;
  std::size_t max_bytes_;
  std::mutex mutex_;  // guards what follows: find() may run beside get()
  std::size_t bytes_ = 0;
  std::size_t matched_ = 0;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace jobsearch
