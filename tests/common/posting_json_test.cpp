// Tests of common/posting_json: the stored and printed JSON shape.
#include "common/posting_json.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

Posting full_posting() {
  Posting p;
  p.id = "0123456789abcdef";
  p.source_id = "REQ-1";
  p.title = "Data Scientist";
  p.company = "TikTok";
  p.description = "Line one\nLine two";
  p.url = "https://example.com/jobs/1";
  p.locations = {{"Los Angeles", "CA", "US", "90021", 34.07, -118.24},
                 {"Remote", "", "", "", {}, {}}};
  p.remote = true;
  p.employment_types = {"FULL_TIME", "CONTRACTOR"};
  p.education = {"bachelor degree"};
  p.experience_months = 24;
  p.salary = Salary{20.0, 25.0, "USD", "HOUR", 41600.0, 52000.0};
  p.date_posted = "2026-10-14";
  p.valid_through = "2026-11-13";
  p.industries = {"Internet"};
  p.skills = {"SQL", "Python"};
  p.occupational_category = "15-2051.00";
  return p;
}

TEST(PostingJson, RoundTripKeepsEveryField) {
  Posting p = full_posting();
  nlohmann::ordered_json json = posting_to_json(p);
  EXPECT_EQ(posting_to_json(posting_from_json(nlohmann::json::parse(json.dump()))), json);
  EXPECT_EQ(json["employment_types"], nlohmann::ordered_json({"FULL_TIME", "CONTRACTOR"}));
  EXPECT_EQ(json["salary"]["annual_max"], 52000.0);
  EXPECT_EQ(json["locations"][1]["latitude"], nullptr);
}

TEST(PostingJson, StoredDataLeavesOutEmptyMembersAndReadsBackTheSame) {
  Posting p = full_posting();
  p.direct_apply = false;
  p.salary->currency.clear();
  const std::string data = posting_to_data(p);
  EXPECT_EQ(posting_to_json(posting_from_json(nlohmann::json::parse(data))), posting_to_json(p));
  nlohmann::json stored = nlohmann::json::parse(data);
  EXPECT_FALSE(stored.contains("qualifications"));
  EXPECT_FALSE(stored.contains("applicant_countries"));
  EXPECT_FALSE(stored.contains("openings"));
  EXPECT_FALSE(stored["locations"][1].contains("latitude"));
  EXPECT_FALSE(stored["salary"].contains("currency"));
  EXPECT_EQ(stored["direct_apply"], false);  // false is not unknown (null)
  EXPECT_EQ(stored["locations"].size(), 2u);
}

TEST(PostingJson, StoredDataKeepsASalaryOfUnknownFigures) {
  Posting p;
  p.id = "x";
  p.salary = Salary{};
  Posting back = posting_from_json(nlohmann::json::parse(posting_to_data(p)));
  EXPECT_TRUE(back.salary.has_value());
  EXPECT_EQ(posting_to_json(back), posting_to_json(p));
}

TEST(PostingJson, MissingOptionalValuesAreNull) {
  Posting p;
  p.id = "x";
  p.title = "T";
  nlohmann::ordered_json json = posting_to_json(p);
  EXPECT_EQ(json["salary"], nullptr);
  EXPECT_EQ(json["experience_months"], nullptr);
  EXPECT_EQ(json["locations"], nlohmann::ordered_json::array());
}

TEST(PostingJson, MissingKeysReadAsEmpty) {
  Posting p = posting_from_json(nlohmann::json{{"id", "x"}, {"title", "T"}});
  EXPECT_EQ(p.title, "T");
  EXPECT_TRUE(p.locations.empty());
  EXPECT_FALSE(p.salary.has_value());
}

}  // namespace
}  // namespace jobsearch
