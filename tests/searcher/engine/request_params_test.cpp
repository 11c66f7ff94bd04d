// Tests of searcher/request_params: the one mapping from named parameters.
#include "searcher/engine/request_params.h"

#include <gtest/gtest.h>

#include <set>

#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

TEST(RequestParams, EmptyParamsBrowseWithDefaultFacets) {
  SearchRequest request = request_from_params({});
  EXPECT_EQ(request.query, "");
  EXPECT_EQ(request.offset, 0u);
  EXPECT_EQ(request.limit, 10u);
  ASSERT_EQ(request.facets.size(), 3u);
  EXPECT_EQ(request.facets[0].name, "location");
}

TEST(RequestParams, EveryParameterLandsInTheRequest) {
  SearchRequest request = request_from_params({{"q", {"data", "scientist"}},
                                               {"location", {"Austin, TX", "Dallas"}},
                                               {"employment_type", {"FULL_TIME"}},
                                               {"filter", {"company=Acme", "remote=remote"}},
                                               {"facets", {"company:3,education"}},
                                               {"page", {"3"}},
                                               {"per_page", {"20"}},
                                               {"sort", {"newest"}}});
  EXPECT_EQ(request.query, "data scientist");
  EXPECT_EQ(request.filters["location"], (std::vector<std::string>{"Austin, TX", "Dallas"}));
  EXPECT_EQ(request.filters["employment_type"], std::vector<std::string>{"FULL_TIME"});
  EXPECT_EQ(request.filters["company"], std::vector<std::string>{"Acme"});
  EXPECT_EQ(request.filters["remote"], std::vector<std::string>{"remote"});
  ASSERT_EQ(request.facets.size(), 2u);
  EXPECT_EQ(request.facets[0].name, "company");
  EXPECT_EQ(request.facets[0].limit, 3u);
  EXPECT_EQ(request.limit, 20u);
  EXPECT_EQ(request.offset, 40u);
  EXPECT_EQ(request.sort, SortOrder::kNewest);
}

TEST(RequestParams, FacetsNoneCountsNothing) {
  EXPECT_TRUE(request_from_params({{"facets", {"none"}}}).facets.empty());
}

TEST(RequestParams, BadParametersAreUserErrorsNamingThem) {
  struct Case {
    RequestParams params;
    const char* message;
  };
  const Case cases[] = {
      {{{"colour", {"red"}}}, "unknown parameter \"colour\""},
      {{{"limit", {"ten"}}}, "limit takes a whole number from 0 to 10000, not \"ten\""},
      {{{"limit", {"1000000000"}}},
       "limit takes a whole number from 0 to 10000, not \"1000000000\""},
      {{{"per_page", {"10001"}}}, "per_page takes a whole number from 0 to 10000, not \"10001\""},
      {{{"offset", {"-1"}}}, "offset takes a whole number from 0 to 1000000000, not \"-1\""},
      {{{"offset", {"99999999999999999999"}}},
       "offset takes a whole number from 0 to 1000000000, not \"99999999999999999999\""},
      {{{"page", {"999999999"}}, {"per_page", {"10000"}}},
       "page 999999999 of 10000 results starts past the last result that can be asked for "
       "(1000000000)"},
      {{{"facets", {"colour"}}}, "facets: unknown facet \"colour\""},
      {{{"facets", {"location:x"}}}, "facets takes a whole number from 0 to 10000, not \"x\""},
      {{{"filter", {"remote"}}}, "filter takes FACET=VALUE, not \"remote\""},
      {{{"filter", {"colour=red"}}}, "filter: unknown facet \"colour\""},
      {{{"sort", {"oldest"}}}, "sort takes relevance, newest, salary or distance, not \"oldest\""},
      {{{"salary_min", {"lots"}}}, "salary_min takes a number, 0 or more, not \"lots\""},
      {{{"salary_max", {"-5"}}}, "salary_max takes a number, 0 or more, not \"-5\""},
      {{{"radius", {"5 parsecs"}}},
       "radius takes a distance of 0 or more, such as 50km or 30mi, not \"5 parsecs\""},
      {{{"radius", {"-5km"}}},
       "radius takes a distance of 0 or more, such as 50km or 30mi, not \"-5km\""},
      {{{"radius", {"km"}}},
       "radius takes a distance of 0 or more, such as 50km or 30mi, not \"km\""},
      {{{"remote", {"maybe"}}}, "remote takes true or false, not \"maybe\""},
  };
  for (const Case& c : cases) {
    try {
      request_from_params(c.params);
      ADD_FAILURE() << "accepted: " << c.message;
    } catch (const SearchError& error) {
      EXPECT_STREQ(error.what(), c.message);
    }
  }
}

