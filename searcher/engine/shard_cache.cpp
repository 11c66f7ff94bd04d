#include "searcher/engine/shard_cache.h"

#include <iterator>

namespace jobsearch {
namespace {

// The column kept under `slot` in `kept`, read through `shard` when none
// is: outside the lock (a column of a million postings takes a while),
// so two readers may both read it, and the first kept wins.
template <typename Column>
const Column& kept_column(std::mutex& mutex,
                          std::map<Xapian::valueno, std::shared_ptr<const Column>>& kept,
                          const Xapian::Database& shard, Xapian::valueno slot) {
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto found = kept.find(slot);
    if (found != kept.end()) return *found->second;
  }
  auto column = std::make_shared<const Column>(shard, slot);
  std::lock_guard<std::mutex> lock(mutex);
  return *kept.emplace(slot, std::move(column)).first->second;
}

}  // namespace

const FacetColumn& ShardCache::column(const Xapian::Database& shard, Xapian::valueno slot) {
  return kept_column(mutex_, columns_, shard, slot);
}

const NumberColumn& ShardCache::numbers(const Xapian::Database& shard, Xapian::valueno slot) {
  return kept_column(mutex_, numbers_, shard, slot);
}

const KeyColumn& ShardCache::keys(const Xapian::Database& shard, Xapian::valueno slot) {
  return kept_column(mutex_, keys_, shard, slot);
}

const TextColumn& ShardCache::texts(const Xapian::Database& shard, Xapian::valueno slot) {
  return kept_column(mutex_, texts_, shard, slot);
}

const LengthColumn& ShardCache::lengths(const Xapian::Database& shard) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (lengths_) return *lengths_;
  }
  auto lengths = std::make_shared<const LengthColumn>(shard);  // outside the lock, as kept_column
  std::lock_guard<std::mutex> lock(mutex_);
  if (!lengths_) lengths_ = std::move(lengths);
  return *lengths_;
}

std::shared_ptr<const IntervalColumn> ShardCache::intervals(const Xapian::Database& shard,
                                                            Xapian::valueno slot,
                                                            const RangeIntervals& intervals) {
  auto key = std::make_pair(slot, intervals.bounds());
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto found = intervals_.find(key);
    if (found != intervals_.end()) return found->second;
  }
  auto column = std::make_shared<const IntervalColumn>(numbers(shard, slot), intervals);
  std::lock_guard<std::mutex> lock(mutex_);
  if (intervals_.size() >= kMaxIntervalColumns) intervals_.clear();
  return intervals_.emplace(std::move(key), std::move(column)).first->second;
}

std::shared_ptr<ShardCache> ShardCaches::of(std::size_t index, const Xapian::Database& shard,
                                            std::size_t set_bytes) {
  const std::string uuid = shard.get_uuid();
  if (uuid.empty()) return std::make_shared<ShardCache>(set_bytes);  // cannot be told apart
  const std::string key =
      std::to_string(index) + ' ' + uuid + ' ' + std::to_string(shard.get_revision());
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = caches_.begin(); it != caches_.end();) {  // forget those no reader holds
    it = it->second.expired() ? caches_.erase(it) : std::next(it);
  }
  std::weak_ptr<ShardCache>& entry = caches_[key];
  std::shared_ptr<ShardCache> cache = entry.lock();
  if (!cache) {
    cache = std::make_shared<ShardCache>(set_bytes);
    entry = cache;
  }
  return cache;
}

}  // namespace jobsearch
