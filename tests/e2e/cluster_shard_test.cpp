// End to end: a database split over machines, each building its own shard
// from the same feed (jobindex --shard K/N), holds what --shards N puts in
// its folder shard-K; the shards together answer as one database; and
// sync, delete and plain indexing on a shard act on its postings only.
#include <gtest/gtest.h>

#include <set>

#include "tests/e2e/cluster_support.h"
#include "tests/e2e/live_index_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
using Ids = std::set<std::string>;

// Every posting's id, expired ones and re-posts included.
Ids all_ids(const std::string& db) {
  json found = search_json(
      db, {"--limit", "10000", "--include-expired", "--no-collapse", "--facets", "none"});
  std::vector<std::string> ids = result_ids(found);
  return Ids(ids.begin(), ids.end());
}

class ClusterShardTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    split_ = run_command({JOBINDEX_BIN, "--db", tmp_->file("split"), "--shards", "3",
                          source_path("corpus/postings")});
    for (int k = 0; k < 3; ++k) {
      shard_runs_[k] = run_command({JOBINDEX_BIN, "--db", shard(k), "--shard",
                                    std::to_string(k) + "/3", source_path("corpus/postings")});
    }
  }
  static void TearDownTestSuite() { delete tmp_; }
  static std::string shard(int k) { return tmp_->file("machine-" + std::to_string(k)); }

  static TempDir* tmp_;
  static CommandResult split_;
  static CommandResult shard_runs_[3];
};
TempDir* ClusterShardTest::tmp_;
CommandResult ClusterShardTest::split_;
CommandResult ClusterShardTest::shard_runs_[3];

TEST_F(ClusterShardTest, EachShardHoldsWhatShardsPutsInItsFolder) {
  ASSERT_EQ(split_.exit_code, 0) << split_.err;
  std::size_t total = 0;
  for (int k = 0; k < 3; ++k) {
    ASSERT_EQ(shard_runs_[k].exit_code, 0) << shard_runs_[k].err;
    Ids ids = all_ids(shard(k));
    EXPECT_FALSE(ids.empty());
    EXPECT_EQ(ids, all_ids(tmp_->file("split/shard-" + std::to_string(k)))) << "shard " << k;
    EXPECT_NE(shard_runs_[k].out.find("other shards:"), std::string::npos) << shard_runs_[k].out;
    total += ids.size();
  }
  EXPECT_EQ(total, all_ids(bundled_corpus_db()).size());
}

TEST_F(ClusterShardTest, AStubOfTheShardsAnswersAsOneDatabase) {
  std::string stub = write_stub(tmp_->file("cluster.stub"),
                                {"auto " + shard(0), "auto " + shard(1), "auto " + shard(2)});
  for (std::vector<std::string> request : std::vector<std::vector<std::string>>{
           {"engineer", "--limit", "30", "--facets", "location,employment_type,salary"},
           {"nurse", "--sort", "newest", "--facets", "company:20,experience,posted"},
           {"python OR sql", "--page", "2", "--per-page", "15"}}) {
    expect_same_search(bundled_corpus_db(), stub, request);
  }
}

