// What a posting pays: amounts, units and the yearly scale, and which of
// baseSalary and estimatedSalary is kept.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "common/posting_parser.h"
#include "tests/common/posting_cases.h"

namespace jobsearch {
namespace {

using nlohmann::json;

TEST(PostingSalaryReader, SalaryIsScaledToAYear) {
  struct Case {
    const char* fields;
    std::optional<double> min, max;
    const char* unit;
    std::optional<double> annual_min, annual_max;
  };
  const Case cases[] = {
      {R"("baseSalary": {"currency": "USD", "value": {"minValue": 20, "maxValue": 30,
          "unitText": "HOUR"}})",
       20, 30, "HOUR", 20 * 2080, 30 * 2080},
      {R"("baseSalary": {"value": {"minValue": "5000", "maxValue": 6000, "unitText": "MONTH"}})",
       5000, 6000, "MONTH", 60000, 72000},
      {R"("baseSalary": {"value": {"value": 40.0, "unitText": "HOUR"}})", 40, 40, "HOUR", 83200,
       83200},
      {R"("baseSalary": {"value": 85000, "unitText": "YEAR"})", 85000, 85000, "YEAR", 85000, 85000},
      {R"("baseSalary": {"value": {"minValue": 90000}})", 90000, std::nullopt, "", 90000,
       std::nullopt},
      {R"("baseSalary": {"value": 25})", 25, 25, "", std::nullopt, std::nullopt},
      {R"("baseSalary": 120000)", 120000, 120000, "", 120000, 120000},
      {R"("baseSalary": {"value": {"minValue": 9, "maxValue": 7, "unitText": "hourly"}})", 7, 9,
       "HOUR", 7 * 2080, 9 * 2080},
  };
  for (const Case& c : cases) {
    Posting p = parse_one(c.fields);
    ASSERT_TRUE(p.salary.has_value()) << c.fields;
    EXPECT_EQ(p.salary->min, c.min) << c.fields;
    EXPECT_EQ(p.salary->max, c.max) << c.fields;
    EXPECT_EQ(p.salary->unit, c.unit) << c.fields;
    EXPECT_EQ(p.salary->annual_min, c.annual_min) << c.fields;
    EXPECT_EQ(p.salary->annual_max, c.annual_max) << c.fields;
  }
}

TEST(PostingSalaryReader, UnrecognisedSalaryUnitKeepsPayButNoYearlyScale) {
  ParsedRecord record = parse_fields(R"("baseSalary": {"value": 5000, "unitText": "PROJECT"})");
  ASSERT_EQ(record.postings.size(), 1u);
  const Salary& salary = record.postings[0].salary.value();
  EXPECT_EQ(salary.min, 5000);
  EXPECT_EQ(salary.unit, "");
  EXPECT_FALSE(salary.annual_min.has_value());
  EXPECT_EQ(record.warnings,
            std::vector<std::string>{R"(baseSalary.unitText: unrecognised "PROJECT")"});
}

TEST(PostingSalaryReader, BaseSalaryWinsOverEstimatedSalaryWhenUsable) {
  const std::string estimated =
      R"("estimatedSalary": {"currency": "usd", "value": {"minValue": 1000, "maxValue": 2000,
          "unitText": "MONTH"}})";
  Posting p = parse_one(R"("baseSalary": {"currency": "EUR", "value": 50000}, )" + estimated);
  EXPECT_EQ(p.salary.value().currency, "EUR");
  p = parse_one(R"("baseSalary": {"currency": "EUR"}, )" + estimated);
  EXPECT_EQ(p.salary.value().currency, "USD");
  EXPECT_EQ(p.salary.value().annual_max, 24000);
  p = parse_one(R"("baseSalary": null, )" + estimated);
  EXPECT_EQ(p.salary.value().min, 1000);
}

TEST(PostingSalaryReader, SalaryWithoutAmountIsDropped) {
  EXPECT_FALSE(parse_one(R"("baseSalary": {"currency": "USD"})").salary.has_value());
  EXPECT_FALSE(parse_one(R"("baseSalary": {"value": {"unitText": "YEAR"}})").salary.has_value());
  EXPECT_FALSE(parse_one(R"("estimatedSalary": {"value": "n/a"})").salary.has_value());
}

}  // namespace
}  // namespace jobsearch
