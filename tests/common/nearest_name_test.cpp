#include "common/nearest_name.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
  struct Case {
    const char* a;
    const char* b;
    std::size_t distance;
  };
  for (const Case& c :
       {Case{"", "", 0}, Case{"facet", "facets", 1}, Case{"prot", "port", 2},
        Case{"limt", "limit", 1}, Case{"kitten", "sitting", 3}, Case{"", "db", 2}}) {
    EXPECT_EQ(edit_distance(c.a, c.b), c.distance) << c.a << " " << c.b;
    EXPECT_EQ(edit_distance(c.b, c.a), c.distance) << c.b << " " << c.a;
  }
}

TEST(NearestName, SuggestsOnlyANearOne) {
  const std::vector<std::string> known = {"db", "facets", "format", "port", "limit"};
  EXPECT_EQ(nearest_name("facet", known), "facets");
  EXPECT_EQ(nearest_name("prot", known), "port");
  EXPECT_EQ(nearest_name("fromat", known), "format");
  EXPECT_EQ(nearest_name("zzzzzzzzzz", known), "");
  EXPECT_EQ(nearest_name("anything", {}), "");
}

}  // namespace
}  // namespace jobsearch
