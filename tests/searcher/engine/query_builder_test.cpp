// Tests of searcher/engine/query_builder: free text as a user types it ->
// the postings it finds, on a small real database; spelling suggestions;
// facet filters; and the texts it refuses.
#include "searcher/engine/query_builder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "common/posting_json.h"
#include "common/stored_data.h"
#include "searcher/engine/search_error.h"
#include "tests/support/posting_builder.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

using test::PostingBuilder;
using Ids = std::set<std::string>;

class QueryBuilderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = new test::TempDatabase(
        {
            PostingBuilder("n1")
                .title("Registered Nurse")
                .company("Mercy Health")
                .description("Care for patients on the ward.")
                .place("Austin", "TX", "US")
                .skill("Patient care")
                .employment_type("FULL_TIME"),
            PostingBuilder("s1")
                .title("Software Engineer")
                .company("Acme")
                .description("Build services in C++ with a small team.")
                .place("Dallas", "TX", "US")
                .skill("Python")
                .employment_type("PART_TIME"),
            PostingBuilder("s2")
                .title("Senior Software Engineer")
                .company("Globex")
                .description("Lead the platform team.")
                .place("Denver", "CO", "US")
                .employment_type("FULL_TIME"),
            PostingBuilder("r1")
                .title("Recruiter")
                .company("Initech")
                .description("We hire software engineers and registered nurses for hospitals "
                             "and many other employers across the whole region, every day.")
                .place("Austin", "TX", "US"),
            PostingBuilder("d1")
                .title("Data Analyst")
                .company("Acme")
                .description("Reports in SQL and Tableau.")
                .skill("SQL"),
        },
        {{"swe", "software engineer"}, {"rn", "registered nurse"}});
  }
  static void TearDownTestSuite() { delete database_; }

  // The ids of the postings `query` matches, best first.
  static std::vector<std::string> ranked(const Xapian::Query& query) {
    Xapian::Database db(database_->path());
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    std::vector<std::string> ids;
    const Xapian::MSet matches = enquire.get_mset(0, 100);
    for (Xapian::MSetIterator it = matches.begin(); it != matches.end(); ++it) {
      ids.push_back(posting_from_json(nlohmann::json::parse(posting_data(it.get_document()))).id);
    }
    return ids;
  }
  static Ids found(const std::string& text) {
    std::vector<std::string> ids = ranked(builder().text_query(text));
    return Ids(ids.begin(), ids.end());
  }
  static QueryBuilder builder(const QueryLimits& limits = {}) {
    return QueryBuilder(Xapian::Database(database_->path()), limits);
  }

  static test::TempDatabase* database_;
};
test::TempDatabase* QueryBuilderTest::database_;

TEST_F(QueryBuilderTest, WordsFindThePostingsAUserExpects) {
  const std::pair<std::string, Ids> cases[] = {
      {"nurse", {"n1", "r1"}},
      {"Nurses", {"n1", "r1"}},            // any case, stemmed
      {"registered nurse", {"n1", "r1"}},  // every word required
      {"nurse python", {}},
      {"nurse OR analyst", {"n1", "r1", "d1"}},
      {"engineer NOT senior", {"s1", "r1"}},
      {"engineer -senior", {"s1", "r1"}},
      {"the nurse", {"n1", "r1"}},                    // stop words dropped
      {"\"software engineer\"", {"s1", "s2", "r1"}},  // phrases match by stems
      {"\"engineer software\"", {}},
      {"title:engineer", {"s1", "s2"}},  // fields
      {"company:acme", {"s1", "d1"}},
      {"location:austin", {"n1", "r1"}},
      {"skill:sql", {"d1"}},
      {"anal*", {"d1"}},                     // wildcards
      {"engineering*", {"s1", "s2", "r1"}},  // a wildcard's word is stemmed first
      {"welding*", {}},
      {"the", {"n1", "s2", "r1"}},  // only stop words: they are searched
      {"swe", {"s1", "s2", "r1"}},  // synonyms spelled out
      {"rn", {"n1", "r1"}},
      {"welder", {}},
  };
  for (const auto& [text, ids] : cases) EXPECT_EQ(found(text), ids) << text;
}

