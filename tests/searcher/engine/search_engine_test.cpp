// Tests of searcher/search_engine on a small real database.
#include "searcher/engine/search_engine.h"

#include <gtest/gtest.h>

#include "searcher/engine/facet_passes.h"
#include "searcher/engine/search_error.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

Posting posting(const std::string& id, const std::string& title, const std::string& description,
                const std::string& city, const std::string& type, const std::string& posted) {
  Posting p;
  p.id = id;
  p.title = title;
  p.company = "Acme";
  p.description = description;
  p.locations = {{city, city == "London" ? "" : "TX", city == "London" ? "GB" : "US", "", {}, {}}};
  p.employment_types = {type};
  p.education = {"bachelor degree"};
  p.date_posted = posted;
  return p;
}

class SearchEngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = new test::TempDatabase({
        posting("nurse1", "Registered Nurse", "Care for patients on the ward.", "Austin",
                "FULL_TIME", "2026-10-01"),
        posting("recruit", "Recruiter",
                "We hire nurses and registered nurse staff for "
                "hospitals, and many other roles across the whole region, every day.",
                "Austin", "CONTRACTOR", "2026-10-03"),
        posting("nurse2", "Registered Nurse", "Night shifts in the emergency room.", "London",
                "PART_TIME", "2026-10-02"),
        posting("dev", "Software Engineer", "Build services in C++.", "Dallas", "FULL_TIME",
                "2026-10-04"),
    });
    path_ = database_->path();
  }
  static void TearDownTestSuite() { delete database_; }

  std::vector<std::string> ids(const SearchRequest& request) {
    SearchEngine engine(path_);
    std::vector<std::string> out;
    for (const SearchHit& hit : engine.search(request).hits) out.push_back(hit.posting.id);
    return out;
  }

  static test::TempDatabase* database_;
  static std::string path_;
};
test::TempDatabase* SearchEngineTest::database_;
std::string SearchEngineTest::path_;

using Ids = std::vector<std::string>;

TEST_F(SearchEngineTest, TitleMatchOutranksDescriptionMention) {
  SearchRequest request;
  request.query = "registered nurse";
  // The shorter description ranks nurse2 first; both titles beat the mention.
  EXPECT_EQ(ids(request), (Ids{"nurse2", "nurse1", "recruit"}));
}

TEST_F(SearchEngineTest, AllWordsAreRequiredWithMatchAll) {
  SearchRequest request;
  request.query = "nurse emergency";
  request.relax = false;
  EXPECT_EQ(ids(request), Ids{"nurse2"});
}

TEST_F(SearchEngineTest, ValuesOfOneFacetAreOredAndFacetsAnded) {
  SearchRequest request;
  request.filters["employment_type"] = {"FULL_TIME", "Contract"};
  request.filters["location"] = {"Austin, TX"};
  EXPECT_EQ(ids(request), (Ids{"recruit", "nurse1"}));
}

TEST_F(SearchEngineTest, BrowsingListsNewestFirst) {
  EXPECT_EQ(ids(SearchRequest{}), (Ids{"dev", "recruit", "nurse2", "nurse1"}));
}

TEST_F(SearchEngineTest, FacetsCountEveryMatchExactly) {
  SearchRequest request;
  request.query = "nurse";
  request.facets = {{"location", 1}, {"employment_type", 10}};
  request.limit = 1;
  SearchResponse response = SearchEngine(path_).search(request);
  EXPECT_EQ(response.total, 3u);
  EXPECT_TRUE(response.total_exact);
  ASSERT_EQ(response.facets.size(), 2u);
  ASSERT_EQ(response.facets[0].values.size(), 1u);
  EXPECT_EQ(response.facets[0].values[0].value, "Austin, TX");
  EXPECT_EQ(response.facets[0].values[0].count, 2u);
  EXPECT_EQ(response.facets[0].other_count, 1u);
  EXPECT_EQ(response.facets[0].other_values, 1u);
  EXPECT_EQ(response.facets[1].values.size(), 3u);
}

