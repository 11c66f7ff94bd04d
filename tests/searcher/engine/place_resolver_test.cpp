// Tests of searcher/place_resolver on a small real database.
#include "searcher/engine/place_resolver.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "indexer/index_writer.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;

class PlaceResolverTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = (fs::temp_directory_path() / ("places-test-" + std::to_string(::getpid()))).string();
    fs::remove_all(path_);
    IndexWriter writer(path_, 100);
    const Location places[] = {{"Portland", "OR", "US", "", 45.52, -122.68},
                               {"Portland", "OR", "US", "", 45.50, -122.66},
                               {"Portland", "ME", "US", "", 43.66, -70.26},
                               {"Los Angeles Metropolitan Area", "", "US", "", 34.07, -118.24}};
    int n = 0;
    for (const Location& place : places) {
      Posting posting;
      posting.id = "p" + std::to_string(n++);
      posting.title = "Welder";
      posting.locations = {place};
      writer.write(posting);
    }
    writer.commit();
  }
  static void TearDownTestSuite() { fs::remove_all(path_); }
  static ResolvedPlace resolve(const std::string& text) {
    return resolve_place(text, Xapian::Database(path_));
  }
  static std::string path_;
};
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
