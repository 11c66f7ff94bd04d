// End to end: what job seekers expect of search, on the bundled corpus,
// with "today" pinned so that expiry and dates are reproducible.
#include <gtest/gtest.h>

#include <set>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

class SearchFeaturesTest : public ::testing::Test {
 protected:
  static std::string db() { return bundled_corpus_db(); }

  // jobsearch --format json on the corpus, on 2026-11-29, without facets unless asked.
  static json search(std::vector<std::string> args) {
    args.insert(args.begin(), {"--now", "2026-11-29"});
    bool facets = false;
    for (const std::string& arg : args) facets = facets || arg == "--facets";
    if (!facets) args.insert(args.end(), {"--facets", "none"});
    return search_json(db(), args);
  }
};

std::vector<std::string> titles(const json& response) {
  std::vector<std::string> out;
  for (const json& result : response["results"]) out.push_back(result["title"]);
  return out;
}

TEST_F(SearchFeaturesTest, MisspellingIsCorrectedWhenNothingMatches) {
  json response = search({"sofware enginer", "--limit", "1"});
  EXPECT_EQ(response["query"]["suggestion"], "software engineer");
  EXPECT_EQ(response["query"]["corrected"], true);
  EXPECT_EQ(response["results"][0]["id"],
            search({"software engineer", "--limit", "1"})["results"][0]["id"]);
  EXPECT_EQ(response["results"][0]["title"], "Software Engineer");
}

TEST_F(SearchFeaturesTest, KnownWordsAndAbbreviationsAreNotCorrected) {
  for (const char* query : {"nurse", "swe", "k8s"}) {
    EXPECT_EQ(search({query, "--limit", "0"})["query"]["suggestion"], "") << query;
  }
}

TEST_F(SearchFeaturesTest, MisspellingIsSuggestedBesideResults) {
  json response = search({"registred nurse", "--limit", "1"});
  EXPECT_EQ(response["query"]["suggestion"], "registered nurse");
}

TEST_F(SearchFeaturesTest, AbbreviationFindsTheSpelledOutTitle) {
  json rn = search({"rn", "--limit", "3"});
  ASSERT_EQ(rn["results"].size(), 3u);
  for (const std::string& title : titles(rn)) {
    EXPECT_EQ(title.rfind("Registered Nurse", 0), 0u) << title;
  }
  json k8s = search({"k8s", "--limit", "1"});
  EXPECT_EQ(k8s["results"][0]["title"], "Kubernetes Platform Engineer");
}