// An engine keeps its facet columns between searches: counts must not
// carry over from one search to the next.
TEST_F(SearchEngineTest, OneEngineCountsEachSearchAfresh) {
  SearchEngine engine(path_);
  SearchRequest everything;
  everything.facets = {{"employment_type", 10}};
  SearchRequest nurses = everything;
  nurses.query = "registered nurse";
  nurses.filters["location"] = {"Austin"};
  for (int round = 0; round < 2; ++round) {
    SearchResponse all = engine.search(everything);
    ASSERT_EQ(all.facets[0].values.size(), 3u);
    EXPECT_EQ(all.facets[0].values[0].value, "FULL_TIME");
    EXPECT_EQ(all.facets[0].values[0].count, 2u);
    SearchResponse some = engine.search(nurses);
    EXPECT_EQ(some.total, 2u);
    ASSERT_EQ(some.facets[0].values.size(), 2u);
    EXPECT_EQ(some.facets[0].values[0].value, "CONTRACTOR");
    EXPECT_EQ(some.facets[0].values[0].count, 1u);
    EXPECT_EQ(some.facets[0].values[1].value, "FULL_TIME");
    EXPECT_EQ(some.facets[0].values[1].count, 1u);
  }
}

TEST_F(SearchEngineTest, PagingContinuesTheRanking) {
  SearchRequest request;
  request.offset = 2;
  request.limit = 2;
  EXPECT_EQ(ids(request), (Ids{"nurse2", "nurse1"}));
}

TEST_F(SearchEngineTest, GetFindsByIdOnly) {
  SearchEngine engine(path_);
  ASSERT_TRUE(engine.get("dev").has_value());
  EXPECT_EQ(engine.get("dev")->title, "Software Engineer");
  EXPECT_FALSE(engine.get("nope").has_value());
}

TEST_F(SearchEngineTest, UnknownFacetIsAUserError) {
  SearchRequest request;
  request.filters["colour"] = {"blue"};
  EXPECT_THROW(SearchEngine(path_).search(request), SearchError);
}

// Facets are counted on a thread of their own: its errors reach the caller.
TEST_F(SearchEngineTest, AnUnknownFacetToCountIsAUserError) {
  SearchRequest request;
  request.query = "nurse";
  request.facets = {{"colour", 10}};
  try {
    SearchEngine(path_).search(request);
    FAIL() << "no error";
  } catch (const SearchError& error) {
    EXPECT_STREQ(error.what(), "unknown facet \"colour\"");
  }
}

TEST_F(SearchEngineTest, SnippetMarksMatches) {
  SearchRequest request;
  request.query = "emergency";
  SearchResponse response = SearchEngine(path_).search(request);
  ASSERT_EQ(response.hits.size(), 1u);
  EXPECT_EQ(response.hits[0].snippet, "Night shifts in the <mark>emergency</mark> room.");
}

// Words are indexed as stems: the words of a phrase are marked one by one.
TEST_F(SearchEngineTest, SnippetMarksTheWordsOfAPhrase) {
  SearchRequest request;
  request.query = "\"emergency rooms\"";
  SearchResponse response = SearchEngine(path_).search(request);
  ASSERT_EQ(response.hits.size(), 1u);
  EXPECT_EQ(response.hits[0].snippet,
            "Night shifts in the <mark>emergency</mark> <mark>room</mark>.");
}

TEST_F(SearchEngineTest, PhrasesAndWildcardsMatchOtherFormsOfTheWords) {
  SearchRequest request;
  request.query = "\"registered nurses\"";
  EXPECT_EQ(ids(request).size(), 3u);
  request.query = "title:engineering";
  EXPECT_EQ(ids(request), (Ids{"dev"}));
  request.query = "engineers*";
  EXPECT_EQ(ids(request), (Ids{"dev"}));
  request.query = "c++";
  EXPECT_EQ(ids(request), (Ids{"dev"}));
}

// The answer to `request` from a fresh engine, and from an engine that
// has counted facets for the same question before.
std::pair<SearchResponse, SearchResponse> cold_and_warm(const std::string& path,
                                                        SearchRequest request) {
  request.facets_in_parallel = false;  // counted after the ranked match
  SearchRequest counted = request;
  counted.facets = {{"location", 10}};
  SearchEngine engine(path);
  SearchResponse cold = SearchEngine(path).search(request);
  engine.search(counted);
  return {std::move(cold), engine.search(request)};
}

