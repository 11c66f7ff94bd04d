// Tests of searcher/engine/facet_listing and facet_spellings: counted
// values merged by term, the top listed in order, picks wherever they rank.
#include "searcher/engine/facet_listing.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "common/facet_terms.h"
#include "searcher/engine/facet_spellings.h"

namespace jobsearch {
namespace {

// `values` (spelling, postings) of facet `name`, each with its term.
SpellingCounts counted(const std::string& name,
                       const std::vector<std::pair<std::string, std::uint64_t>>& values) {
  SpellingCounts counts;
  for (const auto& [spelling, count] : values)
    counts[spelling] = {count, facet_term(*find_facet(name), spelling)};
  return counts;
}

// What a listing shows: (value, count, selected) in order.
using Shown = std::vector<std::tuple<std::string, std::uint64_t, bool>>;
Shown shown(const FacetCounts& facet) {
  Shown out;
  for (const FacetValue& value : facet.values)
    out.emplace_back(value.value, value.count, value.selected);
  return out;
}

std::uint64_t no_pick_count(const std::string&) { return 0; }

TEST(FacetListing, SpellingsOfOnePlaceAreListedOnceUnderTheCommonerSpelling) {
  const SpellingCounts counts = counted("location", {{"Pune, Mahārāshtra", 1},
                                                     {"Pune, Maharashtra", 2},
                                                     {"Austin, TX", 3},
                                                     {"Pune, MAHARASHTRA", 2}});
  const FacetCounts facet =
      with_selected("location", merge_spellings(counts), 10, {}, no_pick_count);
  // The spelling most postings use, ties to the smaller string; counts add up.
  EXPECT_EQ(shown(facet), (Shown{{"Pune, MAHARASHTRA", 5, false}, {"Austin, TX", 3, false}}));
}

// 1,000 companies, "Company 0" with 1,000 postings down to "Company 999"
// with 1: the top three in order, the rest summed, exactly.
SpellingCounts thousand_companies() {
  std::vector<std::pair<std::string, std::uint64_t>> values;
  for (int i = 0; i < 1000; ++i) values.emplace_back("Company " + std::to_string(i), 1000 - i);
  values.emplace_back("Also 1000", 1000);  // ties Company 0: listed first, by value
  return counted("company", values);
}

TEST(FacetListing, OnlyTheTopIsListedInOrderAndTheRestIsSummed) {
  const FacetCounts facet =
      with_selected("company", merge_spellings(thousand_companies()), 3, {}, no_pick_count);
  EXPECT_EQ(
      shown(facet),
      (Shown{{"Also 1000", 1000, false}, {"Company 0", 1000, false}, {"Company 1", 999, false}}));
  EXPECT_EQ(facet.other_values, 998u);
  EXPECT_EQ(facet.other_count, 1000u * 1001u / 2u - 1000u - 999u);  // Company 2..999
  EXPECT_EQ(facet.values[2].select.value, "company=Company 1");
}

TEST(FacetListing, PicksBelowTheTopFollowItInRankOrderAndAnUnknownPickComesLast) {
  const std::vector<std::string> picked = {"company 700", "Nobody Inc", "COMPANY 20",
                                           "Company 998", "Company 5",  "company 350"};
  const FacetCounts facet =
      with_selected("company", merge_spellings(thousand_companies()), 2, picked,
                    [](const std::string& pick) { return pick == "Nobody Inc" ? 7u : 0u; });
  EXPECT_EQ(shown(facet), (Shown{{"Also 1000", 1000, false},
                                 {"Company 0", 1000, false},
                                 {"Company 5", 995, true},
                                 {"Company 20", 980, true},
                                 {"Company 350", 650, true},
                                 {"Company 700", 300, true},
                                 {"Company 998", 2, true},
                                 {"Nobody Inc", 7, true}}));
  EXPECT_EQ(facet.other_values, 994u);
  EXPECT_EQ(facet.other_count, 1000u * 1001u / 2u - 1000u - 995u - 980u - 650u - 300u - 2u);
}

TEST(FacetListing, ACityPickedAloneSelectsThePlacesItMatchedWhereverTheyRank) {
  const SpellingCounts counts =
      counted("location",
              {{"Austin, TX", 9}, {"Dallas, TX", 8}, {"San Francisco, CA", 2}, {"Reno, NV", 1}});
  const FacetCounts facet =
      with_selected("location", merge_spellings(counts), 1, {"San Francisco"}, no_pick_count);
  EXPECT_EQ(shown(facet), (Shown{{"Austin, TX", 9, false}, {"San Francisco, CA", 2, true}}));
  EXPECT_EQ(facet.values[1].select.value, "location=San Francisco");
  EXPECT_EQ(facet.other_values, 2u);
  EXPECT_EQ(facet.other_count, 9u);
}

}  // namespace
}  // namespace jobsearch
