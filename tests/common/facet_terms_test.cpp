// Tests of common/facet_terms: facet values <-> filter terms.
#include "common/facet_terms.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/place_names.h"

namespace jobsearch {
namespace {

TEST(FacetTerms, ValuesAreNormalisedLikeTheIndexedOnes) {
  struct Case {
    const schema::Facet& facet;
    const char* value;
    const char* term;
  };
  const Case cases[] = {
      {schema::kEmploymentFacet, "Full-time", "XETFULL_TIME"},
      {schema::kEmploymentFacet, "FULL_TIME", "XETFULL_TIME"},
      {schema::kEducationFacet, "Bachelor's degree", "XEDbachelor degree"},
      {schema::kLocationFacet, "Austin, TX", "XPLaustin,tx"},
      {schema::kLocationFacet, "  austin ,tx ", "XPLaustin,tx"},
      {schema::kCountryFacet, "United Kingdom", "XCYgb"},
      {schema::kCompanyFacet, "Johnson & Johnson", "XCOjohnson johnson"},
      {schema::kRemoteFacet, "remote", "XRMremote"},
  };
  for (const Case& c : cases) EXPECT_EQ(facet_term(c.facet, c.value), c.term) << c.value;
}

TEST(FacetTerms, EmptyValueHasNoTerm) { EXPECT_EQ(facet_term(schema::kLocationFacet, "  "), ""); }

TEST(FacetTerms, OverlongTermsAreCutWithinXapiansLimitOnACharacterBoundary) {
  EXPECT_EQ(filter_term("XCO", std::string(300, 'a')),
            "XCO" + std::string(schema::kMaxTermLength - 3, 'a'));
  // U+00E9 is two bytes; 237 of them would end mid-character at byte 240.
  std::string accented;
  for (int i = 0; i < 150; ++i) accented += "\xc3\xa9";
  std::string term = filter_term("XCO", accented);
  EXPECT_EQ(term.size(), schema::kMaxTermLength - 1);
  EXPECT_EQ(term.back(), '\xa9');
  EXPECT_EQ(facet_term(schema::kCompanyFacet, std::string(300, 'A')),
            filter_term("XCO", std::string(300, 'a')));
}

TEST(FacetTerms, FacetsAreFoundByName) {
  EXPECT_EQ(find_facet("employment_type"), &schema::kFacets[0]);
  EXPECT_EQ(find_facet("salary"), nullptr);
}

TEST(FacetTerms, PlaceDisplayNamePrefersRegionThenCountry) {
  EXPECT_EQ(place_display_name({"Austin", "TX", "US", "78701", {}, {}}), "Austin, TX");
  EXPECT_EQ(place_display_name({"London", "", "GB", "", {}, {}}), "London, GB");
  EXPECT_EQ(place_display_name({"", "", "DE", "", {}, {}}), "DE");
  EXPECT_EQ(place_display_name({}), "");
}

TEST(FacetTerms, EveryNameOfAPlaceIsAFilterKey) {
  Location austin{"Austin", "TX", "US", "78701", 30.27, -97.74};
  std::vector<std::string> expected = {"austin", "austin,tx", "austin,us", "austin,tx,us",
                                       "tx",     "tx,us",     "us",        "78701"};
  EXPECT_EQ(place_filter_keys(austin), expected);
}

TEST(FacetTerms, DisplayedPlaceIsAlwaysAFilterKey) {
  for (const Location& place :
       {Location{"London", "", "GB", "", {}, {}}, Location{"Austin", "TX", "US", "", {}, {}},
        Location{"", "Bavaria", "DE", "", {}, {}}}) {
    std::vector<std::string> keys = place_filter_keys(place);
    std::string displayed = place_key(place_display_name(place));
    EXPECT_NE(std::find(keys.begin(), keys.end(), displayed), keys.end()) << displayed;
  }
}

}  // namespace
}  // namespace jobsearch