// A client asking for a billion results and silently given 10,000 would
// take them for all there are.
TEST(RequestParams, NumbersAreTakenWithinTheirRangesOnly) {
  EXPECT_EQ(request_from_params({{"limit", {"10000"}}}).limit, 10000u);
  EXPECT_THROW(request_from_params({{"limit", {"999999999"}}}), SearchError);
  EXPECT_EQ(request_from_params({{"offset", {"1000000000"}}}).offset, 1000000000u);
  EXPECT_EQ(request_from_params({{"page", {"100001"}}, {"per_page", {"10000"}}}).offset,
            1000000000u);
  EXPECT_EQ(request_from_params({{"radius", {"30 mi"}}}).radius_km.value_or(0), 30 * 1.609344);
}

// Every parameter of the table is taken (the command line, query strings
// and JSON bodies all read this one list), and each facet with an option of
// its own is a parameter.
TEST(RequestParams, EveryParameterOfTheTableIsTaken) {
  std::set<std::string> names;
  for (const SearchParam& param : search_params()) {
    EXPECT_TRUE(names.insert(param.name).second) << "twice: " << param.name;
    EXPECT_FALSE(param.help.empty()) << param.name;
    std::string value = param.kind == ParamKind::kFilter ? "company=Acme" : "1";
    if (param.name == "facets") value = "salary";
    if (param.name == "sort") value = "newest";
    if (param.name == "match") value = "all";
    if (param.name == "fields") value = "title";
    EXPECT_NO_THROW(request_from_params({{param.name, {value}}})) << param.name;
  }
  for (const char* name : {"location", "employment_type", "education", "currency"}) {
    EXPECT_EQ(names.count(name), 1u) << name;
    EXPECT_EQ(request_from_params({{name, {"x"}}}).filters[name], std::vector<std::string>{"x"});
  }
  EXPECT_EQ(names.count("company"), 0u);  // a facet without an option: filter=company=...
  EXPECT_EQ(names.size(), 31u);
}

TEST(RequestParams, MatchAndUnderstandTurnRelaxationAndReadingOff) {
  EXPECT_TRUE(request_from_params({}).relax);
  EXPECT_TRUE(request_from_params({}).understand);
  EXPECT_FALSE(request_from_params({{"match", {"all"}}}).relax);
  EXPECT_TRUE(request_from_params({{"match", {"relaxed"}}}).relax);
  EXPECT_FALSE(request_from_params({{"understand", {"false"}}}).understand);
  EXPECT_EQ(request_from_params({{"literal", {"remote", "part time"}}}).literal,
            (std::vector<std::string>{"remote", "part time"}));
  EXPECT_THROW(request_from_params({{"match", {"some"}}}), SearchError);
}

TEST(RequestParams, TermValuesAreSelectedByFilter) {
  FacetSelector selector = term_selector("location", "London, GB");
  EXPECT_EQ(selector.param, "filter");
  EXPECT_EQ(selector.value, "location=London, GB");
  SearchRequest request = request_from_params({{selector.param, {selector.value}}});
  EXPECT_EQ(request.filters["location"], std::vector<std::string>{"London, GB"});
}

}  // namespace
}  // namespace jobsearch
