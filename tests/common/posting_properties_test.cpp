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
    "workHours": "40", "securityClearance": "none", "jobImmediateStart": true})"));
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.unread, (std::vector<std::string>{"jobImmediateStart", "securityClearance"}));
}

TEST(PostingProperties, ARejectedPostingListsNothing) {
  ParsedRecord record =
      parse_record(json::parse(R"({"@type": "JobPosting", "securityClearance": "none"})"));
  EXPECT_TRUE(record.postings.empty());
  EXPECT_TRUE(record.unread.empty());
}

TEST(PostingProperties, DetailsASeekerReadsAreKept) {
  ParsedRecord record = parse_record(json::parse(R"({
    "@type": "JobPosting", "title": "Welder",
    "qualifications": ["&lt;p&gt;AWS D1.1 certified&lt;/p&gt;", "Forklift license"],
    "jobBenefits": "<ul><li>Dental</li><li>401(k)</li></ul>",
    "workHours": "40 hours a week, day shift",
    "directApply": "true", "totalJobOpenings": 3,
    "hiringOrganization": {"name": "Acme", "sameAs": ["https://acme.example", "x"]},
    "jobLocationType": "TELECOMMUTE",
    "applicantLocationRequirements": [{"@type": "Country", "name": "USA"},
                                      {"@type": "AdministrativeArea", "name": "Ontario"},
                                      {"@type": "Country", "name": "Atlantis"}, "Greece"]})"));
  ASSERT_EQ(record.postings.size(), 1u);
  const Posting& posting = record.postings[0];
  EXPECT_EQ(posting.qualifications, "AWS D1.1 certified\nForklift license");
  EXPECT_EQ(posting.benefits, "Dental\n401(k)");
  EXPECT_EQ(posting.work_hours, "40 hours a week, day shift");
  EXPECT_EQ(posting.direct_apply, true);
  EXPECT_EQ(posting.openings, 3);
  EXPECT_EQ(posting.company_url, "https://acme.example");
  EXPECT_TRUE(posting.remote);
  EXPECT_EQ(posting.applicant_countries, (std::vector<std::string>{"US", "CA", "GR"}));
  EXPECT_TRUE(record.unread.empty());
}

TEST(PostingProperties, DetailsOfTheWrongTypeAreWarnedAbout) {
  ParsedRecord record = parse_record(json::parse(R"({
    "@type": "JobPosting", "title": "Welder", "directApply": 7, "totalJobOpenings": -2})"));
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.postings[0].direct_apply, std::nullopt);
  EXPECT_EQ(record.postings[0].openings, std::nullopt);
  EXPECT_EQ(record.warnings.size(), 2u);
}

}  // namespace
}  // namespace jobsearch
