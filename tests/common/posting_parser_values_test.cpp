// What the values of each field become: salaries on a yearly scale, lists
// split and de-duplicated, kinds of job and education normalised.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "common/posting_parser.h"

namespace jobsearch {
namespace {

using nlohmann::json;

ParsedRecord parse_fields(const std::string& fields) {
  return parse_record(json::parse(R"({"@type": "JobPosting", "title": "Welder", )" + fields + "}"));
}

Posting parse_one(const std::string& fields) {
  ParsedRecord record = parse_fields(fields);
  EXPECT_EQ(record.postings.size(), 1u) << fields;
  return record.postings.empty() ? Posting() : record.postings[0];
}

TEST(PostingParser, SalaryIsScaledToAYear) {
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

TEST(PostingParser, UnrecognisedSalaryUnitKeepsPayButNoYearlyScale) {
  ParsedRecord record = parse_fields(R"("baseSalary": {"value": 5000, "unitText": "PROJECT"})");
  ASSERT_EQ(record.postings.size(), 1u);
  const Salary& salary = record.postings[0].salary.value();
  EXPECT_EQ(salary.min, 5000);
  EXPECT_EQ(salary.unit, "");
  EXPECT_FALSE(salary.annual_min.has_value());
  EXPECT_EQ(record.warnings,
            std::vector<std::string>{R"(baseSalary.unitText: unrecognised "PROJECT")"});
}

TEST(PostingParser, BaseSalaryWinsOverEstimatedSalaryWhenUsable) {
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

TEST(PostingParser, SalaryWithoutAmountIsDropped) {
  EXPECT_FALSE(parse_one(R"("baseSalary": {"currency": "USD"})").salary.has_value());
  EXPECT_FALSE(parse_one(R"("baseSalary": {"value": {"unitText": "YEAR"}})").salary.has_value());
  EXPECT_FALSE(parse_one(R"("estimatedSalary": {"value": "n/a"})").salary.has_value());
}

TEST(PostingParser, EmploymentTypesAreNormalisedOnceInOrder) {
  struct Case {
    const char* value;
    std::vector<std::string> types;
  };
  const Case cases[] = {
      {R"("FULL_TIME")", {"FULL_TIME"}},
      {R"("Full-time")", {"FULL_TIME"}},
      {R"(["Contract", "FULL_TIME", "full time", "CONTRACTOR"])", {"CONTRACTOR", "FULL_TIME"}},
      {R"("Full-time, Part-time")", {"FULL_TIME", "PART_TIME"}},
      {R"(["nonsense", "INTERN"])", {"INTERN"}},
      {R"(["", " "])", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(parse_one(std::string(R"("employmentType": )") + c.value).employment_types, c.types)
        << c.value;
  }
}

TEST(PostingParser, EducationIsNormalisedOnce) {
  struct Case {
    const char* value;
    std::vector<std::string> education;
  };
  const Case cases[] = {
      {R"({"@type": "EducationalOccupationalCredential", "credentialCategory": "bachelor degree"})",
       {"bachelor degree"}},
      {R"("bachelor degree")", {"bachelor degree"}},
      {R"([{"credentialCategory": "high school"}, "bachelor degree", "bachelor degree"])",
       {"high school", "bachelor degree"}},
      {R"({"credentialCategory": ["associate degree"]})", {"associate degree"}},
      {R"(["nonsense"])", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(parse_one(std::string(R"("educationRequirements": )") + c.value).education,
              c.education)
        << c.value;
  }
}

TEST(PostingParser, ExperienceInMonths) {
  struct Case {
    const char* value;
    std::optional<int> months;
  };
  const Case cases[] = {
      {R"({"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 60})", 60},
      {R"({"monthsOfExperience": "24"})", 24},
      {R"({"monthsOfExperience": 17.6})", 18},
      {R"("3+ years of experience")", 36},
      {R"("no requirements")", std::nullopt},
      {R"({"@type": "OccupationalExperienceRequirements"})", std::nullopt},
  };
  for (const Case& c : cases) {
    ParsedRecord record = parse_fields(std::string(R"("experienceRequirements": )") + c.value);
    ASSERT_EQ(record.postings.size(), 1u);
    EXPECT_EQ(record.postings[0].experience_months, c.months) << c.value;
    EXPECT_TRUE(record.warnings.empty()) << c.value;
  }
}

TEST(PostingParser, DatesBecomeIsoDays) {
  Posting p = parse_one(R"("datePosted": "2021-10-14T16:31:13.000Z",
                           "validThrough": "2021-11-13T23:30:00-05:00")");
  EXPECT_EQ(p.date_posted, "2021-10-14");
  EXPECT_EQ(p.valid_through, "2021-11-13");
  ParsedRecord record = parse_fields(R"("datePosted": "14/10/2021", "validThrough": "")");
  EXPECT_EQ(record.postings.at(0).date_posted, "");
  EXPECT_EQ(record.warnings, std::vector<std::string>{R"(datePosted: not a date "14/10/2021")"});
}

TEST(PostingParser, IndustriesAndSkillsAreSplitTrimmedAndCleaned) {
  struct Case {
    const char* value;
    std::vector<std::string> items;
  };
  const Case cases[] = {
      {R"("")", {}},
      {R"("Banking, Financial Services,, Insurance ")",
       {"Banking", "Financial Services", "Insurance"}},
      {R"("Information Technology &amp; Services")", {"Information Technology & Services"}},
      {R"(["Sales, Marketing", " ", "Retail", "Retail"])", {"Sales, Marketing", "Retail"}},
      {R"([{"@type": "DefinedTerm", "name": "Welding"}])", {"Welding"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(parse_one(std::string(R"("industry": )") + c.value).industries, c.items) << c.value;
    EXPECT_EQ(parse_one(std::string(R"("skills": )") + c.value).skills, c.items) << c.value;
  }
}

TEST(PostingParser, LocationsFromEveryShapeOfPlace) {
  Posting p = parse_one(R"("jobLocation": [
      {"@type": "Place", "address": "Austin, TX"},
      "Remote, USA",
      {"@type": "Place", "address": {"addressLocality": "", "addressRegion": null}},
      {},
      {"address": {"addressLocality": "M&amp;uuml;nchen", "addressCountry": "Deutschland",
                   "postalCode": 1310}},
      {"geo": {"latitude": "-33.8688", "longitude": 151.2093}}])");
  ASSERT_EQ(p.locations.size(), 4u);
  EXPECT_EQ(p.locations[0].locality, "Austin, TX");
  EXPECT_EQ(p.locations[1].locality, "Remote, USA");
  EXPECT_EQ(p.locations[2].locality, "München");
  EXPECT_EQ(p.locations[2].country, "DE");
  EXPECT_EQ(p.locations[2].postal_code, "1310");
  EXPECT_EQ(p.locations[3].locality, "");
  EXPECT_DOUBLE_EQ(p.locations[3].latitude.value_or(0), -33.8688);
  EXPECT_DOUBLE_EQ(p.locations[3].longitude.value_or(0), 151.2093);
}

TEST(PostingParser, CountryNamedAsLocalityIsTheCountry) {
  Posting p = parse_one(R"("jobLocation": {"@type": "Place", "address": {
      "addressCountry": "US", "addressLocality": "United States", "postalCode": "99999"},
      "latitude": 39.50355, "longitude": -99.0183})");
  ASSERT_EQ(p.locations.size(), 1u);
  EXPECT_EQ(p.locations[0].locality, "");
  EXPECT_EQ(p.locations[0].country, "US");
  EXPECT_EQ(p.locations[0].postal_code, "");
}

TEST(PostingParser, OutOfRangeCoordinatesAreDropped) {
  for (const char* place :
       {R"({"latitude": 91, "longitude": 0})", R"({"geo": {"latitude": 0, "longitude": -180.5}})",
        R"({"latitude": "nan", "longitude": "inf"})"}) {
    ParsedRecord record = parse_fields(std::string(R"("jobLocation": )") + place);
    ASSERT_EQ(record.postings.size(), 1u);
    EXPECT_TRUE(record.postings[0].locations.empty()) << place;
    EXPECT_FALSE(record.warnings.empty()) << place;
  }
}

}  // namespace
}  // namespace jobsearch
