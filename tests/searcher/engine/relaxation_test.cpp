// Tests of searcher/engine/relaxation and of relaxed search on a small
// real database.
#include "searcher/engine/relaxation.h"

#include <gtest/gtest.h>

#include "searcher/engine/search_engine.h"
#include "tests/support/posting_builder.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

using Words = std::vector<std::string>;

class RelaxationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = new test::TempDatabase({
        test::PostingBuilder("pm1").title("Product Manager").description("Own the roadmap."),
        test::PostingBuilder("pm2").title("Product Manager").description("Payments product."),
        test::PostingBuilder("eng")
            .title("Software Engineer")
            .description("Insurance company: a manager leads the product team."),
        test::PostingBuilder("pmi")
            .title("Product Manager")
            .description("Insurance claims, for our insurance customers."),
    });
  }
  static void TearDownTestSuite() { delete database_; }

  static test::TempDatabase* database_;
};
test::TempDatabase* RelaxationTest::database_;

TEST_F(RelaxationTest, UnknownWordsGoFirstThenWordsTitlesUseLeast) {
  Xapian::Database database(database_->path());
  EXPECT_EQ(words_to_drop("product manager insurance", database),
            (Words{"insurance", "product", "manager"}));
  // A word no posting has goes first; of words alike, the earlier (roles
  // end with their head word, "manager").
  EXPECT_EQ(words_to_drop("zzyzx product manager", database),
            (Words{"zzyzx", "product", "manager"}));
}

TEST_F(RelaxationTest, OnlyPlainQueriesOfSeveralWordsAreRelaxed) {
  Xapian::Database database(database_->path());
  for (const char* text : {"product", "\"product manager\" insurance", "title:product manager",
                           "product AND manager", "product -manager", "(product manager)"}) {
    EXPECT_EQ(words_to_drop(text, database), Words{}) << text;
  }
}

TEST(Relaxation, WithoutWordsDropsEachOnce) {
  EXPECT_EQ(without_words("data data engineer", {"data"}), "data engineer");
  EXPECT_EQ(without_words("entry level data engineer", {"entry", "level"}), "data engineer");
}

TEST_F(RelaxationTest, TooFewMatchesDropTheQualifierAndKeepAllWordsFirst) {
  SearchEngine engine(database_->path());
  SearchRequest request;
  request.query = "product manager insurance";
  SearchResponse response = engine.search(request);
  EXPECT_TRUE(response.relaxed);
  EXPECT_EQ(response.dropped_words, Words{"insurance"});
  // Every shown posting is counted; the product manager holding every
  // word leads.
  EXPECT_EQ(response.total, 4u);
  ASSERT_EQ(response.hits.size(), 4u);
  EXPECT_EQ(response.hits[0].posting.id, "pmi");
}

TEST_F(RelaxationTest, MatchAllKeepsEveryWordRequired) {
  SearchEngine engine(database_->path());
  SearchRequest request;
  request.query = "product manager insurance";
  request.relax = false;
  SearchResponse response = engine.search(request);
  EXPECT_FALSE(response.relaxed);
  EXPECT_EQ(response.total, 2u);  // pmi, and eng by its scattered words
}

}  // namespace
}  // namespace jobsearch
