// Tests of common/iso_date: dates to "YYYY-MM-DD" and day numbers.
#include "common/iso_date.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tests/common/text_cases.h"

namespace jobsearch {
namespace {

TEST(NormalizeDate, IsoDatesAndDateTimesGiveTheirCalendarDate) {
  const std::vector<TextCase> cases = {{"2021-10-14", "2021-10-14"},
                                       {"2021-10-14T16:31:13.000Z", "2021-10-14"},
                                       {"2021-10-14T23:30:00-05:00", "2021-10-14"},
                                       {"2021/10/14", "2021-10-14"},
                                       {"20211014", "2021-10-14"},
                                       {" 2024-02-29 ", "2024-02-29"},
                                       {"2000-02-29", "2000-02-29"},
                                       {"2021-10-14 16:31:13", "2021-10-14"}};
  for (const TextCase& c : cases) EXPECT_EQ(normalize_date(c.input), c.expected) << c.input;
}

TEST(NormalizeDate, InvalidDatesAreRejected) {
  for (const char* input :
       {"", "garbage", "2021-02-30", "2021-02-29", "1900-02-29", "2021-13-01", "2021-00-10",
        "2021-10-00", "2021-10-32", "2021-10", "21-10-14", "2021-10/14", "2021-1-14", "2021-10-14x",
        "October 14, 2021", "2021-10-1a"}) {
    EXPECT_EQ(normalize_date(input), std::nullopt) << input;
  }
}

TEST(DaysSinceEpoch, CountsFromNineteenSeventy) {
  EXPECT_EQ(days_since_epoch("1970-01-01"), 0);
  EXPECT_EQ(days_since_epoch("1970-01-02"), 1);
  EXPECT_EQ(days_since_epoch("1969-12-31"), -1);
  EXPECT_EQ(days_since_epoch("2000-03-01"), 11017);
  EXPECT_EQ(days_since_epoch("2021-10-14"), 18914);
  EXPECT_EQ(days_since_epoch("0000-01-01"), -719528);
  EXPECT_EQ(days_since_epoch("9999-12-31"), 2932896);
  for (const char* input : {"", "2021-02-30", "2021-10-14T00:00:00Z", "20211014", "2021/10/14"}) {
    EXPECT_EQ(days_since_epoch(input), std::nullopt) << input;
  }
}

TEST(DateFromDays, IsTheInverseOfDaysSinceEpoch) {
  EXPECT_EQ(date_from_days(0), "1970-01-01");
  EXPECT_EQ(date_from_days(18914), "2021-10-14");
  EXPECT_EQ(date_from_days(-1), "1969-12-31");
  for (std::int64_t days = -800000; days < 3000000; days += 997) {
    std::string date = date_from_days(days);
    if (days >= -719528 && days <= 2932896) {
      EXPECT_EQ(days_since_epoch(date), days) << date;
    }
  }
  EXPECT_EQ(date_from_days(INT64_MIN), "0000-01-01");
  EXPECT_EQ(date_from_days(INT64_MAX), "9999-12-31");
}

}  // namespace
}  // namespace jobsearch
