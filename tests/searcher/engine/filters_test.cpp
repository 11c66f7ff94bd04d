// Tests of searcher/engine/filters: which postings each filter of a request
// keeps, on a small real database, and the requests it refuses.
#include "searcher/engine/filters.h"

#include <gtest/gtest.h>

#include <functional>
#include <set>

#include "common/civil_date.h"
#include "common/posting_json.h"
#include "common/stored_data.h"
#include "searcher/engine/search_error.h"
#include "tests/support/posting_builder.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

using test::PostingBuilder;
using Ids = std::set<std::string>;

const std::int64_t kToday = days_from_civil({2026, 10, 31});

Salary yearly(double min, double max) {
  Salary salary;
  salary.currency = "USD";
  salary.unit = "YEAR";
  salary.min = salary.annual_min = min;
  salary.max = salary.annual_max = max;
  return salary;
}

Location at(const char* city, double latitude, double longitude) {
  return {city, "OR", "US", "", latitude, longitude};
}

class FiltersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    database_ = new test::TempDatabase({
        PostingBuilder("pdx")
            .title("Welder")
            .location(at("Portland", 45.5152, -122.6784))
            .employment_type("FULL_TIME")
            .salary(yearly(50000, 70000))
            .experience_months(24)
            .posted("2026-10-30")
            .valid_through("2026-12-31"),
        PostingBuilder("bvt")  // 10 km from Portland
            .title("Welder")
            .location(at("Beaverton", 45.4871, -122.8037))
            .employment_type("PART_TIME")
            .salary(yearly(90000, 120000))
            .experience_months(72)
            .posted("2026-10-20"),
        PostingBuilder("sea")  // 234 km from Portland
            .title("Welder")
            .location({"Seattle", "WA", "US", "", 47.6062, -122.3321})
            .employment_type("FULL_TIME")
            .posted("2026-09-01")
            .valid_through("2026-10-15"),  // expired
        PostingBuilder("remote").title("Welder").remote().employment_type("CONTRACTOR"),
    });
  }
  static void TearDownTestSuite() { delete database_; }

  // The postings the filters of `request` keep, leaving out `dimension`'s.
  static Ids kept(const SearchRequest& request, const FilterContext& context,
                  const std::string& dimension = "") {
    Xapian::Query query = Filters(request, context).all_except(dimension);
    Xapian::Database db(database_->path());
    Xapian::Enquire enquire(db);
    enquire.set_query(query.empty() ? Xapian::Query::MatchAll : query);
    Ids ids;
    const Xapian::MSet matches = enquire.get_mset(0, 100);
    for (auto it = matches.begin(); it != matches.end(); ++it) {
      ids.insert(posting_from_json(nlohmann::json::parse(posting_data(it.get_document()))).id);
    }
    return ids;
  }
  static FilterContext all_dates() {
    FilterContext context;
    context.today = kToday;
    context.hide_expired = false;
    return context;
  }

  static test::TempDatabase* database_;
};
test::TempDatabase* FiltersTest::database_;

struct Case {
  const char* what;
  std::function<void(SearchRequest&)> ask;
  Ids kept;
};

TEST_F(FiltersTest, EachFilterKeepsThePostingsAUserAskedFor) {
  const Case cases[] = {
      {"nothing", [](SearchRequest&) {}, {"pdx", "bvt", "sea", "remote"}},
      {"a facet value",
       [](SearchRequest& r) { r.filters["employment_type"] = {"FULL_TIME"}; },
       {"pdx", "sea"}},
      {"two values of a facet",
       [](SearchRequest& r) {
         r.filters["employment_type"] = {"Part-time", "contractor"};
       },
       {"bvt", "remote"}},
      {"salary at least", [](SearchRequest& r) { r.salary_min = 70000; }, {"pdx", "bvt"}},
      {"salary over every range", [](SearchRequest& r) { r.salary_min = 120001; }, {}},
      {"salary at most", [](SearchRequest& r) { r.salary_max = 89999; }, {"pdx"}},
      {"salary, or none stated",
       [](SearchRequest& r) {
         r.salary_min = 100000;
         r.include_no_salary = true;
       },
       {"bvt", "sea", "remote"}},
      {"experience a candidate has",
       [](SearchRequest& r) { r.max_experience_months = 24; },
       {"pdx", "sea", "remote"}},  // no requirement stated: kept
      {"posted within days", [](SearchRequest& r) { r.posted_within_days = 7; }, {"pdx"}},
      {"posted since", [](SearchRequest& r) { r.posted_since = "2026-10-20"; }, {"pdx", "bvt"}},
      {"posted since, and within days: the later",
       [](SearchRequest& r) {
         r.posted_since = "2026-01-01";
         r.posted_within_days = 14;
       },
       {"pdx", "bvt"}},
      {"remote", [](SearchRequest& r) { r.remote = true; }, {"remote"}},
  };
  for (const Case& c : cases) {
    SearchRequest request;
    c.ask(request);
    EXPECT_EQ(kept(request, all_dates()), c.kept) << c.what;
  }
}