void expect_same_hits(const SearchResponse& warm, const SearchResponse& cold) {
  ASSERT_EQ(cold.hits.size(), warm.hits.size());
  for (std::size_t i = 0; i < warm.hits.size(); ++i) {
    EXPECT_EQ(warm.hits[i].posting.id, cold.hits[i].posting.id);
    EXPECT_DOUBLE_EQ(warm.hits[i].score, cold.hits[i].score);
    EXPECT_EQ(warm.hits[i].snippet, cold.hits[i].snippet);
    EXPECT_EQ(warm.hits[i].title_html, cold.hits[i].title_html);
  }
  EXPECT_EQ(warm.parsed_query, cold.parsed_query);
  EXPECT_EQ(warm.total, cold.total);
  EXPECT_EQ(warm.total_exact, cold.total_exact);
}

// Once facets have kept a phrase's or a filter's set, the ranked match
// takes it from there (kept_sets.h): the same hits, scores, snippets and
// estimated totals.
TEST_F(SearchEngineTest, PhrasesAndFiltersAnswerAlikeOnceFacetsKeptTheirSets) {
  SearchRequest request;
  request.query = "\"registered nurses\"";
  request.include_expired = true;  // no filter of its own: the phrase alone
  auto [cold, warm] = cold_and_warm(path_, request);
  ASSERT_EQ(warm.hits.size(), 3u);
  expect_same_hits(warm, cold);

  request.query = "nurse";
  request.include_expired = false;  // a filter on a value, not a term
  request.filters = {{"employment_type", {"FULL_TIME", "CONTRACTOR"}}};
  request.facets = {{"education", 10}};  // filters are taken from sets only then
  std::tie(cold, warm) = cold_and_warm(path_, request);
  EXPECT_EQ(warm.hits.size(), 2u);
  expect_same_hits(warm, cold);
}

// Without facets too, filters come from sets (kept first): a fresh engine
// and one whose facets kept them give the same hits, scores and totals.
TEST_F(SearchEngineTest, FiltersOfARequestWithoutFacetsComeFromSetsAlike) {
  SearchRequest request;
  request.query = "nurse";
  request.filters = {{"employment_type", {"FULL_TIME", "CONTRACTOR"}}};
  request.salary_min = 1000;  // a value range besides hiding expired postings
  request.include_no_salary = true;
  auto [cold, warm] = cold_and_warm(path_, request);
  EXPECT_EQ(warm.hits.size(), 2u);
  expect_same_hits(warm, cold);
}

// A query of 20,000 words took 80 s: over its limits it is refused before
// any work, as a user error naming the limit.
TEST_F(SearchEngineTest, AQueryOverItsLimitsIsAUserError) {
  SearchRequest request;
  request.facets = {{"location", 10}};
  for (int i = 0; i < 20000; ++i) request.query += "nurse ";
  try {
    SearchEngine(path_).search(request);
    FAIL() << "no error";
  } catch (const QueryLimitError& error) {
    EXPECT_STREQ(error.what(), "the query is too long: 120000 bytes, at most 1024");
  }
  QueryLimits limits;
  limits.max_words = 2;
  request.query = "registered nurse";
  EXPECT_EQ(SearchEngine(path_, limits).search(request).total, 3u);
  request.query = "registered nurse ward";
  EXPECT_THROW(SearchEngine(path_, limits).search(request), QueryLimitError);
}

TEST_F(SearchEngineTest, ASearchPastItsDeadlineIsRefused) {
  SearchRequest request;
  request.query = "nurse";
  request.facets = {{"location", 10}};
  const Deadline past =
      Deadline::after(std::chrono::seconds(1), Deadline::Clock::now() - std::chrono::seconds(2));
  EXPECT_THROW(SearchEngine(path_).search(request, past), SearchTimeout);
  EXPECT_EQ(SearchEngine(path_).search(request, Deadline::after(std::chrono::seconds(60))).total,
            3u);
}

// Past Xapian's time limit a pass would stop early and count part of the
// matches: the counts are refused instead.
TEST_F(SearchEngineTest, FacetCountsPastTheirDeadlineAreRefusedNotPartial) {
  std::vector<FacetColumns> shards = {FacetColumns(Xapian::Database(path_))};
  SearchRequest request;
  request.facets = {{"location", 10}, {"employment_type", 10}};
  FilterContext context;
  const Deadline past =
      Deadline::after(std::chrono::seconds(1), Deadline::Clock::now() - std::chrono::seconds(2));
  EXPECT_THROW(count_facets(shards, Xapian::Query(), Filters(request, context), request, 0, past),
               SearchTimeout);
  EXPECT_EQ(count_facets(shards, Xapian::Query(), Filters(request, context), request, 0).total, 4u);
}

}  // namespace
}  // namespace jobsearch
