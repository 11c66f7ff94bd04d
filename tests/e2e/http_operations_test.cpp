// End to end: operating `jobsearch serve`: /metrics in Prometheus' text
// format, /readyz, JSON log lines and a stop that lets a request finish.
#include <gtest/gtest.h>
#include <signal.h>

#include <future>
#include <map>
#include <sstream>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/support/wait.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

// One scrape: "name{labels}" -> value, and name -> its # TYPE.
struct Scrape {
  std::map<std::string, double> samples;
  std::map<std::string, std::string> types;
  double operator[](const std::string& sample) const {
    auto found = samples.find(sample);
    return found == samples.end() ? -1 : found->second;
  }
};

Scrape scrape(int port) {
  HttpResponse response = http_get(port, "/metrics");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.headers["content-type"], "text/plain; version=0.0.4; charset=utf-8");
  Scrape result;
  std::istringstream lines(response.body);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("# TYPE ", 0) == 0) {
      std::istringstream words(line.substr(7));
      std::string name, type;
      words >> name >> type;
      result.types[name] = type;
    } else if (!line.empty() && line[0] != '#') {
      const std::size_t space = line.rfind(' ');
      result.samples[line.substr(0, space)] = std::stod(line.substr(space + 1));
    }
  }
  return result;
}

const char* const kSearch200 =
    "jobsearch_http_requests_total{route=\"/api/search\",status=\"200\"}";

TEST(HttpOperations, MetricsHaveTheirTypesAndCountsMoveWithRequests) {
  ServerProcess server(bundled_corpus_db());
  const Scrape first = scrape(server.port());
  EXPECT_EQ(first.types, (std::map<std::string, std::string>{
                             {"jobsearch_cache_hits_total", "counter"},
                             {"jobsearch_cache_misses_total", "counter"},
                             {"jobsearch_database_documents", "gauge"},
                             {"jobsearch_database_generation", "gauge"},
                             {"jobsearch_database_reopens_total", "counter"},
                             {"jobsearch_http_open_connections", "gauge"},
                             {"jobsearch_http_request_duration_seconds", "histogram"},
                             {"jobsearch_http_requests_in_flight", "gauge"},
                             {"jobsearch_http_requests_total", "counter"},
                             {"jobsearch_search_timeouts_total", "counter"},
                         }));
  EXPECT_EQ(first[kSearch200], -1);                        // no search yet
  EXPECT_GE(first["jobsearch_http_open_connections"], 1);  // the scrape's own
  EXPECT_EQ(first["jobsearch_http_requests_in_flight"], 1);
  EXPECT_EQ(first["jobsearch_database_generation"], 0);
  const long documents = http_get(server.port(), "/api/stats").json().value("documents", -1L);
  EXPECT_EQ(first["jobsearch_database_documents"], documents);

  ASSERT_EQ(http_get(server.port(), "/api/search?q=nurse").status, 200);
  ASSERT_EQ(http_get(server.port(), "/api/search?q=nurse").status, 200);  // from the cache
  ASSERT_EQ(http_get(server.port(), "/api/postings/no-such-id").status, 404);
  // A request is counted just after its answer is sent: polled.
  Scrape later;
  EXPECT_TRUE(test::wait_until([&] {
    later = scrape(server.port());
    return later[kSearch200] == 2 &&
           later["jobsearch_http_requests_total{route=\"/api/postings/{id}\",status=\"404\"}"] == 1;
  })) << later[kSearch200];
  EXPECT_EQ(later["jobsearch_cache_hits_total"], 1);
  EXPECT_EQ(later["jobsearch_cache_misses_total"], 1);
  EXPECT_EQ(later["jobsearch_search_timeouts_total"], 0);
  EXPECT_GE(later["jobsearch_database_reopens_total"], 1);
  const double count = later["jobsearch_http_request_duration_seconds_count"];
  EXPECT_GE(count, 5);  // two searches, a posting, the stats and a scrape at least
  EXPECT_EQ(later["jobsearch_http_request_duration_seconds_bucket{le=\"+Inf\"}"], count);
  EXPECT_LE(later["jobsearch_http_request_duration_seconds_bucket{le=\"0.001\"}"], count);
  EXPECT_GE(later["jobsearch_http_request_duration_seconds_sum"], 0);
}

TEST(HttpOperations, ReadyzIsReadyWithTheDatabaseOpen) {
  ServerProcess server(bundled_corpus_db());
  HttpResponse ready = http_get(server.port(), "/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.json(), (json{{"status", "ready"}}));
  EXPECT_EQ(http_get(server.port(), "/healthz").status, 200);
}

TEST(HttpOperations, JsonLogLinesNameTheRequest) {
  ServerProcess server(bundled_corpus_db(), {"--log-format", "json"});
  HttpResponse answer = http_get(server.port(), "/api/search?q=nurse");
  ASSERT_EQ(answer.status, 200);
  ASSERT_EQ(server.stop(SIGTERM), 0);
  json logged;
  std::istringstream lines(server.err());
  for (std::string line; std::getline(lines, line);) {
    json parsed = json::parse(line, nullptr, false);
    ASSERT_FALSE(parsed.is_discarded()) << line;
    if (parsed.value("path", "") == "/api/search?q=nurse") logged = parsed;
  }
  ASSERT_TRUE(logged.is_object()) << server.err();
  EXPECT_EQ(logged["method"], "GET");
  EXPECT_EQ(logged["status"], 200);
  EXPECT_EQ(logged["bytes"], answer.body.size());
  EXPECT_TRUE(logged["ms"].is_number());
  const std::string time = logged["time"];
  EXPECT_EQ(time.size(), 20u) << time;  // 2026-05-04T12:00:00Z
  EXPECT_EQ(time.back(), 'Z');
}

std::string runaway_body() {
  std::string words;
  for (int i = 0; i < 64000; ++i) words += i ? " a" : "a";
  return json{{"q", words},
              {"facets", "location,employment_type,education,company,industry,country,region"}}
      .dump();
}

// SIGTERM while a search runs: /readyz said 503 while it held the only
// slot, and the search is answered (here at the end of its 1.5 s budget;
// the question takes about 4 s unbounded) before the process exits 0.
TEST(HttpOperations, StoppingLetsARunningRequestFinish) {
  ServerProcess server(bundled_corpus_db(),
                       {"--threads", "1", "--request-timeout", "1.5", "--shutdown-grace", "60",
                        "--max-query-bytes", "1000000", "--max-query-words", "1000000"});
  auto asked = std::async(std::launch::async, [&] {
    return http_send(server.port(), "POST", "/api/search", runaway_body());
  });
  EXPECT_TRUE(test::wait_until([&] { return http_get(server.port(), "/readyz").status == 503; }));
  EXPECT_EQ(server.stop(SIGTERM), 0) << server.err();
  HttpResponse answer = asked.get();
  EXPECT_EQ(answer.status, 503);
  EXPECT_EQ(answer.json()["error"]["code"], "timeout");
  EXPECT_NE(server.out().find("jobsearch: stopped\n"), std::string::npos) << server.out();
  EXPECT_EQ(server.out().find("leaving"), std::string::npos) << server.out();
}

}  // namespace
}  // namespace jobsearch::e2e
