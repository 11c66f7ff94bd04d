// Tests of common/experience: months of experience in free text.
#include "common/experience.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace jobsearch {
namespace {

TEST(MonthsOfExperience, DurationsInFreeText) {
  const std::vector<std::pair<std::string, int>> cases = {{"3+ years of experience", 36},
                                                          {"1-2 years", 12},
                                                          {"6 months", 6},
                                                          {"2 yrs", 24},
                                                          {"one year", 12},
                                                          {"Ten years", 120},
                                                          {"18 months", 18},
                                                          {"3 to 5 years", 36},
                                                          {"5 or more years", 60},
                                                          {"1.5 years", 18},
                                                          {"2 \u2013 4 years", 24},
                                                          {"a 3-year track record", 36},
                                                          {"1 year 6 months", 18},
                                                          {"0-1 years", 0},
                                                          {"minimum of 7+ yrs in SQL", 84},
                                                          {"Tools: 2021 years; 4 years", 48}};
  for (const auto& [input, months] : cases) EXPECT_EQ(months_of_experience(input), months) << input;
}

TEST(MonthsOfExperience, TextWithoutADurationIsRejected) {
  for (const char* input :
       {"", "no requirements", "36", "years of experience", "plenty", "10,000 users"}) {
    EXPECT_EQ(months_of_experience(input), std::nullopt) << input;
  }
}

}  // namespace
}  // namespace jobsearch
