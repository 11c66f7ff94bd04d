// iso_date.h: dates as postings and requests write them, to one spelling
// ("YYYY-MM-DD") and to day numbers that sort and subtract.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jobsearch {

// "YYYY-MM-DD" for an ISO 8601 date or date-time ("2021-10-14",
// "2021-10-14T16:31:13.000Z", "2021-10-14T23:30:00-05:00" is taken at its
// own calendar date), also "2021/10/14" and "20211014". std::nullopt when
// the text is not a valid calendar date; never throws.
std::optional<std::string> normalize_date(std::string_view text);

// Days since 1970-01-01 for a "YYYY-MM-DD" date; std::nullopt if invalid.
std::optional<std::int64_t> days_since_epoch(std::string_view iso_date);

// Inverse of days_since_epoch: "YYYY-MM-DD", clamped to the years 0000-9999.
std::string date_from_days(std::int64_t days);

}  // namespace jobsearch
