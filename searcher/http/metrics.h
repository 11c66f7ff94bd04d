// metrics.h: what the HTTP server counts, for GET /metrics in Prometheus'
// text exposition format (version 0.0.4).
//
//   jobsearch_http_requests_total{route,status}   counter
//   jobsearch_http_request_duration_seconds       histogram (every route)
//   jobsearch_http_requests_in_flight             gauge
//   jobsearch_http_open_connections               gauge
//   jobsearch_cache_hits_total, _misses_total     counters (answer cache)
//   jobsearch_search_timeouts_total               counter
//   jobsearch_database_generation                 gauge (commits seen + 1)
//   jobsearch_database_documents                  gauge
//   jobsearch_database_reopens_total              counter (readers opened)
//
// Counting is cheap: atomics, and one mutex-held map lookup per request
// for the route and status pair.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace jobsearch::http {

// The database's figures, read when /metrics is asked.
struct DatabaseFigures {
  std::uint64_t generation = 0;
  std::uint64_t documents = 0;
  std::uint64_t reopens = 0;
  long open_connections = 0;
};

class Metrics {
 public:
  // Upper bounds of the latency histogram's buckets, in seconds.
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1,    2.5,   10};

  // One answered request: its route's label ("/api/search", "other" for
  // none), status and time taken. Thread-safe.
  void count_request(const std::string& route, int status, double seconds);
  void count_cache(bool hit) { (hit ? cache_hits_ : cache_misses_)++; }
  void count_timeout() { ++timeouts_; }
  void request_started() { ++in_flight_; }
  void request_finished() { --in_flight_; }

  // Every metric in the text format, one `# HELP` and `# TYPE` per name.
  std::string exposition(const DatabaseFigures& database);

 private:
  std::mutex mutex_;  // guards requests_
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::array<std::atomic<std::uint64_t>, kBuckets.size()> buckets_{};  // not cumulative
  std::atomic<std::uint64_t> count_{0};
  std::atomic<std::uint64_t> sum_micros_{0};
  std::atomic<std::uint64_t> cache_hits_{0}, cache_misses_{0}, timeouts_{0};
  std::atomic<long> in_flight_{0};
};

// The label of a route's path pattern: "/api/postings/([^/]+)" ->
// "/api/postings/{id}", the page's pattern -> "/".
std::string route_label(const std::string& pattern);

}  // namespace jobsearch::http
