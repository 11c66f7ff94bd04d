#include "searcher/http/metrics.h"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace jobsearch::http {
namespace {

void describe(std::ostringstream& out, const char* name, const char* type, const char* help) {
  out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << ' ' << type << '\n';
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

}  // namespace

void Metrics::count_request(const std::string& route, int status, double seconds) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++requests_[{route, status}];
  }
  std::size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  if (bucket < kBuckets.size()) ++buckets_[bucket];
  ++count_;
  sum_micros_ += static_cast<std::uint64_t>(std::llround(seconds * 1e6));
}

std::string Metrics::exposition(const DatabaseFigures& database) {
  std::ostringstream out;
  describe(out, "jobsearch_http_requests_total", "counter", "HTTP requests answered.");
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const auto& [key, count] : requests_) {
      out << "jobsearch_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second
          << "\"} " << count << '\n';
    }
  }
  const char* latency = "jobsearch_http_request_duration_seconds";
  describe(out, latency, "histogram", "Time from a request's head to its answer.");
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    cumulative += buckets_[i];
    out << latency << "_bucket{le=\"" << number(kBuckets[i]) << "\"} " << cumulative << '\n';
  }
  const std::uint64_t count = count_;
  out << latency << "_bucket{le=\"+Inf\"} " << count << '\n'
      << latency << "_sum " << number(sum_micros_ / 1e6) << '\n'
      << latency << "_count " << count << '\n';
  auto single = [&out](const char* name, const char* type, const char* help, auto value) {
    describe(out, name, type, help);
    out << name << ' ' << value << '\n';
  };
  single("jobsearch_http_requests_in_flight", "gauge", "Requests being answered.",
         in_flight_.load());
  single("jobsearch_http_open_connections", "gauge", "Client connections open.",
         database.open_connections);
  single("jobsearch_cache_hits_total", "counter", "Answers reused from the cache.",
         cache_hits_.load());
  single("jobsearch_cache_misses_total", "counter", "Answers the cache did not have.",
         cache_misses_.load());
  single("jobsearch_search_timeouts_total", "counter", "Requests over their time budget.",
         timeouts_.load());
  single("jobsearch_database_generation", "gauge",
         "Revision of the database searched: 0 at start, one more per commit seen.",
         database.generation);
  single("jobsearch_database_documents", "gauge", "Postings in the database.", database.documents);
  single("jobsearch_database_reopens_total", "counter", "Database readers opened.",
         database.reopens);
  return out.str();
}

std::string route_label(const std::string& pattern) {
  const std::size_t group = pattern.find('(');
  if (group == std::string::npos) return pattern;
  const std::string prefix = pattern.substr(0, group);
  if (prefix.size() > 1 && prefix.back() == '/') return prefix + "{id}";
  return prefix.empty() ? "/" : prefix;
}

}  // namespace jobsearch::http
