// Where a posting is: every shape of place, countries and regions
// normalised, coordinates checked, remote work.
#include <gtest/gtest.h>

#include <string>

#include "common/posting_parser.h"
#include "tests/common/posting_cases.h"

namespace jobsearch {
namespace {

using nlohmann::json;

TEST(PostingLocationReader, LocationsFromEveryShapeOfPlace) {
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

TEST(PostingLocationReader, CountryNamedAsLocalityIsTheCountry) {
  Posting p = parse_one(R"("jobLocation": {"@type": "Place", "address": {
      "addressCountry": "US", "addressLocality": "United States", "postalCode": "99999"},
      "latitude": 39.50355, "longitude": -99.0183})");
  ASSERT_EQ(p.locations.size(), 1u);
  EXPECT_EQ(p.locations[0].locality, "");
  EXPECT_EQ(p.locations[0].country, "US");
  EXPECT_EQ(p.locations[0].postal_code, "");
}

TEST(PostingLocationReader, OutOfRangeCoordinatesAreDropped) {
  for (const char* place :
       {R"({"latitude": 91, "longitude": 0})", R"({"geo": {"latitude": 0, "longitude": -180.5}})",
        R"({"latitude": "nan", "longitude": "inf"})"}) {
    ParsedRecord record = parse_fields(std::string(R"("jobLocation": )") + place);
    ASSERT_EQ(record.postings.size(), 1u);
    EXPECT_TRUE(record.postings[0].locations.empty()) << place;
    EXPECT_FALSE(record.warnings.empty()) << place;
  }
}

TEST(PostingLocationReader, RemoteWhenJobLocationTypeIsTelecommute) {
  struct Case {
    const char* value;
    bool remote;
  };
  const Case cases[] = {{R"("TELECOMMUTE")", true},
                        {R"("telecommute")", true},
                        {R"(["ON_SITE", "TELECOMMUTE"])", true},
                        {R"(" Telecommute ")", true},
                        {R"("ON_SITE")", false},
                        {"null", false},
                        {R"(["HYBRID"])", false}};
  for (const Case& c : cases) {
    EXPECT_EQ(parse_with("jobLocationType", json::parse(c.value)).remote, c.remote) << c.value;
  }
  EXPECT_FALSE(parse_record(with_field("url", "u")).postings.at(0).remote);
}

}  // namespace
}  // namespace jobsearch
