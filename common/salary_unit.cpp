#include "common/salary_unit.h"

#include <utility>

#include "common/word_lookup.h"

namespace jobsearch {
namespace {

constexpr WordValue kSalaryUnits[] = {
    {"hour", "HOUR"},     {"hours", "HOUR"},   {"hourly", "HOUR"},   {"hr", "HOUR"},
    {"hrs", "HOUR"},      {"day", "DAY"},      {"days", "DAY"},      {"daily", "DAY"},
    {"week", "WEEK"},     {"weeks", "WEEK"},   {"weekly", "WEEK"},   {"wk", "WEEK"},
    {"month", "MONTH"},   {"months", "MONTH"}, {"monthly", "MONTH"}, {"mo", "MONTH"},
    {"year", "YEAR"},     {"years", "YEAR"},   {"yearly", "YEAR"},   {"annual", "YEAR"},
    {"annually", "YEAR"}, {"annum", "YEAR"},   {"yr", "YEAR"},       {"pa", "YEAR"},
};

}  // namespace

std::string normalize_salary_unit(std::string_view text) {
  return first_match(kSalaryUnits, label_words(text));
}

std::optional<double> units_per_year(std::string_view unit) {
  constexpr std::pair<std::string_view, double> kPerYear[] = {
      {"HOUR", 2080}, {"DAY", 260}, {"WEEK", 52}, {"MONTH", 12}, {"YEAR", 1}};
  for (const auto& [name, count] : kPerYear) {
    if (name == unit) return count;
  }
  return std::nullopt;
}

}  // namespace jobsearch
