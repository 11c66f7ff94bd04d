// Tests of common/education_level: education stated as text to one category.
#include "common/education_level.h"

#include <gtest/gtest.h>

#include "tests/common/text_cases.h"

namespace jobsearch {
namespace {

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

TEST(EducationRank, DegreesRankFromHighSchoolUp) {
  EXPECT_EQ(education_rank("high school"), 1);
  EXPECT_EQ(education_rank("associate degree"), 2);
  EXPECT_EQ(education_rank("bachelor degree"), 3);
  EXPECT_EQ(education_rank("postgraduate degree"), 4);
  for (const char* unranked : {"professional certificate", "", "Bachelor Degree", "phd"}) {
    EXPECT_EQ(education_rank(unranked), 0) << unranked;
  }
}

}  // namespace
}  // namespace jobsearch
