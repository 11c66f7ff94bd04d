// http_response_cache.h: recent answers of the HTTP server, reused for the
// same question on the same database revision.
//
// A job board's traffic repeats itself (the page as first opened, popular
// searches, suggestions as people type), and exact facet counts cost far
// more than copying an answer. The server keys each answer by the request's
// parameters and the reader's generation (http_engine_pool.h), so a commit
// makes every older answer unreachable; answers also expire after a minute,
// as searches judge "posted within" and expiry against today's date.
#pragma once

#include <chrono>
#include <cstddef>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace jobsearch {

class ResponseCache {
 public:
  // Keeps at most `max_entries` answers (0: keeps none) and at most
  // `max_bytes` of them in all, each for `lifetime`; the least recently
  // used go first.
  ResponseCache(std::size_t max_entries, std::size_t max_bytes, std::chrono::seconds lifetime);

  // The answer stored under `key`, if it is still there and young enough.
  // Thread-safe.
  std::optional<std::string> find(const std::string& key);

  // Stores `body` under `key`. An answer larger than an eighth of max_bytes
  // is not stored. Thread-safe.
  void store(const std::string& key, const std::string& body);

 private:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    std::string key;
    std::string body;
    Clock::time_point stored;
  };
  void evict_locked();

  const std::size_t max_entries_;
  const std::size_t max_bytes_;
  const std::chrono::seconds lifetime_;
  std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  std::size_t bytes_ = 0;
};

}  // namespace jobsearch
