#include "searcher/http/metrics.h"

#include <gtest/gtest.h>

namespace jobsearch::http {
namespace {

bool has_line(const std::string& text, const std::string& line) {
  return ("\n" + text).find("\n" + line + "\n") != std::string::npos;
}

TEST(RouteLabel, NamesAPatternsParameters) {
  EXPECT_EQ(route_label("/api/search"), "/api/search");
  EXPECT_EQ(route_label("/api/postings/([^/]+)"), "/api/postings/{id}");
  EXPECT_EQ(route_label("/([a-z_]+\\.[a-z]+)?"), "/");
}

TEST(Metrics, ExpositionCountsRequestsIntoCumulativeBuckets) {
  Metrics metrics;
  metrics.count_request("/api/search", 200, 0.0005);
  metrics.count_request("/api/search", 200, 0.2);
  metrics.count_request("/api/search", 400, 20);
  metrics.count_cache(true);
  metrics.count_cache(false);
  metrics.count_cache(false);
  metrics.count_timeout();
  DatabaseFigures figures;
  figures.generation = 3;
  figures.documents = 445;
  figures.reopens = 4;
  figures.open_connections = 2;
  const std::string text = metrics.exposition(figures);
  for (const char* line : {
           "# TYPE jobsearch_http_requests_total counter",
           "jobsearch_http_requests_total{route=\"/api/search\",status=\"200\"} 2",
           "jobsearch_http_requests_total{route=\"/api/search\",status=\"400\"} 1",
           "# TYPE jobsearch_http_request_duration_seconds histogram",
           "jobsearch_http_request_duration_seconds_bucket{le=\"0.001\"} 1",
           "jobsearch_http_request_duration_seconds_bucket{le=\"0.1\"} 1",
           "jobsearch_http_request_duration_seconds_bucket{le=\"0.25\"} 2",
           "jobsearch_http_request_duration_seconds_bucket{le=\"10\"} 2",
           "jobsearch_http_request_duration_seconds_bucket{le=\"+Inf\"} 3",
           "jobsearch_http_request_duration_seconds_sum 20.2005",
           "jobsearch_http_request_duration_seconds_count 3",
           "jobsearch_cache_hits_total 1",
           "jobsearch_cache_misses_total 2",
           "jobsearch_search_timeouts_total 1",
           "jobsearch_http_open_connections 2",
           "jobsearch_database_generation 3",
           "jobsearch_database_documents 445",
           "jobsearch_database_reopens_total 4",
       }) {
    EXPECT_TRUE(has_line(text, line)) << line << "\n" << text;
  }
}

}  // namespace
}  // namespace jobsearch::http
