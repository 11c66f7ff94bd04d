// Tests of common/facet_table: how each term facet draws its values from a
// Posting. A new facet's row gets its case here.
#include "common/facet_table.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/facet_terms.h"

namespace jobsearch {
namespace {

using Values = std::vector<std::string>;

Posting sample() {
  Posting p;
  p.company = "Acme";
  p.locations = {{"Austin", "TX", "US", "78701", std::nullopt, std::nullopt},
                 {"London", "", "GB", "", std::nullopt, std::nullopt}};
  p.remote = true;
  p.employment_types = {"FULL_TIME", "CONTRACTOR"};
  p.education = {"bachelor degree"};
  p.industries = {"Software"};
  p.salary = Salary{100, 200, "USD", "HOUR", std::nullopt, std::nullopt};
  return p;
}

TEST(FacetTable, EachFacetDrawsItsValuesFromAPosting) {
  struct Case {
    const schema::Facet& facet;
    Values values;
  };
  const Case cases[] = {
      {schema::kLocationFacet, {"Austin, TX", "London, GB"}},
      {schema::kEmploymentFacet, {"FULL_TIME", "CONTRACTOR"}},
      {schema::kRemoteFacet, {"remote"}},
      {schema::kEducationFacet, {"bachelor degree"}},
      {schema::kCompanyFacet, {"Acme"}},
      {schema::kIndustryFacet, {"Software"}},
      {schema::kRegionFacet, {"TX, US", ""}},
      {schema::kCountryFacet, {"US", "GB"}},
      {schema::kCurrencyFacet, {"USD"}},
  };
  ASSERT_EQ(std::size(cases), std::size(schema::kFacets)) << "a facet without its case here";
  const Posting posting = sample();
  for (const Case& c : cases) EXPECT_EQ(c.facet.values(posting), c.values) << c.facet.name;
}

TEST(FacetTable, APostingWithoutTheFieldHasNoValue) {
  Posting bare;
  EXPECT_EQ(schema::kCurrencyFacet.values(bare), Values{});
  EXPECT_EQ(schema::kLocationFacet.values(bare), Values{});
  EXPECT_EQ(schema::kRemoteFacet.values(bare), Values{"on-site"});
  EXPECT_EQ(schema::kCompanyFacet.values(bare), Values{""});  // left out when stored
}

// A place is found by every name it goes by, not only the one shown.
TEST(FacetTable, PlacesAreFilteredByEveryName) {
  Posting posting = sample();
  Values keys = schema::kLocationFacet.filter_keys(posting);
  for (const char* key : {"austin", "austin,tx", "tx", "78701", "london", "london,gb", "gb"}) {
    EXPECT_NE(std::find(keys.begin(), keys.end(), key), keys.end()) << key;
  }
  for (const schema::Facet& facet : schema::kFacets) {
    bool place = std::string(facet.name) == "location";
    EXPECT_EQ(facet.filter_keys != nullptr, place) << facet.name;
  }
}

TEST(FacetTable, EveryFacetHasAPageTitleAndFacetsWithAnOptionHaveHelp) {
  for (const schema::Facet& facet : schema::kFacets) {
    EXPECT_NE(std::string(facet.label), "") << facet.name;
    EXPECT_EQ(facet.option != nullptr, facet.help != nullptr) << facet.name;
    EXPECT_EQ(find_facet(facet.name), &facet) << facet.name;
  }
  for (const schema::RangeFacet& facet : schema::kRangeFacets) {
    EXPECT_NE(std::string(facet.label), "") << facet.name;
    EXPECT_EQ(find_facet(facet.name), nullptr) << facet.name;
  }
}

}  // namespace
}  // namespace jobsearch
