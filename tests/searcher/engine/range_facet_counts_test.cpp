// Tests of searcher/engine/range_facets (counting): the salary, experience and posted
// buckets a user sees, counted over documents built as jobindex builds them,
// by a match spy and from a set (facet_sets.h) alike.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/civil_date.h"
#include "indexer/document_builder.h"
#include "searcher/engine/facet_sets.h"
#include "searcher/engine/range_facets.h"
#include "tests/support/posting_builder.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

using test::PostingBuilder;
using Buckets = std::vector<std::string>;  // "label count", in display order

const std::int64_t kToday = days_from_civil({2026, 10, 31});

Buckets shown(const FacetCounts& counts) {
  Buckets out;
  for (const FacetValue& value : counts.values) {
    out.push_back(value.value + " " + std::to_string(value.count));
  }
  return out;
}

// The buckets of facet `name` over `postings`, counted as a match spy does.
Buckets counted_by_spy(const std::string& name, const std::vector<Posting>& postings) {
  RangeCounter counter({*find_range_facet(name, kToday)});
  DocumentBuilder builder;
  for (const Posting& posting : postings) counter(builder.build(posting), 1.0);
  return shown(counter.counts(0));
}

// The same, counted from a set of every posting of a database on disk, as
// the search page's facets are (facet_sets.h).
Buckets counted_from_set(const std::string& name, const std::vector<Posting>& postings) {
  test::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.file("db"), Xapian::DB_CREATE);
    DocumentBuilder builder;
    for (const Posting& posting : postings) db.add_document(builder.build(posting));
    db.commit();
  }
  std::vector<FacetColumns> shards;
  shards.emplace_back(Xapian::Database(dir.file("db")));
  SetPassCounter counter(shards, Deadline());
  counter.prepare(Xapian::Query(), {});
  PassCounts counts;
  counts.ranges.resize(1);
  counter(Xapian::Query(), Xapian::Query(), {}, {*find_range_facet(name, kToday)}, counts);
  return shown(counts.ranges[0]);
}

// Both ways, which must agree.
Buckets counted(const std::string& name, const std::vector<Posting>& postings) {
  const Buckets by_spy = counted_by_spy(name, postings);
  EXPECT_EQ(counted_from_set(name, postings), by_spy) << name;
  return by_spy;
}

Posting paid(const std::string& id, std::optional<double> annual_min,
             std::optional<double> annual_max) {
  Salary salary;
  salary.currency = "USD";
  salary.unit = "YEAR";
  salary.annual_min = annual_min;
  salary.annual_max = annual_max;
  return PostingBuilder(id).title("Welder").salary(salary);
}

TEST(RangeFacets, OnlySalaryExperienceAndPostedAreRanges) {
  for (const char* name : {"salary", "experience", "posted"}) {
    EXPECT_TRUE(is_range_facet(name)) << name;
    ASSERT_TRUE(find_range_facet(name, kToday).has_value()) << name;
    EXPECT_EQ(find_range_facet(name, kToday)->name, name);
  }
  for (const char* name : {"", "Salary", "location", "employment_type", "posted_within"}) {
    EXPECT_FALSE(is_range_facet(name)) << name;
    EXPECT_FALSE(find_range_facet(name, kToday).has_value()) << name;
  }
}

TEST(RangeFacets, SalaryCountsEachPostingInEveryFloorItReaches) {
  EXPECT_EQ(counted("salary", {paid("a", 30000, 45000), paid("b", std::nullopt, 250000),
                               paid("c", 30000, std::nullopt),  // one end stated: that figure
                               paid("d", 60000, 60000),         // a floor is inclusive
                               PostingBuilder("e").title("Welder")}),
            (Buckets{"20,000+ 4", "40,000+ 3", "60,000+ 2", "80,000+ 1", "100,000+ 1", "150,000+ 1",
                     "200,000+ 1", "not stated 1"}));
}

TEST(RangeFacets, ExperienceFallsInOneBandEach) {
  std::vector<Posting> postings;
  for (int months : {0, 11, 12, 36, 59, 60, 119, 120, 600}) {
    postings.push_back(
        PostingBuilder(std::to_string(months)).title("Welder").experience_months(months));
  }
  postings.push_back(PostingBuilder("none").title("Welder"));
  EXPECT_EQ(counted("experience", postings),
            (Buckets{"0-1 years 2", "1-3 years 1", "3-5 years 2", "5-10 years 2", "10+ years 2",
                     "not stated 1"}));
}

TEST(RangeFacets, PostedCountsDaysBeforeToday) {
  std::vector<Posting> postings;
  for (const char* date : {"2026-10-31", "2026-10-30", "2026-10-28", "2026-10-25", "2026-10-17",
                           "2026-10-01", "2026-09-30", "2020-01-01", "", "not a date"}) {
    postings.push_back(PostingBuilder(date).title("Welder").posted(date));
  }
  EXPECT_EQ(counted("posted", postings),
            (Buckets{"within 1 day 2", "within 3 days 3", "within 7 days 4", "within 14 days 5",
                     "within 30 days 6", "older 2", "unknown 2"}));
}

TEST(RangeFacets, EmptyBucketsAreShownAndFacetsAreCountedApart) {
  RangeCounter counter(
      {*find_range_facet("salary", kToday), *find_range_facet("experience", kToday)});
  DocumentBuilder builder;
  counter(builder.build(PostingBuilder("x").title("Welder").experience_months(24)), 1.0);
  EXPECT_EQ(shown(counter.counts(0)),
            (Buckets{"20,000+ 0", "40,000+ 0", "60,000+ 0", "80,000+ 0", "100,000+ 0", "150,000+ 0",
                     "200,000+ 0", "not stated 1"}));
  EXPECT_EQ(counter.counts(1).name, "experience");
  EXPECT_EQ(shown(counter.counts(1)), (Buckets{"0-1 years 0", "1-3 years 1", "3-5 years 0",
                                               "5-10 years 0", "10+ years 0", "not stated 0"}));
}

}  // namespace
}  // namespace jobsearch
