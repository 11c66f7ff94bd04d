// phrase_sets.h: the phrases of a ranked match answered from kept sets.
//
// Xapian checks a phrase by reading the positions of its words in every
// posting that holds them all: at a million postings "software engineer"
// took 42 ms for a top-10 and 128 ms with facets, the slowest of the
// benchmark's queries. Counting facets keeps each phrase's set of matches
// (query_set.h), and Xapian weighs a phrase as the AND of its parts, so a
// phrase whose set is kept is matched here as that AND filtered by the
// set: the same postings with the same scores, and no position read.
#pragma once

#include <xapian.h>

#include <vector>

#include "searcher/engine/facet_counter.h"

namespace jobsearch {

// `query` with each phrase and NEAR whose set every shard of `shards`
// keeps (their MatchSetCache, read with find(): nothing is matched here)
// replaced by those sets, weighed as the AND of its parts. Only the
// plain combinations (AND, OR, AND_NOT, AND_MAYBE, FILTER, XOR) are
// looked into; a phrase under anything else, or whose set a shard lacks,
// stays as it is. `shards` must be the very revisions the query will
// run on (see same_revisions), each told apart by its UUID.
Xapian::Query with_kept_phrases(const Xapian::Query& query, std::vector<FacetColumns>& shards);

// Whether `searched` and `counted` are the same local shards at the same
// revisions, each with a UUID of its own: what with_kept_phrases needs of
// the sets of `counted` to answer for `searched`.
bool same_revisions(const std::vector<Xapian::Database>& searched,
                    const std::vector<Xapian::Database>& counted);

}  // namespace jobsearch
