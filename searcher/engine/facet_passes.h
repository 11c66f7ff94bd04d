// facet_passes.h: exact facet counts with multi-select semantics.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_counter.h"
#include "searcher/engine/facet_spellings.h"
#include "searcher/engine/filters.h"
#include "searcher/engine/range_facets.h"
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
// The text is matched once per shard (`shards`: every shard of the
// database searched), the filters come from each shard's MatchSetCache,
// and the counts are summed. Throws SearchTimeout when
// `deadline` expires first: counts over part of the matches would be
// wrong, not approximate.
FacetResult count_facets(std::vector<FacetColumns>& shards, const Xapian::Query& text,
                         const Filters& filters, const SearchRequest& request, std::int64_t today,
                         const Deadline& deadline = {});

// What one pass over the matches of a query counted (summed over shards).
struct PassCounts {
  std::vector<SpellingCounts> terms;  // per term slot: value -> count (and term)
  // Per term slot, its values already merged (FacetCounter::merged) when
  // one shard counted them; `terms` then holds nothing for it.
  std::vector<std::optional<std::vector<MergedValue>>> merged;
  std::vector<FacetCounts> ranges;  // per range facet: buckets
  std::uint64_t matches = 0;        // documents matched
};

// Counts, over every match of `text` (MatchAll when empty) restricted by
// `filter` (none when empty), the values of each slot of `term_slots` (a
// multi-valued slot's values each counted) and the buckets of each of
// `ranges`, into `counts` (sized for them). Throws SearchTimeout when the
// request's deadline expires first.
using PassCounter =
    std::function<void(const Xapian::Query& text, const Xapian::Query& filter,
                       const std::vector<Xapian::valueno>& term_slots,
                       const std::vector<RangeBuckets>& ranges, PassCounts& counts)>;

// As count_facets, each pass counted by `counter` (for shards that are
// not local: see remote_facets.h).
FacetResult count_facets_by(const PassCounter& counter, const Xapian::Query& text,
                            const Filters& filters, const SearchRequest& request,
                            std::int64_t today);

// `query` (MatchAll when empty) restricted by `filter` (none when empty).
Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter);

}  // namespace jobsearch