TEST_F(QueryBuilderTest, TheTitleOutranksAMentionInTheDescription) {
  EXPECT_EQ(ranked(builder().text_query("registered nurse")),
            (std::vector<std::string>{"n1", "r1"}));
  EXPECT_EQ(ranked(builder().text_query("software engineer")).back(), "r1");
}

TEST_F(QueryBuilderTest, TextWithoutWordsIsAnEmptyQuery) {
  for (const char* text : {"", "   ", "...", "!? -"}) {
    EXPECT_TRUE(builder().text_query(text).empty()) << text;
  }
}

TEST_F(QueryBuilderTest, TextItCannotUseIsAUserErrorNamingWhy) {
  const std::pair<std::string, std::string> refused[] = {
      {"nurse AND", "cannot parse query \"nurse AND\": Syntax: <expression> AND <expression>"},
      {std::string(1025, 'a'), "the query is too long: 1025 bytes, at most 1024"},
      {"a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g",
       "the query has too many words: 33, at most 32"},
      {"a* b* c* d* e* f* g* h* i* j* k*",
       "the query has too many wildcards (word*): 11, at most 10"},
  };
  for (const auto& [text, message] : refused) {
    try {
      builder().text_query(text);
      ADD_FAILURE() << text << ": no error";
    } catch (const SearchError& error) {
      EXPECT_EQ(std::string(error.what()), message);
    }
  }
}

TEST_F(QueryBuilderTest, MisspeltWordsGetTheClosestIndexedWords) {
  const std::pair<std::string, std::string> cases[] = {
      {"registred nurse", "registered nurse"},
      {"sofware enginer", "software engineer"},
      {"nurse", ""},  // every word known
      {"swe", ""},    // an abbreviation with synonyms is no misspelling
      {"nurse AND recruiter", ""},
  };
  for (const auto& [text, suggestion] : cases) {
    EXPECT_EQ(builder().spelling_suggestion(text), suggestion) << text;
  }
  EXPECT_THROW(builder().spelling_suggestion(std::string(1025, 'a')), SearchError);
}

// "hands" is no title or skill word, and its stem is not itself: Xapian
// offers "and", a title's stop word. A stop word is never what a seeker
// meant by a word the index has.
TEST(QueryBuilderSpelling, AWordTheIndexHasIsNotCorrectedToAStopWord) {
  const test::TempDatabase database(
      {PostingBuilder("a").title("Sales and Marketing").description("Hands-on work, and more.")},
      {});
  const QueryBuilder builder(Xapian::Database(database.path()));
  EXPECT_EQ(builder.spelling_suggestion("hands"), "");
  EXPECT_EQ(builder.spelling_suggestion("hands-on"), "");
  EXPECT_EQ(builder.spelling_suggestion("salse"), "sales");
}

TEST_F(QueryBuilderTest, FacetValuesAreOredWithinAFacetAndAndedAcross) {
  using Filters = std::map<std::string, std::vector<std::string>>;
  const std::pair<Filters, Ids> cases[] = {
      {{{"employment_type", {"FULL_TIME"}}}, {"n1", "s2"}},
      {{{"employment_type", {"FULL_TIME", "PART_TIME"}}}, {"n1", "s1", "s2"}},
      {{{"employment_type", {"FULL_TIME"}}, {"company", {"Globex"}}}, {"s2"}},
      {{{"employment_type", {"INTERN"}}}, {}},
      {{{"employment_type", {""}}}, {}},  // a value that normalises to nothing
  };
  for (const auto& [filters, ids] : cases) {
    std::vector<std::string> got = ranked(QueryBuilder::filter_query(filters));
    EXPECT_EQ(Ids(got.begin(), got.end()), ids) << filters.begin()->first;
  }
  EXPECT_TRUE(QueryBuilder::filter_query({}).empty());
}

TEST_F(QueryBuilderTest, AnUnknownFacetIsAUserErrorListingTheKnownOnes) {
  try {
    QueryBuilder::filter_query({{"colour", {"blue"}}});
    ADD_FAILURE() << "no error";
  } catch (const SearchError& error) {
    EXPECT_EQ(std::string(error.what()),
              "unknown facet \"colour\" (known: employment_type, remote, location, education, "
              "company, industry, region, country, currency)");
  }
}

}  // namespace
}  // namespace jobsearch
