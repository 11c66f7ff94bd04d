// What the values of the simpler fields become: dates as ISO days, lists
// split, trimmed and de-duplicated. Locations, salaries and requirements
// have tests of their own readers (posting_*_reader_test.cpp).
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "common/posting_parser.h"
#include "tests/common/posting_cases.h"

namespace jobsearch {
namespace {

using nlohmann::json;

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

}  // namespace
}  // namespace jobsearch
