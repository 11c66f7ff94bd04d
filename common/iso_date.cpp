#include "common/iso_date.h"

#include <algorithm>
#include <cstdio>

#include "common/ascii_text.h"
#include "common/civil_date.h"

namespace jobsearch {
namespace {

// Reads `count` digits at text[*pos]; false if they are not all digits.
bool read_digits(std::string_view text, size_t* pos, size_t count, int* value) {
  if (text.size() - *pos < count) return false;
  *value = 0;
  for (size_t i = 0; i < count; ++i) {
    char c = text[*pos + i];
    if (!is_ascii_digit(c)) return false;
    *value = *value * 10 + (c - '0');
  }
  *pos += count;
  return true;
}

std::string format_date(const CivilDate& date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

}  // namespace

std::optional<std::string> normalize_date(std::string_view text) {
  std::string trimmed_text = trim_ascii_space(text);
  std::string_view view = trimmed_text;
  size_t pos = 0;
  CivilDate date;
  if (!read_digits(view, &pos, 4, &date.year)) return std::nullopt;
  char separator = pos < view.size() && (view[pos] == '-' || view[pos] == '/') ? view[pos] : 0;
  if (separator) ++pos;
  if (!read_digits(view, &pos, 2, &date.month)) return std::nullopt;
  if (separator && (pos >= view.size() || view[pos++] != separator)) return std::nullopt;
  if (!read_digits(view, &pos, 2, &date.day)) return std::nullopt;
  bool time_follows =
      pos < view.size() && (view[pos] == 'T' || view[pos] == 't' || view[pos] == ' ');
  if (pos != view.size() && !time_follows) return std::nullopt;
  if (!is_valid_civil_date(date)) return std::nullopt;
  return format_date(date);
}

std::optional<std::int64_t> days_since_epoch(std::string_view iso_date) {
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return std::nullopt;
  size_t year_at = 0, month_at = 5, day_at = 8;
  CivilDate date;
  bool digits = read_digits(iso_date, &year_at, 4, &date.year) &&
                read_digits(iso_date, &month_at, 2, &date.month) &&
                read_digits(iso_date, &day_at, 2, &date.day);
  if (!digits || !is_valid_civil_date(date)) return std::nullopt;
  return days_from_civil(date);
}

std::string date_from_days(std::int64_t days) {
  // Clamped to the years 0000-9999, which are all "YYYY-MM-DD" can write.
  constexpr std::int64_t kFirst = -719528;  // 0000-01-01
  constexpr std::int64_t kLast = 2932896;   // 9999-12-31
  return format_date(civil_from_days(std::clamp(days, kFirst, kLast)));
}

}  // namespace jobsearch
