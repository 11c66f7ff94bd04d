// Tests of the posting parser's property names: read in any letter case,
// and those it does not read listed for --verbose.
#include <gtest/gtest.h>

#include "common/posting_parser.h"

namespace jobsearch {
namespace {

using nlohmann::json;

TEST(PostingProperties, PropertiesAreReadInAnyLetterCase) {
  ParsedRecord record = parse_record(json::parse(R"({
    "@type": "JobPosting", "Title": "Welder",
    "EducationRequirements": {"@type": "EducationalOccupationalCredential",
                              "credentialCategory": "high school"},
    "EMPLOYMENTTYPE": "FULL_TIME",
    "hiringorganization": {"name": "Acme"},
    "JobLocation": {"address": {"addressLocality": "Austin", "addressRegion": "TX"}}})"));
  ASSERT_EQ(record.postings.size(), 1u);
  const Posting& posting = record.postings[0];
  EXPECT_EQ(posting.title, "Welder");
  EXPECT_EQ(posting.education, std::vector<std::string>{"high school"});
  EXPECT_EQ(posting.employment_types, std::vector<std::string>{"FULL_TIME"});
  EXPECT_EQ(posting.company, "Acme");
  ASSERT_EQ(posting.locations.size(), 1u);
  EXPECT_EQ(posting.locations[0].locality, "Austin");
  EXPECT_TRUE(record.unread.empty());
}

TEST(PostingProperties, TheExactSpellingWinsOverAnotherCase) {
  ParsedRecord record =
      parse_record(json::parse(R"({"@type": "JobPosting", "TITLE": "Other", "title": "Welder"})"));
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.postings[0].title, "Welder");
}

TEST(PostingProperties, PropertiesNotReadAreListedAsSpelt) {
  ParsedRecord record = parse_record(json::parse(R"({
    "@context": "https://schema.org", "@type": "JobPosting", "@id": "x", "title": "Welder",
    "workHours": "40", "jobBenefits": "dental", "directApply": true})"));
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.unread, (std::vector<std::string>{"directApply", "jobBenefits", "workHours"}));
}

TEST(PostingProperties, ARejectedPostingListsNothing) {
  ParsedRecord record = parse_record(json::parse(R"({"@type": "JobPosting", "workHours": "40"})"));
  EXPECT_TRUE(record.postings.empty());
  EXPECT_TRUE(record.unread.empty());
}

}  // namespace
}  // namespace jobsearch
