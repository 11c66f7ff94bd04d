// End to end: a read replica kept in step with its master by Xapian's
// xapian-replicate-server / xapian-replicate, and `jobsearch serve` on the
// replica answering each replicated generation without a restart, whether
// xapian-replicate sent a full copy (into a fresh folder its stub switches
// to) or applied changesets in place (XAPIAN_MAX_CHANGESETS on the master).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "tests/e2e/cluster_support.h"
#include "tests/e2e/http_client.h"

namespace jobsearch::e2e {
namespace {

std::string made_folder(const std::string& path) {
  std::filesystem::create_directories(path);
  return path;
}

long served_total(int port) {
  return http_get(port, "/api/search?limit=0&facets=employment_type").json().value("total", -1L);
}

// Readers `serve` has opened, from /metrics.
long readers_opened(int port) {
  const std::string body = http_get(port, "/metrics").body;
  const std::string name = "\njobsearch_database_reopens_total ";
  std::size_t at = body.find(name);
  return at == std::string::npos ? -1 : std::stol(body.substr(at + name.size()));
}

long indexed_total(const std::string& db) {
  return search_json(db, {"--limit", "0", "--facets", "employment_type"})["total"];
}

class ClusterReplicaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(test::wait_until([this] { return accepts(port_); }))
        << "xapian-replicate-server never listened";
  }
  void TearDown() override { unsetenv("XAPIAN_MAX_CHANGESETS"); }

  // One pass of xapian-replicate from the master to the replica.
  void replicate() {
    CommandResult run =
        run_command({"xapian-replicate", "-h", "127.0.0.1", "-p", std::to_string(port_), "-m",
                     "jobs", "-r", "0", "-o", "-q", replica_});
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }

  // Index into the master, replicate, and wait for `serve` on the replica
  // to answer with the master's new total.
  void grow_and_follow(int port, const std::string& path) {
    const long before = indexed_total(master_);
    CommandResult more = index(master_, {source_path(path)});
    ASSERT_EQ(more.exit_code, 0) << more.err;
    replicate();
    const long expected = indexed_total(master_);
    ASSERT_GT(expected, before) << path << " added nothing";
    long seen = -1;
    EXPECT_TRUE(test::wait_until([&] { return (seen = served_total(port)) == expected; }))
        << "the replica still answers " << seen << " results, not " << expected;
  }

  void run_scenario() {
    ASSERT_EQ(index(master_, {source_path("corpus/postings/linkedin.jsonl")}).exit_code, 0);
    replicate();
    ServerProcess server(replica_);
    ASSERT_NE(server.port(), 0);
    EXPECT_EQ(served_total(server.port()), indexed_total(master_));
    for (const char* more : {"feed.jsonl", "archive.jsonl.gz", "harbourline-export.json"}) {
      grow_and_follow(server.port(), std::string("corpus/postings/boards/") + more);
      if (HasFailure()) return;
    }
    // Nothing changes now: the readers stay (they were renewed at every
    // check, for good, once a full copy had deleted the folder first opened).
    const long opened = readers_opened(server.port());
    for (int i = 0; i < 3; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(400));  // past the reopen interval
      EXPECT_EQ(served_total(server.port()), indexed_total(master_));
    }
    EXPECT_EQ(readers_opened(server.port()), opened);
  }

  TempDir tmp_;
  std::string masters_ = made_folder(tmp_.file("masters"));
  std::string master_ = masters_ + "/jobs";
  std::string replica_ = tmp_.file("replica");
  int port_ = free_port();
  Background server_{
      {"xapian-replicate-server", "-I", "127.0.0.1", "-p", std::to_string(port_), masters_}};
};

// Without changesets each pass is a full copy, which the replica's stub
// switches to (and the copy before is deleted).
TEST_F(ClusterReplicaTest, ServeFollowsFullCopies) { run_scenario(); }

// With changesets the replica's database is updated in place.
TEST_F(ClusterReplicaTest, ServeFollowsChangesets) {
  setenv("XAPIAN_MAX_CHANGESETS", "10", 1);
  run_scenario();
}

}  // namespace
}  // namespace jobsearch::e2e
