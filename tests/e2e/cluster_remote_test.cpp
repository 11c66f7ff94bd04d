// End to end: shards built on three "machines" (jobindex --shard K/3),
// each served by Xapian's own xapian-tcpsrv, and a stub file listing the
// three remote shards, answer as the one database built from the same
// postings (facets included); a posting deleted on its shard is gone from
// the stub's answers.
#include <gtest/gtest.h>

#include <memory>

#include "tests/e2e/cluster_support.h"
#include "tests/e2e/live_index_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

class ClusterRemoteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::vector<std::string> lines;
    for (int k = 0; k < 3; ++k) {
      shards_.push_back(tmp_.file("machine-" + std::to_string(k)));
      CommandResult built = jobindex({"--db", shards_[k], "--shard", std::to_string(k) + "/3",
                                      "--positions", "xapian", source_path("corpus/postings")});
      ASSERT_EQ(built.exit_code, 0) << built.err;
      servers_.push_back(std::make_unique<ShardServer>(shards_[k]));
      lines.push_back(servers_.back()->stub_line());
    }
    stub_ = write_stub(tmp_.file("cluster.stub"), lines);
  }

  TempDir tmp_;
  std::vector<std::string> shards_;
  std::vector<std::unique_ptr<ShardServer>> servers_;
  std::string stub_;
};

// Ranked requests: the same ids in the same order, scores equal to 1e-9
// (summed in another order). Without facets the total is Xapian's estimate,
// which depends on how the postings are split: it is not compared.
TEST_F(ClusterRemoteTest, TheStubOfRemoteShardsAnswersAsOneDatabase) {
  for (std::vector<std::string> request : std::vector<std::vector<std::string>>{
           {"engineer", "--limit", "30"},
           {"registered nurse", "--employment-type", "FULL_TIME"},
           {"python OR sql", "--page", "2", "--per-page", "15"},
           {"manager", "--no-collapse", "--include-expired", "--limit", "100"}}) {
    request.insert(request.begin(), {"--now", "2026-11-29", "--facets", "none"});
    json one = search_json(bundled_corpus_db(), request);
    json remote = search_json(stub_, request);
    ASSERT_EQ(result_ids(one), result_ids(remote)) << request[4];
    for (std::size_t i = 0; i < one["results"].size(); ++i) {
      EXPECT_NEAR(one["results"][i]["score"].get<double>(),
                  remote["results"][i]["score"].get<double>(), 1e-9);
    }
  }
}

// With facets the totals are exact: they and every facet count agree too.
TEST_F(ClusterRemoteTest, FacetsAndExactTotalsOverTheStubAreThoseOfOneDatabase) {
  for (const std::vector<std::string>& request : std::vector<std::vector<std::string>>{
           {"engineer", "--facets", "location,employment_type,education,company:20"},
           {"nurse", "--employment-type", "FULL_TIME", "--facets", "salary,experience,posted"},
           {"", "--facets", "employment_type,industry", "--sort", "newest", "--limit", "20"}}) {
    expect_same_search(bundled_corpus_db(), stub_, request);
  }
}

TEST_F(ClusterRemoteTest, APostingDeletedOnItsShardIsGoneFromTheStub) {
  const std::vector<std::string> request = {"engineer", "--facets", "none", "--limit", "5"};
  const std::string id = result_ids(search_json(stub_, request)).at(0);
  for (const std::string& shard : shards_) {
    CommandResult deleted = jobindex({"delete", "--db", shard, id});
    EXPECT_EQ(deleted.exit_code, 0) << deleted.err;
  }
  std::vector<std::string> now = result_ids(search_json(stub_, request));
  EXPECT_EQ(std::count(now.begin(), now.end(), id), 0);
}

}  // namespace
}  // namespace jobsearch::e2e
