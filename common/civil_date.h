// civil_date.h: proleptic Gregorian calendar arithmetic, without time zones,
// locales or the C library's time functions (Howard Hinnant's algorithms,
// http://howardhinnant.github.io/date_algorithms.html).
#pragma once

#include <cstdint>

namespace jobsearch {

struct CivilDate {
  int year = 1970;  // 0 is 1 BC
  int month = 1;    // 1-12
  int day = 1;      // 1-31
};

// True if the date exists: month 1-12 and day within that month (leap years
// counted: 2024-02-29 exists, 2021-02-29 does not).
bool is_valid_civil_date(const CivilDate& date);

// Days from 1970-01-01 to `date` (negative before it). `date` must be valid.
std::int64_t days_from_civil(const CivilDate& date);

// The date `days` days after 1970-01-01. `days` must lie within about
// ±5.8 million years of it, so that the year fits an int.
CivilDate civil_from_days(std::int64_t days);

}  // namespace jobsearch
