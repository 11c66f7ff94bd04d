// Tests of searcher/engine/query_understanding on a small real database.
#include "searcher/engine/query_understanding.h"

#include <gtest/gtest.h>

#include "searcher/engine/search_engine.h"
#include "tests/support/posting_builder.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

Location chicago() { return {"Chicago", "IL", "US", "", 41.88, -87.63}; }

class QueryUnderstandingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = new test::TempDatabase({
        test::PostingBuilder("chi")
            .title("Data Analyst")
            .location(chicago())
            .employment_type("FULL_TIME"),
        test::PostingBuilder("chi2")
            .title("Senior Data Analyst")
            .location(chicago())
            .employment_type("PART_TIME"),
        test::PostingBuilder("aus")
            .title("Data Analyst")
            .location({"Austin", "TX", "US", "", 30.27, -97.74})
            .employment_type("CONTRACTOR")
            .remote(),
    });
  }
  static void TearDownTestSuite() { delete database_; }

  SearchRequest read(const std::string& query, std::vector<UnderstoodWords>& understood,
                     const std::vector<std::string>& literal = {}) {
    SearchRequest request;
    request.query = query;
    request.literal = literal;
    return understand_query(request, Xapian::Database(database_->path()), understood);
  }

  static test::TempDatabase* database_;
};
test::TempDatabase* QueryUnderstandingTest::database_;

TEST_F(QueryUnderstandingTest, ConditionsBecomeFiltersAndLevelsBoosts) {
  std::vector<UnderstoodWords> understood;
  SearchRequest request = read("remote part time senior data analyst", understood);
  EXPECT_EQ(request.query, "senior data analyst");
  EXPECT_TRUE(request.remote);
  EXPECT_EQ(request.filters["employment_type"], std::vector<std::string>{"PART_TIME"});
  EXPECT_EQ(request.dropped_words, std::vector<std::string>{"senior"});
  ASSERT_EQ(understood.size(), 3u);
  EXPECT_EQ(understood[1].text, "part time");
  EXPECT_EQ(understood[1].as, "filter");
  EXPECT_EQ(understood[2].as, "boost");
}

TEST_F(QueryUnderstandingTest, ATrailingPlaceBecomesNearWithARadius) {
  std::vector<UnderstoodWords> understood;
  SearchRequest request = read("data analyst chicago", understood);
  EXPECT_EQ(request.query, "data analyst");
  EXPECT_EQ(request.near, "Chicago, IL");
  ASSERT_EQ(understood.size(), 1u);
  EXPECT_EQ(understood[0].param, "near");
  // A title word is no place, and one word is always left to search for.
  EXPECT_EQ(read("data analyst", understood).query, "data analyst");
  EXPECT_EQ(read("senior chicago", understood).query, "senior chicago");
  EXPECT_TRUE(understood.empty());
}

// A chip the seeker removed on the page: that condition stays words to
// find, the others are still read.
TEST_F(QueryUnderstandingTest, ALiteralConditionStaysWords) {
  std::vector<UnderstoodWords> understood;
  SearchRequest request = read("remote part time data analyst", understood, {"Part  Time"});
  EXPECT_EQ(request.query, "part time data analyst");
  EXPECT_TRUE(request.remote);
  EXPECT_TRUE(request.filters.empty());
  ASSERT_EQ(understood.size(), 1u);
  EXPECT_EQ(understood[0].text, "remote");
  understood.clear();
  request = read("data analyst chicago", understood, {"chicago"});
  EXPECT_EQ(request.query, "data analyst chicago");
  EXPECT_TRUE(request.near.empty());
  EXPECT_TRUE(understood.empty());
}

TEST_F(QueryUnderstandingTest, SearchAppliesWhatItReadUnlessToldNot) {
  SearchEngine engine(database_->path());
  SearchRequest request;
  request.query = "data analyst chicago";
  SearchResponse response = engine.search(request);
  EXPECT_EQ(response.query, "data analyst chicago");
  EXPECT_EQ(response.hits.size(), 2u);  // the total of a radius is an estimate
  EXPECT_EQ(response.understood.size(), 1u);
  ASSERT_TRUE(response.near.has_value());
  request.understand = false;
  response = engine.search(request);
  EXPECT_TRUE(response.understood.empty());
  EXPECT_FALSE(response.near.has_value());
}

}  // namespace
}  // namespace jobsearch
