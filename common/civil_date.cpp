#include "common/civil_date.h"

namespace jobsearch {
namespace {

// Days from 0000-03-01 to 1970-01-01: the algorithms count from a March 1st
// so that the leap day ends the year.
constexpr std::int64_t kEpochShift = 719468;
constexpr std::int64_t kDaysPerEra = 146097;  // 400 years

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

bool is_valid_civil_date(const CivilDate& date) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (date.month < 1 || date.month > 12 || date.day < 1) return false;
  int last = kDays[date.month - 1] + (date.month == 2 && is_leap(date.year) ? 1 : 0);
  return date.day <= last;
}

std::int64_t days_from_civil(const CivilDate& date) {
  const auto m = static_cast<unsigned>(date.month);
  const auto d = static_cast<unsigned>(date.day);
  const std::int64_t y = static_cast<std::int64_t>(date.year) - (m <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);                 // [0, 399]
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // [0, 365]
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            // [0, 146096]
  return era * kDaysPerEra + static_cast<std::int64_t>(doe) - kEpochShift;
}

CivilDate civil_from_days(std::int64_t days) {
  const std::int64_t z = days + kEpochShift;
  const std::int64_t era = (z >= 0 ? z : z - (kDaysPerEra - 1)) / kDaysPerEra;
  const auto doe = static_cast<unsigned>(z - era * kDaysPerEra);               // [0, 146096]
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
  const unsigned mp = (5 * doy + 2) / 153;                                     // [0, 11]
  CivilDate date;
  date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(static_cast<std::int64_t>(yoe) + era * 400 + (date.month <= 2));
  return date;
}

}  // namespace jobsearch
