// End to end: a place picked by its city alone is shown in the location
// facet as the places it matched, not as a value of its own with 0 postings.
#include <gtest/gtest.h>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

json location_facet(const std::vector<std::string>& locations) {
  std::vector<std::string> args = {"--limit", "0", "--facets", "location:3", "--now", "2026-11-29"};
  for (const std::string& place : locations) args.insert(args.end(), {"--location", place});
  return search_json(bundled_corpus_db(), args)["facets"]["location"]["values"];
}

const json* find_value(const json& values, const std::string& name) {
  for (const json& value : values) {
    if (value["value"] == name) return &value;
  }
  return nullptr;
}

TEST(LocationFacet, ACityPickedAloneIsShownAsThePlacesItMatched) {
  json values = location_facet({"Long Beach"});
  EXPECT_EQ(find_value(values, "Long Beach"), nullptr) << values.dump();
  const json* matched = find_value(values, "Long Beach, CA");
  ASSERT_NE(matched, nullptr) << values.dump();
  EXPECT_EQ((*matched)["count"], 11);
  EXPECT_EQ((*matched)["selected"], true);
  // Unticking it removes the filter as it was given.
  EXPECT_EQ((*matched)["param_value"], "location=Long Beach");
}

TEST(LocationFacet, AnExactPickAndAPlaceNoPostingHasStayAsTheyWere) {
  json values = location_facet({"Long Beach, CA", "Nowhere"});
  const json* exact = find_value(values, "Long Beach, CA");
  ASSERT_NE(exact, nullptr) << values.dump();
  EXPECT_EQ((*exact)["param_value"], "location=Long Beach, CA");
  const json* nowhere = find_value(values, "Nowhere");
  ASSERT_NE(nowhere, nullptr) << values.dump();
  EXPECT_EQ((*nowhere)["count"], 0);
  EXPECT_EQ((*nowhere)["selected"], true);
}

}  // namespace
}  // namespace jobsearch::e2e
