// Tests of searcher/engine/range_facets: buckets cut from facet_table.h.
#include "searcher/engine/range_facets.h"

#include <gtest/gtest.h>

#include "common/facet_table.h"

namespace jobsearch {
namespace {

struct Bucket {
  const char* label;
  const char* param_value;  // "" when the bucket selects nothing
};

void expect_buckets(const std::string& name, const std::vector<Bucket>& expected,
                    const char* param) {
  std::optional<RangeBuckets> facet = find_range_facet(name, 20000);
  ASSERT_TRUE(facet) << name;
  EXPECT_EQ(facet->param, param) << name;
  ASSERT_EQ(facet->buckets.size(), expected.size()) << name;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(facet->buckets[i].label, expected[i].label) << name << " " << i;
    EXPECT_EQ(facet->buckets[i].param_value, expected[i].param_value) << name << " " << i;
  }
}

TEST(RangeFacets, SalaryBucketsAreFloorsSelectedBySalaryMin) {
  expect_buckets("salary",
                 {{"20,000+", "20000"},
                  {"40,000+", "40000"},
                  {"60,000+", "60000"},
                  {"80,000+", "80000"},
                  {"100,000+", "100000"},
                  {"150,000+", "150000"},
                  {"200,000+", "200000"}},
                 "salary_min");
}

TEST(RangeFacets, ExperienceBandsAreYearsAndSelectNothing) {
  expect_buckets("experience",
                 {{"0-1 years", ""},
                  {"1-3 years", ""},
                  {"3-5 years", ""},
                  {"5-10 years", ""},
                  {"10+ years", ""}},
                 "");
  std::optional<RangeBuckets> facet = find_range_facet("experience", 0);
  EXPECT_EQ(facet->buckets[1].low, 12);
  EXPECT_EQ(facet->buckets[1].high, 36);
}

TEST(RangeFacets, PostedBucketsCountBackFromTodaySelectedByPostedWithin) {
  expect_buckets("posted",
                 {{"within 1 day", "1"},
                  {"within 3 days", "3"},
                  {"within 7 days", "7"},
                  {"within 14 days", "14"},
                  {"within 30 days", "30"},
                  {"older", ""}},
                 "posted_within");
  std::optional<RangeBuckets> facet = find_range_facet("posted", 20000);
  EXPECT_EQ(facet->buckets[2].low, 20000 - 7);
  EXPECT_EQ(facet->buckets[5].high, 20000 - 30);
}

TEST(RangeFacets, EveryRowOfTheTableIsFoundAndNoOtherName) {
  for (const schema::RangeFacet& row : schema::kRangeFacets) {
    EXPECT_TRUE(is_range_facet(row.name)) << row.name;
    EXPECT_EQ(find_range_facet(row.name, 0)->slot, row.slot) << row.name;
  }
  for (const char* other : {"", "location", "Salary", "salary_min"}) {
    EXPECT_FALSE(is_range_facet(other)) << other;
    EXPECT_FALSE(find_range_facet(other, 0)) << other;
  }
}

}  // namespace
}  // namespace jobsearch