TEST_F(SearchFeaturesTest, SnippetMarksMatchesAndEscapesTheRest) {
  json hit = search({"R&D", "--limit", "1"})["results"][0];
  const std::string snippet = hit["snippet"];
  EXPECT_NE(snippet.find("<mark>R&amp;D</mark>"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("R&D"), std::string::npos) << snippet;
  json nurse = search({"registered nurse", "--limit", "1"})["results"][0];
  EXPECT_EQ(nurse["title_html"], "<mark>Registered</mark> <mark>Nurse</mark>");
}

TEST_F(SearchFeaturesTest, HourlyPayIsFilteredAsYearly) {
  // Harbour Bridge Health pays 51.50 an hour: 107,120 a year.
  const char* hourly = "149c5709227d9fba";
  auto has = [&](const json& response) {
    for (const json& result : response["results"]) {
      if (result["id"] == hourly) return true;
    }
    return false;
  };
  EXPECT_TRUE(has(search({"registered nurse", "--salary-min", "107000"})));
  EXPECT_FALSE(has(search({"registered nurse", "--salary-min", "107200"})));
  EXPECT_TRUE(has(search({"registered nurse", "--salary-max", "107120"})));
  EXPECT_FALSE(has(search({"registered nurse", "--salary-max", "107000"})));
}

TEST_F(SearchFeaturesTest, PostingsWithoutPayOnlyWhenAsked) {
  long with_pay = search({"--salary-min", "0", "--facets", "remote"})["total"];
  long everything = search({"--facets", "remote"})["total"];
  long either = search({"--salary-min", "0", "--include-no-salary", "--facets", "remote"})["total"];
  EXPECT_LT(with_pay, everything);
  EXPECT_EQ(either, everything);
}

TEST_F(SearchFeaturesTest, ExperienceKeepsWhatTheCandidateQualifiesFor) {
  json response = search({"--max-experience", "24", "--limit", "500", "--no-collapse"});
  ASSERT_GT(response["results"].size(), 0u);
  for (const json& result : response["results"]) {
    if (!result["experience_months"].is_null()) {
      EXPECT_LE(result["experience_months"], 24);
    }
  }
  EXPECT_EQ(search({"--max-experience", "24", "--facets", "remote"})["total"], 268);
}

TEST_F(SearchFeaturesTest, ExpiredPostingsAreLeftOutUnlessAsked) {
  EXPECT_EQ(search({"--facets", "remote"})["total"], 395);
  EXPECT_EQ(search({"--facets", "remote", "--include-expired"})["total"], 445);
  // Seen from before it expired, the posting is back.
  json earlier = search_json(db(), {"--now", "2026-11-01", "--limit", "0", "--facets", "remote"});
  EXPECT_GT(earlier["total"].get<long>(), 395);
}

TEST_F(SearchFeaturesTest, PostedWithinCountsBackFromNow) {
  json recent = search({"--posted-within", "7", "--limit", "100", "--no-collapse"});
  ASSERT_GT(recent["results"].size(), 0u);
  for (const json& result : recent["results"]) EXPECT_GE(result["date_posted"], "2026-11-22");
  json since = search({"--posted-since", "2026-11-22", "--facets", "remote"});
  EXPECT_EQ(since["total"], search({"--posted-within", "7", "--facets", "remote"})["total"]);
}

TEST_F(SearchFeaturesTest, RadiusIncludesTheNearCityAndExcludesTheNext) {
  json near = search({"--near", "Los Angeles, CA", "--radius", "50km", "--facets", "location:50"});
  std::map<std::string, long> places = facet_counts(near, "location");
  EXPECT_GT(places["Long Beach, CA"], 0);     // 32 km away
  EXPECT_EQ(places.count("Irvine, CA"), 0u);  // 56 km away
  EXPECT_EQ(near["query"]["near"]["name"], "Los Angeles, CA");
  json wider = search({"--near", "Los Angeles, CA", "--radius", "40mi", "--facets", "location:50"});
  EXPECT_GT(facet_counts(wider, "location")["Irvine, CA"], 0);  // 35 miles
}

TEST_F(SearchFeaturesTest, DistanceSortPutsTheNearestFirst) {
  json response = search({"--near", "34.0522,-118.2437", "--sort", "distance", "--limit", "20"});
  double previous = 0;
  for (const json& result : response["results"]) {
    double km = result["distance_km"];
    EXPECT_GE(km, previous);
    previous = km;
  }
}

TEST_F(SearchFeaturesTest, AmbiguousPlaceIsReported) {
  json portland = search({"--near", "Portland", "--limit", "0"});
  EXPECT_EQ(portland["query"]["near"]["name"], "Portland, OR");
  EXPECT_EQ(portland["query"]["near"]["alternatives"], json({"Portland, ME"}));
  CommandResult unknown = run_command({JOBSEARCH_BIN, "--db", db(), "--near", "Atlantis"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.err,
            "jobsearch: unknown place \"Atlantis\": no posting with coordinates is there; give "
            "LAT,LON\n");
}

TEST_F(SearchFeaturesTest, RemoteCanJoinARadius) {
  long nearby =
      search({"--near", "Los Angeles, CA", "--radius", "50km", "--facets", "remote"})["total"];
  long remote = search({"--remote", "--facets", "remote"})["total"];
  long both = search(
      {"--near", "Los Angeles, CA", "--radius", "50km", "--remote", "--facets", "remote"})["total"];
  EXPECT_GT(remote, 0);
  EXPECT_GT(both, nearby);
  EXPECT_LE(both, nearby + remote);
}

TEST_F(SearchFeaturesTest, RepostsOfOneJobShowOnceWithTheirCount) {
  // Atlas Parcel posted one night-shift job in four cities.
  json response =
      search({"warehouse associate night shift atlas", "--limit", "10", "--match", "all"});
  ASSERT_EQ(response["results"].size(), 1u);
  EXPECT_EQ(response["results"][0]["similar_count"], 3);
  json all = search({"warehouse associate night shift atlas", "--no-collapse", "--match", "all"});
  EXPECT_EQ(all["results"].size(), 4u);
}

// A page ordered by a value, when facets are counted, is ranked from the
// postings that can be on it (value_page.h): the same postings in the
// same order as the full match gives.
TEST_F(SearchFeaturesTest, PagesByDateOrSalaryAreTheSameWhenFacetsAreCounted) {
  auto ids = [](const json& response) {
    std::vector<std::string> out;
    for (const json& result : response["results"]) out.push_back(result["id"]);
    return out;
  };
  for (std::vector<std::string> asked :
       std::vector<std::vector<std::string>>{{},
                                             {"--sort", "salary"},
                                             {"nurse", "--sort", "newest"},
                                             {"engineer", "--sort", "salary"},
                                             {"--sort", "newest", "--no-collapse"}}) {
    for (const char* offset : {"0", "7", "20"}) {
      std::vector<std::string> args = asked;
      args.insert(args.end(), {"--limit", "7", "--offset", offset});
      const json plain = search(args);
      args.insert(args.end(), {"--facets", "employment_type"});
      const json faceted = search(args);
      EXPECT_EQ(ids(faceted), ids(plain)) << args[0] << " from " << offset;
      EXPECT_EQ(ids(plain).size(), 7u) << args[0] << " from " << offset;
    }
  }
}

// Ranked from its candidates, a page by date sees every posting of a
// re-posted job: the count is the whole group's, as in a search (without
// facets Xapian counts only those it met before the page filled up).
TEST_F(SearchFeaturesTest, BrowsingNewestFirstCountsEveryRepost) {
  json page = search({"--limit", "10", "--facets", "employment_type"});
  int atlas = 0;
  for (const json& result : page["results"]) {
    if (result["company"] != "Atlas Parcel") continue;
    ++atlas;
    EXPECT_EQ(result["similar_count"], 3);
  }
  EXPECT_EQ(atlas, 1);
}

// How the location facet names a place, computed here from the JSON.
std::string place_name(const json& location) {
  std::string city = location["locality"], region = location["region"],
              country = location["country"];
  std::string second = region.empty() ? country : region;
  if (city.empty())
    return region.empty() ? country : (country.empty() ? region : region + ", " + country);
  return second.empty() ? city : city + ", " + second;
}

TEST_F(SearchFeaturesTest, FacetCountsIgnoreTheirOwnFilter) {
  json all = search({"--facets", "employment_type,location:400"});
  json full_time = search({"--employment-type", "FULL_TIME", "--facets",
                           "employment_type,location:400", "--limit", "1000", "--no-collapse"});
  // The employment type facet still shows every type, as without the filter...
  EXPECT_EQ(facet_counts(full_time, "employment_type"), facet_counts(all, "employment_type"));
  // ...while the location facet counts exactly the full-time postings' places.
  std::map<std::string, long> expected;
  for (const json& result : full_time["results"]) {
    std::set<std::string> names;
    for (const json& location : result["locations"]) names.insert(place_name(location));
    for (const std::string& name : names) ++expected[name];
  }
  EXPECT_GT(expected.size(), 10u);
  EXPECT_EQ(full_time["results"].size(), full_time["total"].get<std::size_t>());
  EXPECT_EQ(facet_counts(full_time, "location"), expected);
  EXPECT_LT(full_time["total"].get<long>(), all["total"].get<long>());
}

TEST_F(SearchFeaturesTest, PickedValuesAreListedEvenWithNoPosting) {
  json response = search({"--employment-type", "VOLUNTEER", "--location", "Nowhere", "--facets",
                          "employment_type:1,location:1"});
  json locations = response["facets"]["location"]["values"];
  ASSERT_EQ(locations.size(), 2u);
  EXPECT_EQ(locations[1], json({{"value", "Nowhere"},
                                {"count", 0},
                                {"selected", true},
                                {"param", "filter"},
                                {"param_value", "location=Nowhere"}}));
}

TEST_F(SearchFeaturesTest, RangeFacetsCountBuckets) {
  json response = search({"--facets", "salary,experience,posted"});
  std::map<std::string, long> experience = facet_counts(response, "experience");
  long sum = 0;
  for (const auto& [bucket, count] : experience) sum += count;
  EXPECT_EQ(sum, response["total"].get<long>());  // every posting in exactly one bucket
  std::map<std::string, long> salary = facet_counts(response, "salary");
  EXPECT_GE(salary["20,000+"], salary["100,000+"]);
  std::map<std::string, long> posted = facet_counts(response, "posted");
  EXPECT_LE(posted["within 7 days"], posted["within 30 days"]);
}

TEST_F(SearchFeaturesTest, SortsBySalaryAndDate) {
  json by_pay = search({"engineer", "--sort", "salary", "--limit", "5", "--currency", "USD"});
  double previous = 1e12;
  for (const json& result : by_pay["results"]) {
    double top = result["salary"]["annual_max"];
    EXPECT_LE(top, previous);
    previous = top;
  }
  json by_date = search({"engineer", "--sort", "newest", "--limit", "5"});
  for (std::size_t i = 1; i < by_date["results"].size(); ++i) {
    EXPECT_GE(by_date["results"][i - 1]["date_posted"], by_date["results"][i]["date_posted"]);
  }
}

TEST_F(SearchFeaturesTest, RecencyBoostLiftsNewPostings) {
  json plain = search({"engineer", "--limit", "1"});
  json boosted = search({"engineer", "--limit", "1", "--recency-boost", "50"});
  EXPECT_LT(plain["results"][0]["date_posted"], "2026-11-20");
  EXPECT_GE(boosted["results"][0]["date_posted"], "2026-11-20");
}

std::string repeated(const std::string& word, int times) {
  std::string text;
  for (int i = 0; i < times; ++i) text += (i ? " " : "") + word;
  return text;
}

// A query repeating one word 20,000 times took 80 s and 455 MB.
TEST_F(SearchFeaturesTest, AQueryOverItsLimitsExitsTwoNamingTheOption) {
  CommandResult long_query = run_command({JOBSEARCH_BIN, "--db", db(), repeated("nurse", 20000)});
  EXPECT_EQ(long_query.exit_code, 2);
  EXPECT_EQ(long_query.err,
            "jobsearch: the query is too long: 119999 bytes, at most 1024 (--max-query-bytes)\n");
  CommandResult many_words = run_command({JOBSEARCH_BIN, "--db", db(), repeated("nurse", 33)});
  EXPECT_EQ(many_words.exit_code, 2);
  EXPECT_EQ(many_words.err,
            "jobsearch: the query has too many words: 33, at most 32 (--max-query-words)\n");
  CommandResult wildcards = run_command({JOBSEARCH_BIN, "--db", db(), repeated("a*", 11)});
  EXPECT_EQ(wildcards.exit_code, 2);
  EXPECT_EQ(wildcards.err,
            "jobsearch: the query has too many wildcards (word*): 11, at most 10 "
            "(--max-wildcard-terms)\n");
  EXPECT_EQ(search({repeated("nurse", 33), "--max-query-words", "33"})["query"]["text"],
            repeated("nurse", 33));
  CommandResult bad =
      run_command({JOBSEARCH_BIN, "--db", db(), "nurse", "--max-query-words", "-1"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.err,
            "jobsearch: --max-query-words takes a whole number from 1 to 1000000000, not \"-1\"\n");
}

TEST_F(SearchFeaturesTest, ASearchOverItsTimeoutExitsSix) {
  CommandResult slow =
      run_command({JOBSEARCH_BIN, "--db", db(), repeated("a", 32000), "--max-query-bytes",
                   "1000000", "--max-query-words", "1000000", "--facets",
                   "location,employment_type,education,company,industry,country,region,remote,"
                   "salary,experience,posted",
                   "--timeout", "0.25"});  // a quarter of what it takes (about 1 s)
  EXPECT_EQ(slow.exit_code, 6);
  EXPECT_EQ(slow.err,
            "jobsearch: the search took longer than its time budget of 0.25 s (--timeout)\n");
  EXPECT_EQ(slow.out, "");
  EXPECT_EQ(search({"nurse", "--timeout", "60"})["results"].size(), 10u);
}

}  // namespace
}  // namespace jobsearch::e2e
