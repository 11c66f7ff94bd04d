#include "common/normalize.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace jobsearch {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

template <typename Function>
void expect_all(Function normalize, const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(normalize(c.input), c.expected) << "input: " << c.input;
}

TEST(NormalizeEmploymentType, SpellingsMapToSchemaOrgValues) {
  expect_all(normalize_employment_type,
             {{"FULL_TIME", "FULL_TIME"},  {"full-time", "FULL_TIME"},
              {"Full Time", "FULL_TIME"},  {"FULLTIME", "FULL_TIME"},
              {"Permanent", "FULL_TIME"},  {"part_time", "PART_TIME"},
              {"Part-time", "PART_TIME"},  {"CONTRACTOR", "CONTRACTOR"},
              {"Contract", "CONTRACTOR"},  {"Contract to hire", "CONTRACTOR"},
              {"freelance", "CONTRACTOR"}, {"Temporary", "TEMPORARY"},
              {"temp", "TEMPORARY"},       {"Seasonal", "TEMPORARY"},
              {"INTERN", "INTERN"},        {"Internship", "INTERN"},
              {"Per diem", "PER_DIEM"},    {"PER-DIEM", "PER_DIEM"},
              {"PER_DIEM", "PER_DIEM"},    {"Volunteer", "VOLUNTEER"},
              {"OTHER", "OTHER"},          {"  full time  ", "FULL_TIME"}});
}

TEST(NormalizeEmploymentType, UnrecognisedTextIsRejected) {
  expect_all(normalize_employment_type,
             {{"", ""}, {"   ", ""}, {"garbage", ""}, {"internal", ""}, {"42", ""}, {"-_-", ""}});
}

TEST(NormalizeEducation, CategoriesAndFreeTextMapToCategories) {
  expect_all(normalize_education, {{"high school", "high school"},
                                   {"High school diploma", "high school"},
                                   {"GED", "high school"},
                                   {"associate degree", "associate degree"},
                                   {"Associate's degree", "associate degree"},
                                   {"bachelor degree", "bachelor degree"},
                                   {"Bachelor's degree in CS", "bachelor degree"},
                                   {"BSc", "bachelor degree"},
                                   {"Doctor of Pharmacy (PharmD)", "postgraduate degree"},
                                   {"B.S. in Computer Science", "bachelor degree"},
                                   {"BA", "bachelor degree"},
                                   {"undergraduate degree", "bachelor degree"},
                                   {"4-year degree", "bachelor degree"},
                                   {"postgraduate degree", "postgraduate degree"},
                                   {"Master's degree", "postgraduate degree"},
                                   {"MS", "postgraduate degree"},
                                   {"MSc", "postgraduate degree"},
                                   {"MBA", "postgraduate degree"},
                                   {"PhD", "postgraduate degree"},
                                   {"Ph.D.", "postgraduate degree"},
                                   {"Doctorate", "postgraduate degree"},
                                   {"graduate degree", "postgraduate degree"},
                                   {"professional certificate", "professional certificate"},
                                   {"AWS Certification", "professional certificate"},
                                   {"Nursing license", "professional certificate"}});
}

TEST(NormalizeEducation, LowestNamedLevelWins) {
  expect_all(normalize_education,
             {{"BS or MS in Computer Science", "bachelor degree"},
              {"Master's preferred, Bachelor's required", "bachelor degree"},
              {"Bachelor's degree or equivalent certification", "bachelor degree"},
              {"High school diploma or GED; associate degree a plus", "high school"}});
}

TEST(NormalizeEducation, UnrecognisedTextIsRejected) {
  expect_all(normalize_education, {{"", ""},
                                   {"garbage", ""},
                                   {"as well as ms office", ""},
                                   {"MUST BE ABLE TO CONTACT ME AS NEEDED", ""}});
}

