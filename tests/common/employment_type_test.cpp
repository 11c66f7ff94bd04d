// Tests of common/employment_type: employment types to schema.org's values.
#include "common/employment_type.h"

#include <gtest/gtest.h>

#include "tests/common/text_cases.h"

namespace jobsearch {
namespace {

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

}  // namespace
}  // namespace jobsearch
