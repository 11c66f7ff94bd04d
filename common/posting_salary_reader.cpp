// The reader of what a posting pays: baseSalary or estimatedSalary, as
// amounts and as a yearly range.
#include <utility>

#include "common/ascii_text.h"
#include "common/posting_fields.h"
#include "common/salary_unit.h"

namespace jobsearch::posting_fields {
namespace {

using nlohmann::json;

constexpr double kMaxPay = 1e12;  // keeps yearly pay finite and sortable

std::optional<double> read_amount(const json* value, const std::string& field,
                                  FieldWarnings& notes) {
  return number_field(value, field, notes, 0, kMaxPay);
}

// The unit from unitText and the yearly range; with no unit given, pay of
// four figures or more is taken as yearly.
void scale_salary(const json* unit_text, const std::string& field, FieldWarnings& notes,
                  Salary* salary) {
  std::optional<double> factor;
  if (unit_text != nullptr) {
    std::string text = text_field(unit_text, field + ".unitText", notes);
    salary->unit = normalize_salary_unit(text);
    if (salary->unit.empty() && !text.empty()) notes.unrecognised(field + ".unitText", text);
    factor = units_per_year(salary->unit);
  } else if (salary->max.value_or(salary->min.value_or(0)) >= 1000) {
    factor = 1;
  }
  if (factor && salary->min) salary->annual_min = *salary->min * *factor;
  if (factor && salary->max) salary->annual_max = *salary->max * *factor;
}

}  // namespace

// A MonetaryAmount whose value is a QuantitativeValue or a number, or a
// bare number.
std::optional<Salary> read_salary(const json& node, const char* key, FieldWarnings& notes) {
  const json* money = json_member(node, key);
  if (money == nullptr) return std::nullopt;
  const json* value = money->is_object() ? json_member(*money, "value") : money;
  const std::string field = money->is_object() ? std::string(key) + ".value" : key;
  const json* unit = json_member(*money, "unitText");
  Salary salary;
  if (value != nullptr && value->is_object()) {
    salary.min = read_amount(json_member(*value, "minValue"), field + ".minValue", notes);
    salary.max = read_amount(json_member(*value, "maxValue"), field + ".maxValue", notes);
    if (!salary.min && !salary.max) {
      salary.min = salary.max = read_amount(json_member(*value, "value"), field + ".value", notes);
    }
    if (json_member(*value, "unitText") != nullptr) unit = json_member(*value, "unitText");
  } else {
    salary.min = salary.max = read_amount(value, field, notes);
  }
  if (!salary.min && !salary.max) {
    if (money->is_object()) notes.add(key, "no amount");
    return std::nullopt;
  }
  if (salary.min && salary.max && *salary.min > *salary.max) std::swap(salary.min, salary.max);
  std::string currency =
      text_field(json_member(*money, "currency"), key + std::string(".currency"), notes);
  for (char c : fold_whitespace(currency)) salary.currency += (c >= 'a' && c <= 'z') ? c - 32 : c;
  scale_salary(unit, key, notes, &salary);
  return salary;
}

}  // namespace jobsearch::posting_fields