TEST(NormalizeSalaryUnit, SpellingsMapToUnits) {
  expect_all(normalize_salary_unit, {{"HOUR", "HOUR"},
                                     {"hourly", "HOUR"},
                                     {"per hour", "HOUR"},
                                     {"/hr", "HOUR"},
                                     {"DAY", "DAY"},
                                     {"daily", "DAY"},
                                     {"WEEK", "WEEK"},
                                     {"weekly", "WEEK"},
                                     {"MONTH", "MONTH"},
                                     {"per month", "MONTH"},
                                     {"YEAR", "YEAR"},
                                     {"annual", "YEAR"},
                                     {"per annum", "YEAR"},
                                     {"yearly", "YEAR"}});
  expect_all(normalize_salary_unit, {{"", ""}, {"USD", ""}, {"per piece", ""}});
}

TEST(UnitsPerYear, KnownUnitsScaleToAYear) {
  EXPECT_EQ(units_per_year("HOUR"), 2080);
  EXPECT_EQ(units_per_year("DAY"), 260);
  EXPECT_EQ(units_per_year("WEEK"), 52);
  EXPECT_EQ(units_per_year("MONTH"), 12);
  EXPECT_EQ(units_per_year("YEAR"), 1);
  EXPECT_EQ(units_per_year("hour"), std::nullopt);
  EXPECT_EQ(units_per_year(""), std::nullopt);
}

TEST(NormalizeDate, IsoDatesAndDateTimesGiveTheirCalendarDate) {
  const std::vector<Case> cases = {{"2021-10-14", "2021-10-14"},
                                   {"2021-10-14T16:31:13.000Z", "2021-10-14"},
                                   {"2021-10-14T23:30:00-05:00", "2021-10-14"},
                                   {"2021/10/14", "2021-10-14"},
                                   {"20211014", "2021-10-14"},
                                   {" 2024-02-29 ", "2024-02-29"},
                                   {"2000-02-29", "2000-02-29"},
                                   {"2021-10-14 16:31:13", "2021-10-14"}};
  for (const Case& c : cases) EXPECT_EQ(normalize_date(c.input), c.expected) << c.input;
}

TEST(NormalizeDate, InvalidDatesAreRejected) {
  for (const char* input :
       {"", "garbage", "2021-02-30", "2021-02-29", "1900-02-29", "2021-13-01", "2021-00-10",
        "2021-10-00", "2021-10-32", "2021-10", "21-10-14", "2021-10/14", "2021-1-14", "2021-10-14x",
        "October 14, 2021", "2021-10-1a"}) {
    EXPECT_EQ(normalize_date(input), std::nullopt) << input;
  }
}

TEST(DaysSinceEpoch, CountsFromNineteenSeventy) {
  EXPECT_EQ(days_since_epoch("1970-01-01"), 0);
  EXPECT_EQ(days_since_epoch("1970-01-02"), 1);
  EXPECT_EQ(days_since_epoch("1969-12-31"), -1);
  EXPECT_EQ(days_since_epoch("2000-03-01"), 11017);
  EXPECT_EQ(days_since_epoch("2021-10-14"), 18914);
  EXPECT_EQ(days_since_epoch("0000-01-01"), -719528);
  EXPECT_EQ(days_since_epoch("9999-12-31"), 2932896);
  for (const char* input : {"", "2021-02-30", "2021-10-14T00:00:00Z", "20211014", "2021/10/14"}) {
    EXPECT_EQ(days_since_epoch(input), std::nullopt) << input;
  }
}

TEST(DateFromDays, IsTheInverseOfDaysSinceEpoch) {
  EXPECT_EQ(date_from_days(0), "1970-01-01");
  EXPECT_EQ(date_from_days(18914), "2021-10-14");
  EXPECT_EQ(date_from_days(-1), "1969-12-31");
  for (std::int64_t days = -800000; days < 3000000; days += 997) {
    std::string date = date_from_days(days);
    if (days >= -719528 && days <= 2932896) {
      EXPECT_EQ(days_since_epoch(date), days) << date;
    }
  }
  EXPECT_EQ(date_from_days(INT64_MIN), "0000-01-01");
  EXPECT_EQ(date_from_days(INT64_MAX), "9999-12-31");
}

