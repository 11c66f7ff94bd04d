// Tests of common/region_codes: one spelling per US state and Canadian province.
#include "common/region_codes.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

TEST(RegionCodes, FullNamesAndCodesBecomeUpperCaseCodes) {
  struct Case {
    const char* region;
    const char* country;
    const char* expected;
  };
  const Case cases[] = {
      {"California", "US", "CA"},
      {" new  york ", "US", "NY"},
      {"tx", "US", "TX"},
      {"District of Columbia", "US", "DC"},
      {"British Columbia", "CA", "BC"},
      {"Ontario", "CA", "ON"},
      {"Bavaria", "DE", "Bavaria"},
      {"California", "", "California"},
      {"Greater Manchester", "GB", "Greater Manchester"},
      {"", "US", ""},
      {"Narnia", "US", "Narnia"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(normalize_region(c.region, c.country), c.expected) << c.region << " " << c.country;
  }
}

}  // namespace
}  // namespace jobsearch