TEST_F(ClusterShardTest, BadShardIsAUsageError) {
  for (const char* bad : {"3/3", "0/0", "1", "a/b", "-1/2", "0/65", "1/2/3"}) {
    CommandResult run =
        run_command({JOBINDEX_BIN, "--db", tmp_->file("bad"), "--shard", bad, "x.jsonl"});
    EXPECT_EQ(run.exit_code, 2) << bad;
    EXPECT_NE(run.err.find("--shard must be K/N: shard K, counted from 0 to N-1, of N shards"),
              std::string::npos)
        << run.err;
  }
  CommandResult both = run_command(
      {JOBINDEX_BIN, "--db", tmp_->file("bad"), "--shard", "0/2", "--shards", "2", "x.jsonl"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_NE(both.err.find("give it without --shards"), std::string::npos) << both.err;
}

TEST_F(ClusterShardTest, AShardStaysItsShard) {
  CommandResult other = run_command(
      {JOBINDEX_BIN, "--db", shard(0), "--shard", "1/3", source_path("corpus/postings")});
  EXPECT_EQ(other.exit_code, 4);
  EXPECT_NE(other.err.find("holds shard 0/3, not --shard 1/3"), std::string::npos) << other.err;
  CommandResult whole = run_command({JOBINDEX_BIN, "--db", tmp_->file("split/shard-0"), "--shard",
                                     "0/3", source_path("corpus/postings")});
  EXPECT_EQ(whole.exit_code, 4);
  EXPECT_NE(whole.err.find("holds postings indexed without --shard: --shard 0/3 needs a new "
                           "database"),
            std::string::npos)
      << whole.err;
  // Indexed again without --shard, it still keeps only its own postings.
  Ids before = all_ids(shard(2));
  CommandResult again =
      run_command({JOBINDEX_BIN, "--db", shard(2), source_path("corpus/postings")});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(all_ids(shard(2)), before);
}

TEST_F(ClusterShardTest, DeleteActsOnTheShardThatHoldsThePosting) {
  TempDir tmp;
  std::vector<std::string> copies;
  for (int k = 0; k < 3; ++k) {
    copies.push_back(tmp.file("m" + std::to_string(k)));
    ASSERT_EQ(run_command({JOBINDEX_BIN, "--db", copies[k], "--shard", std::to_string(k) + "/3",
                           source_path("corpus/postings")})
                  .exit_code,
              0);
  }
  const std::string id = *all_ids(copies[1]).begin();
  CommandResult elsewhere = jobindex({"delete", "--db", copies[0], id});
  EXPECT_EQ(elsewhere.exit_code, 0) << elsewhere.err;
  EXPECT_EQ(elsewhere.out, "other shard: " + id + " (shard 1/3; this is 0/3)\n" +
                               "deleted 0 of 0 postings (1 of other shards)\n");
  CommandResult here = jobindex({"delete", "--db", copies[1], "--shard", "1/3", id});
  EXPECT_EQ(here.exit_code, 0) << here.err;
  EXPECT_NE(here.out.find("deleted 1 of 1 postings\n"), std::string::npos) << here.out;
  EXPECT_EQ(all_ids(copies[1]).count(id), 0u);
  CommandResult again = jobindex({"delete", "--db", copies[1], id});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err, "not found: " + id + "\n");
  CommandResult mismatch = jobindex({"delete", "--db", copies[2], "--shard", "0/3", id});
  EXPECT_EQ(mismatch.exit_code, 4);
}

// The postings of a feed: `n` jobs with their own urls.
std::vector<json> feed(int n, const std::string& edited_suffix = "", int edited = 0) {
  std::vector<json> postings;
  for (int i = 0; i < n; ++i) {
    std::string title = "Welder " + std::to_string(i) + (i < edited ? edited_suffix : "");
    postings.push_back(job(title, "Weld steel beams, shift " + std::to_string(i) + ".",
                           {{"url", "https://acme.example/jobs/" + std::to_string(i)}}));
  }
  return postings;
}

std::vector<std::string> stub_titles(const TempDir& tmp, const std::vector<std::string>& shards) {
  std::vector<std::string> lines;
  for (const std::string& shard : shards) lines.push_back("auto " + shard);
  return titles(write_stub(tmp.file("all.stub"), lines));
}

TEST_F(ClusterShardTest, SyncOnEachShardMakesTheWholeMatchTheFeed) {
  TempDir tmp;
  std::vector<std::string> shards = {tmp.file("s0"), tmp.file("s1"), tmp.file("s2")};
  auto sync_all = [&](const std::vector<json>& postings, const std::string& name) {
    std::string file = write_jsonl(tmp.file(name), postings);
    std::vector<CommandResult> runs;
    for (int k = 0; k < 3; ++k) {
      runs.push_back(jobindex({"sync", "--db", shards[k], "--shard", std::to_string(k) + "/3",
                               "--source", "acme", file}));
    }
    return runs;
  };
  std::vector<std::string> expected;
  for (const json& posting : feed(24)) expected.push_back(posting["title"]);
  std::sort(expected.begin(), expected.end());
  for (const CommandResult& run : sync_all(feed(24), "first.jsonl")) {
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("are left to other shards)"), std::string::npos) << run.out;
  }
  EXPECT_EQ(stub_titles(tmp, shards), expected);
  // Half the postings edited (new ids, some now in other shards), two gone.
  std::vector<json> edited = feed(22, " (night shift)", 12);
  for (const CommandResult& run : sync_all(edited, "second.jsonl")) {
    EXPECT_EQ(run.exit_code, 0) << run.err << run.out;
  }
  expected.clear();
  for (const json& posting : edited) expected.push_back(posting["title"]);
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(stub_titles(tmp, shards), expected);
  // A truncated feed trips the guard on the shards it would empty.
  std::vector<CommandResult> truncated = sync_all(feed(2), "truncated.jsonl");
  int refused = 0;
  for (const CommandResult& run : truncated) refused += run.exit_code == 7;
  EXPECT_EQ(refused, 3);
  EXPECT_EQ(stub_titles(tmp, shards), expected);
}

// Plain indexing (no --source) replaces an edited posting too, when its
// new version (another id) falls in another shard: every machine reads
// the whole feed and withdraws the earlier versions it holds.
TEST_F(ClusterShardTest, AnEditMovingToAnotherShardReplacesTheEarlierVersion) {
  TempDir tmp;
  std::vector<std::string> shards = {tmp.file("s0"), tmp.file("s1"), tmp.file("s2")};
  const std::string first = write_jsonl(tmp.file("first.jsonl"), feed(24));
  const std::string second = write_jsonl(tmp.file("second.jsonl"), feed(24, " (nights)", 12));
  for (const std::string& file : {first, second}) {
    for (int k = 0; k < 3; ++k) {
      CommandResult run = jobindex({"--db", shards[k], "--shard", std::to_string(k) + "/3", file});
      ASSERT_EQ(run.exit_code, 0) << run.err;
    }
    ASSERT_EQ(jobindex({"--db", tmp.file("split"), "--shards", "3", file}).exit_code, 0);
  }
  std::vector<std::string> expected;
  for (const json& posting : feed(24, " (nights)", 12)) expected.push_back(posting["title"]);
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(stub_titles(tmp, shards), expected);
  EXPECT_EQ(titles(tmp.file("split")), expected);
}

}  // namespace
}  // namespace jobsearch::e2e