TEST(NormalizeCountry, NamesAndCodesGiveAlpha2Codes) {
  expect_all(normalize_country, {{"United States", "US"},
                                 {"USA", "US"},
                                 {"us", "US"},
                                 {"U.S.", "US"},
                                 {"U.S.A.", "US"},
                                 {"United States of America", "US"},
                                 {"United Kingdom", "GB"},
                                 {"UK", "GB"},
                                 {"Great Britain", "GB"},
                                 {"England", "GB"},
                                 {"Deutschland", "DE"},
                                 {"Germany", "DE"},
                                 {"Holland", "NL"},
                                 {"The Netherlands", "NL"},
                                 {"Österreich", "AT"},
                                 {"  india ", "IN"},
                                 {"IN", "IN"},
                                 {"ca", "CA"},
                                 {"South Korea", "KR"},
                                 {"Viet Nam", "VN"},
                                 {"UAE", "AE"},
                                 {"DEU", "DE"},
                                 {"zw", "ZW"}});
}

TEST(NormalizeCountry, UnknownNamesComeBackTrimmed) {
  expect_all(normalize_country,
             {{"", ""}, {"  Atlantis ", "Atlantis"}, {"ZZ", "ZZ"}, {"Remote", "Remote"}});
}

TEST(MonthsOfExperience, DurationsInFreeText) {
  const std::vector<std::pair<std::string, int>> cases = {{"3+ years of experience", 36},
                                                          {"1-2 years", 12},
                                                          {"6 months", 6},
                                                          {"2 yrs", 24},
                                                          {"one year", 12},
                                                          {"Ten years", 120},
                                                          {"18 months", 18},
                                                          {"3 to 5 years", 36},
                                                          {"5 or more years", 60},
                                                          {"1.5 years", 18},
                                                          {"2 \u2013 4 years", 24},
                                                          {"a 3-year track record", 36},
                                                          {"1 year 6 months", 18},
                                                          {"0-1 years", 0},
                                                          {"minimum of 7+ yrs in SQL", 84},
                                                          {"Tools: 2021 years; 4 years", 48}};
  for (const auto& [input, months] : cases) EXPECT_EQ(months_of_experience(input), months) << input;
}

TEST(MonthsOfExperience, TextWithoutADurationIsRejected) {
  for (const char* input :
       {"", "no requirements", "36", "years of experience", "plenty", "10,000 users"}) {
    EXPECT_EQ(months_of_experience(input), std::nullopt) << input;
  }
}

TEST(PlaceKey, LowerCaseWithoutPunctuationOrSpacesAroundCommas) {
  expect_all(place_key, {{"  Austin ,TX ", "austin,tx"},
                         {"St. Louis, MO", "st louis,mo"},
                         {"Winston-Salem, NC", "winston salem,nc"},
                         {"Dallas/Fort Worth", "dallas fort worth"},
                         {"O'Fallon", "ofallon"},
                         {"New   York , NY , US", "new york,ny,us"},
                         {"Zürich", "zürich"},
                         {"", ""},
                         {" .,; ", ","}});
}

TEST(WordKey, LowerCaseWordsSeparatedBySingleSpaces) {
  expect_all(word_key, {{"Data Scientist - NLP", "data scientist nlp"},
                        {"  Sr. Software Engineer (Remote) ", "sr software engineer remote"},
                        {"C++/Go", "c go"},
                        {"Zürich", "zürich"},
                        {"--", ""}});
}

TEST(FoldWhitespace, RunsBecomeOneSpaceAndEndsAreTrimmed) {
  expect_all(fold_whitespace, {{"  a \t\n b  ", "a b"}, {"", ""}, {" \r\n ", ""}, {"ab", "ab"}});
}

TEST(ToLowerAscii, OnlyAsciiLettersChange) {
  expect_all(to_lower_ascii, {{"MiXeD 123", "mixed 123"}, {"ÄÖ", "ÄÖ"}, {"", ""}});
}

}  // namespace
}  // namespace jobsearch
