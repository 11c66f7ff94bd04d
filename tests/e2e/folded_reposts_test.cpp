// End to end: re-posts of one job folded by the engine on a page by
// relevance (searcher/engine/folded_page.h): each job once, at its best
// posting's rank, with its re-posts counted, however many re-posts crowd
// the top, in one database and over shards.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

// One of `company`'s postings in `city`.
json posting(const std::string& id, const std::string& title, const std::string& company,
             const std::string& city, const std::string& description) {
  return job(title, description,
             {{"identifier", id},
              {"hiringOrganization", {{"name", company}}},
              {"jobLocation", {{"address", {{"addressLocality", city}}}}}});
}

class FoldedRepostsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    std::vector<json> postings;
    // One job re-posted in 25 towns outranks the others: the first fetch
    // (twice a page of 2, at least 10) holds nothing else.
    for (int i = 1; i <= 25; ++i) {
      postings.push_back(posting("a" + std::to_string(i), "Forklift Operator", "Atlas",
                                 "Town" + std::to_string(i), "Forklift forklift forklift work."));
    }
    const char* const companies[] = {"Birch", "Cedar", "Delta", "Elm", "Fir"};
    for (int i = 0; i < 5; ++i) {
      const std::string company = companies[i];
      for (int town = 1; town <= 1 + i % 2; ++town) {  // Cedar and Elm twice
        postings.push_back(
            posting(company + std::to_string(town), "Forklift Driver", company,
                    "Town" + std::to_string(town),
                    "Drive a forklift in our " + std::string(i + 1, 'x') + " yard."));
      }
    }
    write_jsonl(tmp_->file("forklifts.jsonl"), postings);
    single_ = new CommandResult(index(tmp_->file("single"), {tmp_->file("forklifts.jsonl")}));
    sharded_ = new CommandResult(run_command({JOBINDEX_BIN, "--db", tmp_->file("sharded"),
                                              "--shards", "3", tmp_->file("forklifts.jsonl")}));
  }
  static void TearDownTestSuite() {
    delete single_;
    delete sharded_;
    delete tmp_;
  }

  static json search(const std::string& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"forklift", "--facets", "none", "--now", "2026-11-29"});
    return search_json(tmp_->file(db), args);
  }

  static TempDir* tmp_;
  static CommandResult *single_, *sharded_;
};
TempDir* FoldedRepostsTest::tmp_;
CommandResult *FoldedRepostsTest::single_, *FoldedRepostsTest::sharded_;

TEST_F(FoldedRepostsTest, EachJobShowsOnceAtItsBestRankWithItsRepostsCounted) {
  ASSERT_EQ(single_->exit_code, 0) << single_->err;
  ASSERT_EQ(sharded_->exit_code, 0) << sharded_->err;
  for (const std::string db : {"single", "sharded"}) {
    // Every posting, ranked, folded here by title and company (what the
    // re-posts share): the jobs expected, each with its count.
    const json every = search(db, {"--no-collapse", "--limit", "100"});
    ASSERT_EQ(every["results"].size(), 32u) << db;
    std::vector<std::string> job_ids;
    std::map<std::string, std::size_t> job_of;  // title and company -> index
    std::vector<int> re_posts;
    for (const json& hit : every["results"]) {
      const std::string job =
          hit["title"].get<std::string>() + "|" + hit["company"].get<std::string>();
      auto [found, added] = job_of.try_emplace(job, job_ids.size());
      if (added) {
        job_ids.push_back(hit["id"]);
        re_posts.push_back(0);
      } else {
        ++re_posts[found->second];
      }
    }
    ASSERT_EQ(job_ids.size(), 6u) << db;
    ASSERT_EQ(re_posts[0], 24) << db;  // Atlas first, then the others in an order of BM25's
    std::vector<int> others(re_posts.begin() + 1, re_posts.end());
    std::sort(others.begin(), others.end());
    EXPECT_EQ(others, (std::vector<int>{0, 0, 0, 1, 1})) << db;  // Cedar's and Elm's
    std::vector<std::string> paged;
    std::vector<int> counts;
    for (int page = 1; page <= 4; ++page) {
      const json answer = search(db, {"--per-page", "2", "--page", std::to_string(page)});
      for (const json& hit : answer["results"]) {
        paged.push_back(hit["id"]);
        counts.push_back(hit["similar_count"]);
      }
    }
    EXPECT_EQ(paged, job_ids) << db;
    EXPECT_EQ(counts, re_posts) << db;
  }
}

}  // namespace
}  // namespace jobsearch::e2e
