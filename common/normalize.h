// normalize.h: one spelling for each value that postings write many ways.
//
// Pure functions of their input; none throws. "Unrecognised" is an empty
// string or std::nullopt, never an exception.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jobsearch {

// schema.org employment type for "FULL_TIME", "Full-time", "full time",
// "Contract", "Internship", "Per diem", ...: one of FULL_TIME, PART_TIME,
// CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER. Returns "" for
// empty or unrecognised text.
std::string normalize_employment_type(std::string_view text);

// Education category for a schema.org credentialCategory or free text
// ("bachelor degree", "Bachelor's degree in CS", "BSc", "PhD", "High school
// diploma"): one of "high school", "associate degree", "bachelor degree",
// "postgraduate degree", "professional certificate". Returns "" when
// unrecognised.
std::string normalize_education(std::string_view text);

// Salary unit for a schema.org unitText ("HOUR", "hourly", "per month",
// "YEAR", "annual"): one of HOUR, DAY, WEEK, MONTH, YEAR; "" when unrecognised.
std::string normalize_salary_unit(std::string_view text);

// How many of a normalised `unit` make a working year: HOUR 2080, DAY 260,
// WEEK 52, MONTH 12, YEAR 1. std::nullopt for any other unit.
std::optional<double> units_per_year(std::string_view unit);

// "YYYY-MM-DD" for an ISO 8601 date or date-time ("2021-10-14",
// "2021-10-14T16:31:13.000Z", "2021-10-14T23:30:00-05:00" is taken at its
// own calendar date), also "2021/10/14" and "20211014". std::nullopt when
// the text is not a valid calendar date.
std::optional<std::string> normalize_date(std::string_view text);

// Days since 1970-01-01 for a "YYYY-MM-DD" date; std::nullopt if invalid.
std::optional<std::int64_t> days_since_epoch(std::string_view iso_date);

// Inverse of days_since_epoch: "YYYY-MM-DD".
std::string date_from_days(std::int64_t days);

// ISO 3166-1 alpha-2 code for a country name or code ("United States",
// "USA", "us", "United Kingdom", "Deutschland" -> "US", "US", "US", "GB",
// "DE"); unknown names come back trimmed, as given.
std::string normalize_country(std::string_view text);

// Months of experience in free text ("3+ years of experience" -> 36,
// "18 months" -> 18, "no requirements" -> nullopt).
std::optional<int> months_of_experience(std::string_view text);

// Key used to compare place names (and other facet values): lower case
// (ASCII), '.' and '\'' removed, other punctuation except ',' made a space,
// runs of spaces folded, spaces around commas dropped.
// "  Austin ,TX " -> "austin,tx"; "Winston-Salem" -> "winston salem".
std::string place_key(std::string_view text);

// The words of `text` for comparing whole titles: lower case (ASCII), each
// run of characters other than letters and digits (and non-ASCII bytes)
// made one space, trimmed. "Data Scientist - NLP" -> "data scientist nlp".
std::string word_key(std::string_view text);

// Collapses runs of Unicode-agnostic ASCII whitespace into one space and trims.
std::string fold_whitespace(std::string_view text);

// ASCII lower case; other bytes unchanged.
std::string to_lower_ascii(std::string_view text);

}  // namespace jobsearch