TEST_F(FiltersTest, ExpiredPostingsAreHiddenUnlessAsked) {
  FilterContext context = all_dates();
  context.hide_expired = true;
  EXPECT_EQ(kept(SearchRequest(), context), (Ids{"pdx", "bvt", "remote"}));
  context.today = days_from_civil({2027, 1, 1});  // pdx's validThrough is past too
  EXPECT_EQ(kept(SearchRequest(), context), (Ids{"bvt", "remote"}));
  EXPECT_TRUE(Filters(SearchRequest(), context).restricts("expired"));
  EXPECT_FALSE(Filters(SearchRequest(), all_dates()).restricts("expired"));
}

TEST_F(FiltersTest, ARadiusKeepsPostingsNearThePlaceAndRemoteOnesWhenAsked) {
  FilterContext context = all_dates();
  context.near = ResolvedPlace{"Portland, OR", 45.5152, -122.6784, {}};
  SearchRequest request;
  request.radius_km = 25;
  EXPECT_EQ(kept(request, context), (Ids{"pdx", "bvt"}));
  request.radius_km = 300;
  EXPECT_EQ(kept(request, context), (Ids{"pdx", "bvt", "sea"}));
  request.radius_km = 5;
  request.remote = true;
  EXPECT_EQ(kept(request, context), (Ids{"pdx", "remote"}));
}

TEST_F(FiltersTest, EachFilterCanBeLeftOutForItsOwnFacetCounts) {
  SearchRequest request;
  request.filters["employment_type"] = {"FULL_TIME"};
  request.salary_min = 80000;
  const FilterContext context = all_dates();
  EXPECT_EQ(kept(request, context), Ids{});
  EXPECT_EQ(kept(request, context, "employment_type"), Ids{"bvt"});
  EXPECT_EQ(kept(request, context, "salary"), (Ids{"pdx", "sea"}));
  const Filters filters(request, context);
  EXPECT_TRUE(filters.restricts("employment_type"));
  EXPECT_TRUE(filters.restricts("salary"));
  EXPECT_FALSE(filters.restricts("posted"));
  EXPECT_TRUE(Filters(SearchRequest(), context).all_except().empty());
}

TEST_F(FiltersTest, BadRequestsAreUserErrorsNamingWhatIsWrong) {
  const std::pair<std::function<void(SearchRequest&)>, std::string> refused[] = {
      {[](SearchRequest& r) { r.posted_since = "yesterday"; },
       "posted_since takes a date YYYY-MM-DD, not \"yesterday\""},
      {[](SearchRequest& r) { r.posted_since = "2026-02-30"; },
       "posted_since takes a date YYYY-MM-DD, not \"2026-02-30\""},
      {[](SearchRequest& r) { r.filters["colour"] = {"blue"}; }, "unknown facet \"colour\""},
  };
  for (const auto& [ask, message] : refused) {
    SearchRequest request;
    ask(request);
    try {
      Filters(request, all_dates());
      ADD_FAILURE() << message << ": no error";
    } catch (const SearchError& error) {
      EXPECT_EQ(std::string(error.what()).substr(0, message.size()), message);
    }
  }
}

TEST(ParseDay, DatesAreDaysSince1970) {
  EXPECT_EQ(parse_day("2026-10-31", "now"), kToday);
  EXPECT_EQ(parse_day("1970-01-01", "now"), 0);
  for (const char* bad : {"", "2026-13-01", "31/10/2026x", "tomorrow"}) {
    EXPECT_THROW(parse_day(bad, "now"), SearchError) << bad;
  }
}

}  // namespace
}  // namespace jobsearch
