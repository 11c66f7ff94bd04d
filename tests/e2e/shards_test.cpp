// End to end: a database split into shards, and its compacted merge, answer
// exactly as the single database built from the same postings.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

class ShardsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    single_ = new CommandResult(index(tmp_->file("single"), {source_path("corpus/postings")}));
    sharded_ = new CommandResult(run_command({JOBINDEX_BIN, "--db", tmp_->file("sharded"),
                                              "--shards", "3", source_path("corpus/postings")}));
    compacted_ =
        new CommandResult(run_command({JOBINDEX_BIN, "compact", "--db", tmp_->file("sharded"),
                                       "--output", tmp_->file("merged")}));
  }
  static void TearDownTestSuite() {
    delete single_;
    delete sharded_;
    delete compacted_;
    delete tmp_;
  }
  static TempDir* tmp_;
  static CommandResult *single_, *sharded_, *compacted_;
};
TempDir* ShardsTest::tmp_;
CommandResult *ShardsTest::single_, *ShardsTest::sharded_, *ShardsTest::compacted_;

// Everything equal but scores, summed in another order across shards (equal
// to 1e-9), and snippets, whose choice between equally good extracts may
// tip the other way.
void expect_same_answer(json a, json b, const std::string& what) {
  ASSERT_EQ(result_ids(a), result_ids(b)) << what;
  for (std::size_t i = 0; i < a["results"].size(); ++i) {
    EXPECT_NEAR(a["results"][i]["score"].get<double>(), b["results"][i]["score"].get<double>(),
                1e-9);
    for (json* answer : {&a, &b}) {
      (*answer)["results"][i].erase("score");
      (*answer)["results"][i].erase("snippet");
    }
  }
  EXPECT_EQ(a.dump(), b.dump()) << what;
}

TEST_F(ShardsTest, ShardedAndCompactedBuildsAnswerAsTheSingleOne) {
  ASSERT_EQ(sharded_->exit_code, 0) << sharded_->err;
  ASSERT_EQ(compacted_->exit_code, 0) << compacted_->err;
  EXPECT_NE(sharded_->out.find("documents in database: 445\n"), std::string::npos) << sharded_->out;
  const std::vector<std::vector<std::string>> requests = {
      {"engineer", "--limit", "30"},
      {"registered nurse", "--facets", "location:50,employment_type,education,company:20"},
      {"--employment-type", "FULL_TIME", "--location", "London", "--facets",
       "location,salary,posted"},
      {"python OR sql", "--sort", "newest", "--page", "2", "--per-page", "15"},
      {"--near", "Los Angeles, CA", "--radius", "60km", "--sort", "distance", "--limit", "50"},
      // Re-posts in one city: ties in distance, broken by posting id.
      {"--near", "Austin, TX", "--sort", "distance", "--no-collapse", "--limit", "100"},
      {"manager", "--no-collapse", "--include-expired", "--limit", "100", "--facets", "experience"},
      // A count alone, with facets so that its total is exact (without them
      // it is Xapian's estimate, which depends on the split).
      {"manager", "--limit", "0"},
      {"--limit", "0", "--include-expired", "--facets", "remote,employment_type"},
  };
  for (std::vector<std::string> request : requests) {
    request.insert(request.begin(), {"--now", "2026-11-29"});
    json single = search_json(tmp_->file("single"), request);
    expect_same_answer(single, search_json(tmp_->file("sharded"), request),
                       "sharded " + request[2]);
    expect_same_answer(single, search_json(tmp_->file("merged"), request), "merged " + request[2]);
  }
}

TEST_F(ShardsTest, ReindexingShardsChangesNothing) {
  CommandResult again = run_command({JOBINDEX_BIN, "--db", tmp_->file("sharded"), "--shards", "3",
                                     source_path("corpus/postings")});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("indexed (new):      0\n"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("documents in database: 445\n"), std::string::npos) << again.out;
}

TEST_F(ShardsTest, AnotherShardCountIsRefused) {
  CommandResult wrong = run_command({JOBINDEX_BIN, "--db", tmp_->file("sharded"), "--shards", "2",
                                     source_path("corpus/postings")});
  EXPECT_EQ(wrong.exit_code, 4);
  EXPECT_EQ(wrong.err, "jobindex: database " + tmp_->file("sharded") +
                           " has another number of shards than --shards 2\n");
}

// Every table jobindex writes, indexed, sharded or compacted, is made of
// 64 KiB blocks (indexer/database_blocks.h): a glass table file is a whole
// number of its blocks, and at Xapian's default of 8 KiB these tables of
// 445 postings are not all multiples of 64 KiB.
TEST_F(ShardsTest, EveryDatabaseIsWrittenIn64KiBBlocks) {
  ASSERT_EQ(compacted_->exit_code, 0) << compacted_->err;
  std::size_t tables = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(tmp_->file(""))) {
    if (entry.path().extension() != ".glass" || entry.file_size() == 0) continue;
    ++tables;
    EXPECT_EQ(entry.file_size() % 65536, 0u) << entry.path() << ": " << entry.file_size();
  }
  EXPECT_GE(tables, 5u * 5u);  // five tables or more in each of 1 + 3 + 1 databases
}

// Each shard trains its own dictionary on its first 100 postings
// (common/stored_data.h) and packs every posting with it; the merge keeps
// all three, so the answers above come from packed data in all builds.
TEST_F(ShardsTest, TheMergedDatabaseKeepsEveryShardsDictionary) {
  ASSERT_EQ(compacted_->exit_code, 0) << compacted_->err;
  Xapian::Database merged(tmp_->file("merged"));
  std::size_t dictionaries = 0;
  for (auto key = merged.metadata_keys_begin("jobsearch.dictionary.");
       key != merged.metadata_keys_end("jobsearch.dictionary."); ++key)
    ++dictionaries;
  EXPECT_EQ(dictionaries, 3u);
  std::size_t as_json = 0;
  for (auto it = merged.postlist_begin(""); it != merged.postlist_end(""); ++it)
    as_json += merged.get_document(*it).get_data().front() == '{' ? 1 : 0;
  EXPECT_EQ(as_json, 0u);
}

// compact runs under the same error guard as indexing: a database it cannot
// open is named, with exit code 4 (database), and nothing is written.
TEST_F(ShardsTest, CompactingAMissingDatabaseNamesIt) {
  std::string missing = tmp_->file("missing");
  CommandResult result =
      run_command({JOBINDEX_BIN, "compact", "--db", missing, "--output", tmp_->file("out")});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_EQ(result.err, "jobindex: database " + missing + ": Couldn't stat '" + missing +
                            "': No such file or directory\n");
  EXPECT_FALSE(std::filesystem::exists(tmp_->file("out")));
}

}  // namespace
}  // namespace jobsearch::e2e
