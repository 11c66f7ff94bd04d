// Tests of common/salary_unit: salary units and how many make a year.
#include "common/salary_unit.h"

#include <gtest/gtest.h>

#include <optional>

#include "tests/common/text_cases.h"

namespace jobsearch {
namespace {

TEST(NormalizeSalaryUnit, SpellingsMapToUnits) {
  expect_all(normalize_salary_unit, {{"HOUR", "HOUR"},
                                     {"hourly", "HOUR"},
                                     {"per hour", "HOUR"},
                                     {"/hr", "HOUR"},
                                     {"DAY", "DAY"},
                                     {"daily", "DAY"},
                                     {"WEEK", "WEEK"},
                                     {"weekly", "WEEK"},
                                     {"MONTH", "MONTH"},
                                     {"per month", "MONTH"},
                                     {"YEAR", "YEAR"},
                                     {"annual", "YEAR"},
                                     {"per annum", "YEAR"},
                                     {"yearly", "YEAR"}});
  expect_all(normalize_salary_unit, {{"", ""}, {"USD", ""}, {"per piece", ""}});
}

TEST(UnitsPerYear, KnownUnitsScaleToAYear) {
  EXPECT_EQ(units_per_year("HOUR"), 2080);
  EXPECT_EQ(units_per_year("DAY"), 260);
  EXPECT_EQ(units_per_year("WEEK"), 52);
  EXPECT_EQ(units_per_year("MONTH"), 12);
  EXPECT_EQ(units_per_year("YEAR"), 1);
  EXPECT_EQ(units_per_year("hour"), std::nullopt);
  EXPECT_EQ(units_per_year(""), std::nullopt);
}

}  // namespace
}  // namespace jobsearch
