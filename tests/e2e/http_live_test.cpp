// End to end: a running `jobsearch serve` with an indexer writing beside
// it, many clients at once, and signals to stop it.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <thread>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/support/wait.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
const char* const kExact = "&facets=employment_type";  // facets make the total exact

long total(int port, const std::string& query = "") {
  return http_get(port, "/api/search?limit=0" + std::string(kExact) + query)
      .json()
      .value("total", -1L);
}

// The server notices a commit by itself (no restart, no request to reload).
// Polled rather than timed: it takes a few milliseconds, but a loaded
// machine must not fail the test.
TEST(HttpLive, ACommitByJobindexIsSeenWithoutARestart) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  index(db, {source_path("corpus/postings/linkedin.jsonl")});
  ServerProcess server(db);
  const long before = total(server.port());
  EXPECT_EQ(before, search_json(db, {"--limit", "0", "--facets", "employment_type"})["total"]);

  CommandResult more = index(db, {source_path("corpus/postings/boards")});
  ASSERT_EQ(more.exit_code, 0) << more.err;
  const long expected = search_json(db, {"--limit", "0", "--facets", "employment_type"})["total"];
  ASSERT_GT(expected, before);
  long seen = before;
  EXPECT_TRUE(test::wait_until([&] { return (seen = total(server.port())) == expected; }))
      << "still " << seen << " results, not " << expected;
}

// With commits every 10 postings and searches slower than that, 77 of 77
// requests answered 500 DatabaseModifiedError; some failed with
// "DatabaseError: EOF reading block", which was not tried again.
TEST(HttpLive, ReadersNeverFailWhileAWriterCommits) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  index(db, {source_path("corpus/postings/linkedin.jsonl")});
  ServerProcess server(db, {"--cache", "0"});
  const std::string every_facet =
      "location,employment_type,education,company,industry,country,region,remote,salary,experience,"
      "posted";
  std::atomic<bool> writing{true};
  std::atomic<int> answers{0}, failures{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 6; ++t) {
    readers.emplace_back([&, t] {
      const char* queries[] = {"engineer", "nurse", "", "data OR sales", "a* OR e*"};
      for (int i = 0; i < 2000 && (writing || i < 5);
           ++i) {  // bounded, and some after the last commit
        const std::string q = queries[(t + i) % 5];
        HttpResponse r = http_get(
            server.port(), "/api/search" + query_string({{"q", q}, {"facets", every_facet}}));
        (r.status == 200 ? answers : failures)++;
        if (r.status != 200) ADD_FAILURE() << r.status << " " << r.body;
      }
    });
  }
  readers.emplace_back([&] {  // the command line reads the same database
    for (int i = 0; i < 200 && writing; ++i) {
      CommandResult r =
          run_command({JOBSEARCH_BIN, "--db", db, "a* OR e*", "--facets", every_facet});
      (r.exit_code == 0 ? answers : failures)++;
      if (r.exit_code != 0) ADD_FAILURE() << r.exit_code << " " << r.err;
    }
  });
  // Many small commits: one every 2 postings.
  CommandResult writer =
      run_command({JOBINDEX_BIN, "--db", db, "--batch-size", "2", source_path("corpus/postings")});
  writing = false;
  for (std::thread& reader : readers) reader.join();
  EXPECT_EQ(writer.exit_code, 0) << writer.err;
  EXPECT_EQ(failures, 0);
  EXPECT_GT(answers, 20);
  EXPECT_EQ(server.err().find("error:"), std::string::npos) << server.err();
}

TEST(HttpLive, ConcurrentClientsGetTheAnswersOneClientGets) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  index(db, {source_path("corpus/postings")});
  // No answer cache: every request is a real search, run side by side.
  ServerProcess server(db, {"--threads", "8", "--cache", "0"});
  const std::vector<std::string> targets = {"/api/search?q=nurse",
                                            "/api/search?q=engineer&facets=location:5,company",
                                            "/api/search?sort=newest&page=3", "/api/suggest?q=dat",
                                            "/api/search?q=sales&filter=remote%3Dremote"};
  std::vector<std::string> expected;
  for (const std::string& target : targets)
    expected.push_back(http_get(server.port(), target).body);
  std::atomic<int> mismatches{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 16; ++t) {  // more clients than worker threads
    clients.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        std::size_t which = (t + i) % targets.size();
        HttpResponse answer = http_get(server.port(), targets[which]);
        if (answer.body != expected[which] && mismatches++ == 0) {
          ADD_FAILURE() << targets[which] << ": " << answer.status << " "
                        << answer.body.substr(0, 300);
        }
      }
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(mismatches, 0);
}

TEST(HttpLive, StopsCleanlyOnSigintAndSigterm) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  index(db, {source_path("corpus/postings/linkedin.jsonl")});
  for (int signal : {SIGINT, SIGTERM}) {
    // A client that keeps its connection open must not hold the stop up:
    // were it waited for, the stop would take the 600 s idle timeout, far
    // past the time stop() allows before it kills the server (-1).
    ServerProcess server(db, {"--idle-timeout", "600"});
    int idle = open_keep_alive(server.port());
    EXPECT_GE(idle, 0);
    EXPECT_EQ(server.stop(signal), 0) << "signal " << signal << ": " << server.err();
    EXPECT_NE(server.out().find("jobsearch: stopped\n"), std::string::npos) << server.out();
    close_connection(idle);
  }
}

TEST(HttpLive, ListensOnLoopbackAndSaysWhenItCannot) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  index(db, {source_path("corpus/postings/linkedin.jsonl")});
  ServerProcess server(db);
  EXPECT_NE(server.out().find("on http://127.0.0.1:"), std::string::npos) << server.out();
  // Under `timeout`: a server that wrongly starts must not hold the test up.
  CommandResult taken = run_command({"timeout", "10", JOBSEARCH_BIN, "serve", "--db", db, "--port",
                                     std::to_string(server.port())});
  EXPECT_EQ(taken.exit_code, 2);
  EXPECT_NE(taken.err.find("cannot listen on 127.0.0.1:" + std::to_string(server.port())),
            std::string::npos)
      << taken.err;
  CommandResult missing = run_command(
      {"timeout", "10", JOBSEARCH_BIN, "serve", "--db", tmp.file("none"), "--port", "0"});
  EXPECT_EQ(missing.exit_code, 4);
  EXPECT_EQ(missing.err.rfind("jobsearch: cannot open database: ", 0), 0u) << missing.err;
  CommandResult bad =
      run_command({"timeout", "10", JOBSEARCH_BIN, "serve", "--db", db, "--threads", "0"});
  EXPECT_EQ(bad.exit_code, 2);
}

}  // namespace
}  // namespace jobsearch::e2e
