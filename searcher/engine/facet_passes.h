// facet_passes.h: exact facet counts with multi-select semantics.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <vector>

#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_counter.h"
#include "searcher/engine/filters.h"
#include "searcher/engine/search_request.h"
#include "searcher/engine/search_response.h"

namespace jobsearch {

struct FacetResult {
  std::vector<FacetCounts> facets;  // in the order of request.facets
  std::uint64_t total = 0;          // postings matching the query and every filter
};

// Counts request.facets over every posting that matches `text` (an empty
// query: all postings) and the filters, in unweighted passes over all
// matches. A facet whose own dimension is filtered is counted without
// that filter (so the other values stay visible), and the values picked
// are always listed, even with a count of 0. Re-posts are each counted.
// Each pass runs shard by shard (`shards`: every shard of the database
// searched), and the counts are summed. Throws SearchTimeout when
// `deadline` expires first: counts over part of the matches would be
// wrong, not approximate.
FacetResult count_facets(std::vector<FacetColumns>& shards, const Xapian::Query& text,
                         const Filters& filters, const SearchRequest& request, std::int64_t today,
                         const Deadline& deadline = {});

// `query` (MatchAll when empty) restricted by `filter` (none when empty).
Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter);

}  // namespace jobsearch
