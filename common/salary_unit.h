// salary_unit.h: one spelling for the period a salary is paid by, and how
// many of it make a year.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobsearch {

// Salary unit for a schema.org unitText ("HOUR", "hourly", "per month",
// "YEAR", "annual"): one of HOUR, DAY, WEEK, MONTH, YEAR; "" when unrecognised.
std::string normalize_salary_unit(std::string_view text);

// How many of a normalised `unit` make a working year: HOUR 2080, DAY 260,
// WEEK 52, MONTH 12, YEAR 1. std::nullopt for any other unit.
std::optional<double> units_per_year(std::string_view unit);

}  // namespace jobsearch
