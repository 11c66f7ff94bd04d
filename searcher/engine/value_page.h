// value_page.h: the postings that can be on a page ordered by a value
// (newest first, best paid first, browsing), found from the request's
// match set and the value's column.
//
// Sorting by a value makes Xapian's matcher make the sort key of every
// match, reading its value (MultiValueKeyMaker): browsing a million
// postings took 53 ms of CPU per request, 54% of it making keys. When a
// request counts facets its matches are known as sets (query_set.h), and
// the value's column (NumberColumn) tells which of them can be on the
// page: those whose value is at least the page's last one. The ranked
// match is asked for those alone, in the same order, so that ties (by
// relevance, by posting id), scores, snippets and collapsed re-posts come
// out as before. A re-post's whole group is brought along (KeyColumn), so
// that Xapian keeps the same posting of it and counts the others.
#pragma once

#include <xapian.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_counter.h"

namespace jobsearch {

// What a page ordered by a value asks.
struct ValuePage {
  Xapian::valueno slot;                          // highest value first; postings without one last
  std::optional<Xapian::valueno> collapse_slot;  // postings sharing its value count once
  Xapian::doccount last;                         // offset + limit
};

// A weightless query matching, of the postings that `text` (empty: every
// posting) matches within `filter` (an AND of filters, empty for none),
// those that can be on `page`, and the postings collapsed with them; the
// query ANDed with them gives the page that the full match gives. Nothing
// when all can be (the page reaches the last match, or no more than
// `page.last` hold a value). Throws
// SearchTimeout when `deadline` expires first.
std::optional<Xapian::Query> value_page_candidates(std::vector<FacetColumns>& shards,
                                                   const Xapian::Query& text,
                                                   const Xapian::Query& filter,
                                                   const ValuePage& page, const Deadline& deadline);

}  // namespace jobsearch
