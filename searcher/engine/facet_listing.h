// facet_listing.h: a term facet's counted values as a request lists them.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "searcher/engine/facet_spellings.h"
#include "searcher/engine/search_response.h"

namespace jobsearch {

// Postings of one picked value that no counted value stands for.
using PickCounter = std::function<std::uint64_t(const std::string& picked)>;

// The top `limit` of `values` (facet `name`'s, spellings merged), most
// frequent first (ties by value), plus every value `picked` selects
// wherever it ranks; the rest summed as "other". A place picked by its
// city alone is shown as the places it matched ("San Francisco" as "San
// Francisco, CA"), selected by the pick itself; a pick no value stands
// for ("India", "Texas", a place no posting has) is listed last with the
// postings `count_pick` gives. Only the top is sorted: a facet of
// companies or places can have tens of thousands of values over a query.
FacetCounts with_selected(const std::string& name, std::vector<MergedValue> values, unsigned limit,
                          const std::vector<std::string>& picked, const PickCounter& count_pick);

}  // namespace jobsearch
