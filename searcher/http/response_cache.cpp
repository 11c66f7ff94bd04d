#include "searcher/http/response_cache.h"

namespace jobsearch {

ResponseCache::ResponseCache(std::size_t max_entries, std::size_t max_bytes,
                             std::chrono::seconds lifetime)
    : max_entries_(max_entries), max_bytes_(max_bytes), lifetime_(lifetime) {}

std::optional<std::string> ResponseCache::find(const std::string& key) {
  if (max_entries_ == 0) return std::nullopt;
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = index_.find(key);
  if (found == index_.end()) return std::nullopt;
  auto entry = found->second;
  if (Clock::now() - entry->stored > lifetime_) {
    bytes_ -= entry->key.size() + entry->body.size();
    entries_.erase(entry);
    index_.erase(found);
    return std::nullopt;
  }
  entries_.splice(entries_.begin(), entries_, entry);
  return entry->body;
}

void ResponseCache::store(const std::string& key, const std::string& body) {
  if (max_entries_ == 0 || key.size() + body.size() > max_bytes_ / 8) return;
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = index_.find(key);
  if (found != index_.end()) {
    bytes_ -= found->second->key.size() + found->second->body.size();
    entries_.erase(found->second);
    index_.erase(found);
  }
  entries_.push_front({key, body, Clock::now()});
  index_[key] = entries_.begin();
  bytes_ += key.size() + body.size();
  evict_locked();
}

void ResponseCache::evict_locked() {
  while (!entries_.empty() && (entries_.size() > max_entries_ || bytes_ > max_bytes_)) {
    const Entry& oldest = entries_.back();
    bytes_ -= oldest.key.size() + oldest.body.size();
    index_.erase(oldest.key);
    entries_.pop_back();
  }
}

}  // namespace jobsearch
