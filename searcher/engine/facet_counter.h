// facet_counter.h: exact counts of facet values over every match.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "searcher/engine/facet_column.h"
#include "searcher/engine/facet_spellings.h"
#include "searcher/engine/match_set_cache.h"
#include "searcher/engine/search_response.h"
#include "searcher/engine/shard_cache.h"

namespace jobsearch {

// One database (a shard) through this engine's handle, with its facet
// columns and the match sets of its filters, each read on first use and
// kept in a ShardCache: this engine's own, or one shared by every reader
// of the same revision (shard_cache.h). The facet thread and the ranked
// match each have their own, on their own handles, sharing the cache.
class FacetColumns {
 public:
  explicit FacetColumns(const Xapian::Database& database,
                        std::shared_ptr<ShardCache> cache = nullptr)
      : database_(database),
        uuid_(database.get_uuid()),
        cache_(cache ? std::move(cache)
                     : std::make_shared<ShardCache>(MatchSetCache::kDefaultBytes)) {}
  const Xapian::Database& database() const { return database_; }
  // The shard's UUID, read once: another thread may be using the handle.
  const std::string& uuid() const { return uuid_; }
  const FacetColumn& column(Xapian::valueno slot) { return cache_->column(database_, slot); }
  const NumberColumn& numbers(Xapian::valueno slot) { return cache_->numbers(database_, slot); }
  const KeyColumn& keys(Xapian::valueno slot) { return cache_->keys(database_, slot); }
  const TextColumn& texts(Xapian::valueno slot) { return cache_->texts(database_, slot); }
  const LengthColumn& lengths() { return cache_->lengths(database_); }
  std::shared_ptr<const IntervalColumn> intervals(Xapian::valueno slot,
                                                  const RangeIntervals& intervals) {
    return cache_->intervals(database_, slot, intervals);
  }
  MatchSetCache& sets() { return cache_->sets(); }
  const std::shared_ptr<ShardCache>& cache() const { return cache_; }
  // The documents `query` matches here, kept or matched (MatchSetCache::get).
  std::shared_ptr<const DocSet> set(const Xapian::Query& query, const Deadline& deadline) {
    return cache_->sets().get(database_, query, deadline);
  }

 private:
  Xapian::Database database_;
  std::string uuid_;
  std::shared_ptr<ShardCache> cache_;
};

// A match spy counting the values of several facet columns over the
// documents it sees; a document counts once for each of its values.
// Counts are exact only when the match looks at every document
// (Enquire::get_mset with check_at_least at least the database size).
class FacetCounter : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(std::vector<const FacetColumn*> columns);

  void operator()(const Xapian::Document& document, double /*weight*/) override {
    count(document.get_docid());
  }
  // Counts the values of document `docid`, as if the spy had seen it.
  void count(Xapian::docid docid);
  // Counts the values of every document of `set` (of the columns'
  // database), column by column (FacetColumn::count).
  void count(const DocSet& set);

  // Adds the counts of column `index` to `totals` (by spelling, with its
  // term), where the counts of several shards meet.
  void add_counts(std::size_t index, SpellingCounts& totals) const;

  // The counts of column `index` merged as merge_spellings merges
  // add_counts' (the same values, counts and spellings shown), from the
  // column's groups of spellings instead of a map of them, for a request
  // over one shard: with 2,474 companies and 883 places the maps took a
  // ninth of a served request. The values point into the column.
  std::vector<MergedValue> merged(std::size_t index) const;

 private:
  std::vector<const FacetColumn*> columns_;
  std::vector<std::vector<std::uint64_t>> counts_;  // per column, by ordinal
};

}  // namespace jobsearch
