// Tests of searcher/place_resolver on a small real database.
#include "searcher/engine/place_resolver.h"

#include <gtest/gtest.h>

#include "searcher/engine/search_error.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

class PlaceResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const Location places[] = {{"Portland", "OR", "US", "", 45.52, -122.68},
                               {"Portland", "OR", "US", "", 45.50, -122.66},
                               {"Portland", "ME", "US", "", 43.66, -70.26},
                               {"Los Angeles Metropolitan Area", "", "US", "", 34.07, -118.24}};
    std::vector<Posting> postings;
    for (const Location& place : places) {
      Posting posting;
      posting.id = "p" + std::to_string(postings.size());
      posting.title = "Welder";
      posting.locations = {place};
      postings.push_back(posting);
    }
    database_ = new test::TempDatabase(postings);
    path_ = database_->path();
  }
  static void TearDownTestSuite() { delete database_; }
  static ResolvedPlace resolve(const std::string& text) {
    return resolve_place(text, Xapian::Database(path_));
  }
  static test::TempDatabase* database_;
  static std::string path_;
};
test::TempDatabase* PlaceResolverTest::database_;
std::string PlaceResolverTest::path_;

TEST_F(PlaceResolverTest, CoordinatesAreTakenAsGiven) {
  ResolvedPlace place = resolve(" 30.27, -97.74 ");
  EXPECT_DOUBLE_EQ(place.latitude, 30.27);
  EXPECT_DOUBLE_EQ(place.longitude, -97.74);
  EXPECT_TRUE(place.alternatives.empty());
}

TEST_F(PlaceResolverTest, TheCommonestPlaceWinsAndTheOthersAreListed) {
  ResolvedPlace place = resolve("portland");
  EXPECT_EQ(place.name, "Portland, OR");
  EXPECT_EQ(place.alternatives, std::vector<std::string>{"Portland, ME"});
  EXPECT_NEAR(place.latitude, 45.51, 0.011);
}

TEST_F(PlaceResolverTest, RegionNarrowsTheName) {
  ResolvedPlace place = resolve("Portland, ME");
  EXPECT_EQ(place.name, "Portland, ME");
  EXPECT_TRUE(place.alternatives.empty());
}

TEST_F(PlaceResolverTest, StateNamesInFullFindTheirCode) {
  EXPECT_EQ(resolve("Portland, Maine").name, "Portland, ME");
  EXPECT_EQ(resolve("portland , oregon").name, "Portland, OR");
}

TEST_F(PlaceResolverTest, TheStartOfAKnownNameIsEnough) {
  EXPECT_EQ(resolve("Los Angeles").name, "Los Angeles Metropolitan Area, US");
}

TEST_F(PlaceResolverTest, UnknownPlacesAndBadCoordinatesAreUserErrors) {
  EXPECT_THROW(resolve("Atlantis"), SearchError);
  EXPECT_THROW(resolve("91,0"), SearchError);
  // sscanf reads "nan" and "inf": NaN passed both range comparisons, and
  // the search went on around no place at all.
  for (const char* text : {"nan,nan", "0,nan", "inf,0", "-inf,0"}) {
    try {
      resolve(text);
      ADD_FAILURE() << "accepted " << text;
    } catch (const SearchError& error) {
      EXPECT_EQ(error.what(),
                "coordinates out of range in \"" + std::string(text) + "\" (LAT,LON in degrees)");
    }
  }
}

}  // namespace
}  // namespace jobsearch
