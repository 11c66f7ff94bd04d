#include "common/facet_table.h"

#include <algorithm>

#include "common/facet_terms.h"

namespace jobsearch::schema {
namespace {

constexpr bool same(const char* a, const char* b) {
  while (*a != '\0' && *a == *b) ++a, ++b;
  return *a == *b;
}

// Two facets sharing a name, a slot or a prefix would mix their values
// without a word: a row added by copying another must fail to compile.
constexpr bool rows_distinct() {
  for (std::size_t i = 0; i < std::size(kFacets); ++i) {
    for (std::size_t j = i + 1; j < std::size(kFacets); ++j) {
      if (same(kFacets[i].name, kFacets[j].name) || kFacets[i].slot == kFacets[j].slot ||
          same(kFacets[i].filter_prefix, kFacets[j].filter_prefix))
        return false;
    }
    for (const RangeFacet& range : kRangeFacets) {
      if (same(kFacets[i].name, range.name)) return false;
    }
  }
  return true;
}
static_assert(rows_distinct(), "two facets share a name, a slot or a filter prefix");

// "TX, US": a region is named with its country, as "Georgia" or "CA" alone
// would mix places of different countries.
std::string region_name(const Location& location) {
  if (location.region.empty()) return {};
  return location.country.empty() ? location.region : location.region + ", " + location.country;
}

}  // namespace

std::vector<std::string> place_names(const Posting& posting) {
  std::vector<std::string> names;
  for (const Location& location : posting.locations) names.push_back(place_display_name(location));
  return names;
}

std::vector<std::string> place_keys(const Posting& posting) {
  std::vector<std::string> keys;
  for (const Location& location : posting.locations) {
    for (std::string& key : place_filter_keys(location)) keys.push_back(std::move(key));
  }
  return keys;
}

std::vector<std::string> region_names(const Posting& posting) {
  std::vector<std::string> names;
  for (const Location& location : posting.locations) names.push_back(region_name(location));
  return names;
}

std::vector<std::string> country_codes(const Posting& posting) {
  std::vector<std::string> codes;
  auto add = [&codes](const std::string& code) {
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  };
  for (const Location& location : posting.locations) add(location.country);
  for (const std::string& code : posting.applicant_countries) add(code);
  return codes;
}

}  // namespace jobsearch::schema
