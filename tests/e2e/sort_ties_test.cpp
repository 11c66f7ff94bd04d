// End to end: a sort key's ties (postings in one city for a distance sort,
// one salary, one day) are broken by relevance, then by posting id; and
// relevance's own ties by posting id, in one database as over shards.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

// A posting in Austin, TX (every one at the same coordinates), paying 100k.
std::string austin_posting(const std::string& id, const std::string& title,
                           const std::string& description) {
  return json{
      {"@type", "JobPosting"},
      {"identifier", id},
      {"title", title},
      {"description", description},
      {"datePosted", "2026-11-01"},
      {"hiringOrganization", {{"name", "Company " + id}}},
      {"baseSalary", {{"currency", "USD"}, {"value", {{"value", 100000}, {"unitText", "YEAR"}}}}},
      {"jobLocation",
       {{"address", {{"addressLocality", "Austin"}, {"addressRegion", "TX"}}},
        {"geo", {{"latitude", 30.2672}, {"longitude", -97.7431}}}}}}
      .dump();
}

class SortTiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    std::ofstream out(tmp_->file("austin.jsonl"));
    // Their posting ids (hashes) order them Support Engineer, Data
    // Scientist, Software Engineer: not the order of relevance.
    out << austin_posting("a", "Support Engineer", "Help customers; some software.") << "\n";
    out << austin_posting("b", "Data Scientist", "Work beside a software engineer.") << "\n";
    out << austin_posting("c", "Software Engineer", "Software engineer building software.") << "\n";
    out.close();
    ASSERT_EQ(index(tmp_->file("db"), {tmp_->file("austin.jsonl")}).exit_code, 0);
  }
  static void TearDownTestSuite() { delete tmp_; }

  static std::vector<std::string> titles(std::vector<std::string> args) {
    args.insert(args.end(), {"--facets", "none", "--now", "2026-11-29"});
    std::vector<std::string> out;
    const json answer = search_json(tmp_->file("db"), args);  // kept: the loop reads into it
    for (const json& hit : answer["results"]) {
      out.push_back(hit["title"]);
    }
    return out;
  }
  static TempDir* tmp_;
};
TempDir* SortTiesTest::tmp_;

const std::vector<std::string> kByRelevance = {"Software Engineer", "Support Engineer",
                                               "Data Scientist"};

TEST_F(SortTiesTest, RelevanceOrderIsNotIdOrder) {
  EXPECT_EQ(titles({"software engineer OR software"}), kByRelevance);
  EXPECT_EQ(titles({"--sort", "distance", "--near", "Austin, TX"}),
            (std::vector<std::string>{"Support Engineer", "Data Scientist", "Software Engineer"}));
}

TEST_F(SortTiesTest, PostingsAtOneDistanceComeByRelevance) {
  EXPECT_EQ(titles({"software engineer OR software", "--near", "Austin, TX", "--radius", "30mi",
                    "--sort", "distance"}),
            kByRelevance);
}

TEST_F(SortTiesTest, PostingsOfOneSalaryOrDayComeByRelevance) {
  EXPECT_EQ(titles({"software engineer OR software", "--sort", "salary"}), kByRelevance);
  EXPECT_EQ(titles({"software engineer OR software", "--sort", "newest"}), kByRelevance);
}

TEST_F(SortTiesTest, BrowsingTiesComeByPostingId) {
  json browse = search_json(tmp_->file("db"), {"--near", "Austin, TX", "--sort", "distance",
                                               "--facets", "none", "--now", "2026-11-29"});
  std::vector<std::string> ids = result_ids(browse);
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
}

// Nine postings alike but for their identifier score the same for any
// query: paged two at a time, they come by posting id across the pages,
// in one database (where the matcher reads the ids from a column of
// them) and over 3 shards (which number them otherwise, and read each
// id's value).
TEST(RelevanceTiesTest, TiedPostingsComeByPostingIdAcrossPages) {
  TempDir tmp;
  std::ofstream out(tmp.file("welders.jsonl"));
  for (int i = 1; i <= 9; ++i) {
    out << austin_posting("w" + std::to_string(i), "Welder", "Weld steel frames.") << "\n";
  }
  out.close();
  ASSERT_EQ(index(tmp.file("single"), {tmp.file("welders.jsonl")}).exit_code, 0);
  CommandResult sharded = run_command(
      {JOBINDEX_BIN, "--db", tmp.file("sharded"), "--shards", "3", tmp.file("welders.jsonl")});
  ASSERT_EQ(sharded.exit_code, 0) << sharded.err;
  for (const std::string db : {"single", "sharded"}) {
    std::vector<std::string> paged;
    for (int page = 1; page <= 5; ++page) {
      json answer = search_json(tmp.file(db),
                                {"welder", "--no-collapse", "--per-page", "2", "--page",
                                 std::to_string(page), "--facets", "none", "--now", "2026-11-29"});
      for (const std::string& id : result_ids(answer)) paged.push_back(id);
    }
    ASSERT_EQ(paged.size(), 9u) << db;
    std::vector<std::string> by_id = paged;
    std::sort(by_id.begin(), by_id.end());
    EXPECT_EQ(paged, by_id) << db;
  }
}

}  // namespace
}  // namespace jobsearch::e2e
