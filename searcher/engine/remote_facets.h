// remote_facets.h: exact facet counts over shards served by xapian-tcpsrv.
//
// A remote shard runs only the match spies Xapian registers, not the
// project's FacetCounter or RangeCounter. Xapian::ValueCountMatchSpy is
// one: it counts each distinct string of a slot over the matches, each
// shard counts its own and Xapian adds them up on this side. A facet slot
// holding several values joined by schema::kValueSeparator is counted as
// one string there and split here, its count added to each part; a range
// facet's slot is counted by value and put in buckets here. The counts are
// those of FacetCounter and RangeCounter, exactly.
#pragma once

#include <xapian.h>

#include <cstdint>

#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_passes.h"
#include "searcher/engine/filters.h"
#include "searcher/engine/search_request.h"

namespace jobsearch {

// count_facets (facet_passes.h) over `database`, whatever its shards
// (slower than the in-memory columns: for databases with remote shards).
// Throws SearchTimeout when `deadline` expires first.
FacetResult count_remote_facets(Xapian::Database& database, const Xapian::Query& text,
                                const Filters& filters, const SearchRequest& request,
                                std::int64_t today, const Deadline& deadline);

}  // namespace jobsearch
