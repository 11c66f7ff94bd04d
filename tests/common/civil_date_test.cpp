// Tests of common/civil_date: which dates exist, and days since 1970-01-01
// both ways, checked against Python's datetime.
#include "common/civil_date.h"

#include <gtest/gtest.h>

#include <string>

namespace jobsearch {
namespace {

std::string text(const CivilDate& date) {
  return std::to_string(date.year) + "-" + std::to_string(date.month) + "-" +
         std::to_string(date.day);
}

TEST(CivilDate, ExistingDatesAreValid) {
  const CivilDate valid[] = {
      {1970, 1, 1},  {2024, 2, 29},  {2000, 2, 29},  // 2000 divides by 400: a leap year
      {1600, 2, 29}, {2026, 12, 31}, {2026, 4, 30}, {0, 2, 29}, {-4, 2, 29}, {9999, 12, 31},
  };
  for (const CivilDate& date : valid) EXPECT_TRUE(is_valid_civil_date(date)) << text(date);
}

TEST(CivilDate, ImpossibleDatesAreNot) {
  const CivilDate invalid[] = {
      {2021, 2, 29}, {1900, 2, 29},  // 1900 divides by 100, not by 400: not a leap year
      {2100, 2, 29}, {2026, 4, 31}, {2026, 6, 31}, {2026, 2, 30}, {2026, 1, 32},
      {2026, 0, 1},  {2026, 13, 1}, {2026, 1, 0},  {2026, -1, 1}, {2026, 1, -1},
  };
  for (const CivilDate& date : invalid) EXPECT_FALSE(is_valid_civil_date(date)) << text(date);
}

TEST(CivilDate, DaysAreCountedFrom1970BothWays) {
  struct Case {
    CivilDate date;
    std::int64_t days;
  };
  const Case cases[] = {
      {{1970, 1, 1}, 0},      {{1970, 1, 2}, 1},        {{1969, 12, 31}, -1},
      {{2000, 3, 1}, 11017},  {{2024, 2, 29}, 19782},   {{2026, 12, 2}, 20789},
      {{1900, 3, 1}, -25508}, {{1600, 2, 29}, -135081}, {{2100, 3, 1}, 47541},
      {{1, 1, 1}, -719162},   {{0, 3, 1}, -719468},     {{9999, 12, 31}, 2932896},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(days_from_civil(c.date), c.days) << text(c.date);
    const CivilDate back = civil_from_days(c.days);
    EXPECT_EQ(text(back), text(c.date)) << c.days;
  }
}

TEST(CivilDate, EveryDayOfFourCenturiesRoundTrips) {
  // 1800-2200 holds every leap rule (1800, 1900 and 2100 are not leap
  // years, 2000 is): consecutive day counts give consecutive valid dates.
  const std::int64_t first = days_from_civil({1800, 1, 1});
  const std::int64_t last = days_from_civil({2200, 1, 1});
  EXPECT_EQ(last - first, 146097);  // 400 years
  CivilDate previous = civil_from_days(first - 1);
  for (std::int64_t days = first; days < last; ++days) {
    const CivilDate date = civil_from_days(days);
    ASSERT_TRUE(is_valid_civil_date(date)) << days;
    ASSERT_EQ(days_from_civil(date), days) << text(date);
    const bool next_day = date.day == previous.day + 1 && date.month == previous.month;
    const bool next_month = date.day == 1 && (date.month == previous.month % 12 + 1);
    ASSERT_TRUE(next_day || next_month) << text(previous) << " then " << text(date);
    previous = date;
  }
}

}  // namespace
}  // namespace jobsearch
