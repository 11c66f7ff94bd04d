// What a posting asks for: employment types, education and experience,
// normalised once each.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "common/posting_parser.h"
#include "tests/common/posting_cases.h"

namespace jobsearch {
namespace {

using nlohmann::json;

TEST(PostingRequirementsReader, EmploymentTypesAreNormalisedOnceInOrder) {
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

TEST(PostingRequirementsReader, EducationIsNormalisedOnce) {
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

TEST(PostingRequirementsReader, ExperienceInMonths) {
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

}  // namespace
}  // namespace jobsearch
