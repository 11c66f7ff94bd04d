#include "searcher/engine/match_set_cache.h"

namespace jobsearch {
namespace {

// Xapian's estimate of `query` in `database`, from its posting lists
// alone: a match of no document runs none. A term's is its frequency.
MatchEstimate estimate_of(const Xapian::Database& database, const Xapian::Query& query) {
  if (query.get_type() == Xapian::Query::LEAF_TERM) {
    const Xapian::doccount frequency = database.get_termfreq(*query.get_terms_begin());
    return {frequency, frequency, frequency};
  }
  Xapian::Enquire enquire(database);
  enquire.set_query(query.empty() ? Xapian::Query(std::string()) : query);
  Xapian::MSet mset = enquire.get_mset(0, 0);
  return {mset.get_matches_lower_bound(), mset.get_matches_estimated(),
          mset.get_matches_upper_bound()};
}

}  // namespace

std::shared_ptr<const DocSet> MatchSetCache::get(const Xapian::Database& database,
                                                 const Xapian::Query& query,
                                                 const Deadline& deadline) {
  std::string key;
  try {
    key = query.serialise();
  } catch (const Xapian::UnimplementedError&) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ++matched_;
    }
    return std::make_shared<const DocSet>(match_set(database, query, deadline));
  }
  if (auto found = lookup(key)) return found->ids;
  // Matched outside the lock: other readers' lookups need not wait for it.
  auto set = std::make_shared<const DocSet>(match_set(database, query, deadline));
  return keep(key, {std::move(set), estimate_of(database, query)});
}

std::optional<KeptSet> MatchSetCache::find(const Xapian::Query& query) {
  try {
    return lookup(query.serialise());
  } catch (const Xapian::UnimplementedError&) {
    return std::nullopt;
  }
}

std::size_t MatchSetCache::bytes() {
  std::lock_guard<std::mutex> lock(mutex_);
  return bytes_;
}

std::size_t MatchSetCache::matched() {
  std::lock_guard<std::mutex> lock(mutex_);
  return matched_;
}

std::optional<KeptSet> MatchSetCache::lookup(const std::string& key) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = by_key_.find(key);
  if (found == by_key_.end()) return std::nullopt;
  entries_.splice(entries_.begin(), entries_, found->second);
  return found->second->second;
}

std::shared_ptr<const DocSet> MatchSetCache::keep(const std::string& key, KeptSet set) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++matched_;
  auto found = by_key_.find(key);
  if (found != by_key_.end()) return found->second->second.ids;
  const std::size_t size = set.ids->bytes() + key.size();
  if (size > max_bytes_) return set.ids;
  while (bytes_ + size > max_bytes_) {
    const Entry& oldest = entries_.back();
    bytes_ -= oldest.second.ids->bytes() + oldest.first.size();
    by_key_.erase(oldest.first);
    entries_.pop_back();
  }
  entries_.emplace_front(key, set);
  by_key_[key] = entries_.begin();
  bytes_ += size;
  return set.ids;
}

}  // namespace jobsearch
