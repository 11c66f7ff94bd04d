// kept_sets.h: the ranked match answered in part from the sets that
// counting facets keeps (query_set.h, match_set_cache.h).
//
// Two parts of a query cost Xapian far more than their terms:
// - a phrase (or NEAR), checked by reading the positions of its words in
//   every posting that holds them all: at a million postings "software
//   engineer" took 42 ms for a top-10 and 128 ms with facets;
// - a filter that is not a term, such as hiding expired postings (a value
//   range read posting by posting): "nurse" at 200,000 postings took
//   7.8 ms with it and 2.4 ms without.
// Counting facets keeps the set of each (one bit per posting). Xapian
// weighs a phrase as the AND of its parts and a filter not at all, so a
// kept phrase is matched as its set weighed by that AND, and a kept filter
// as its set: the same postings with the same scores, and neither
// positions nor values read.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_counter.h"

namespace jobsearch {

// `query` with the phrases and NEARs whose set every shard of `shards`
// keeps replaced by those sets, weighed as the AND of their parts, and,
// with `filters`, likewise the parts of its filters (OP_FILTER's right
// side) that are not single terms. A phrase's set tells Xapian the
// phrase's own estimate, so the matcher's estimate of the total stays as
// it was whether or not the set was kept; a filter's set tells its size,
// exact where Xapian guesses a value range's from its bounds, so keep
// them first (keep_filter_sets) for estimates that do not depend on what
// was asked before. Sets are read with MatchSetCache::find:
// nothing is matched here. Only the plain combinations (AND, OR, AND_NOT, AND_MAYBE,
// FILTER, XOR) are looked into; a part under anything else, or whose set
// a shard lacks, stays as it is. `shards` must be the very revisions the
// query will run on (see same_revisions), each told apart by its UUID.
Xapian::Query with_kept_sets(const Xapian::Query& query, std::vector<FacetColumns>& shards,
                             bool filters);

// A weightless query matching, in each shard, the set of `sets` under its
// UUID, with that set's estimate (a shard without one is an error when
// the query runs); `what` names it in the query's description.
Xapian::Query sets_query(std::map<std::string, KeptSet> sets, const std::string& what);

// Keeps, in each shard's cache, the set of every part of `filter` (an AND
// of filters) that is not a single term, matching those it lacks: so that
// with_kept_sets takes them from there, whatever was asked before. Throws SearchTimeout when
// `deadline` expires first.
void keep_filter_sets(std::vector<FacetColumns>& shards, const Xapian::Query& filter,
                      const Deadline& deadline);

// Keeps, in each shard's cache, the set of every phrase of `query` that
// its position records check (phrase_check.h), matching those it lacks:
// a ranked match cannot put off checking a record as Xapian puts off
// reading positions (until a posting would enter the page), so the check
// of every candidate is paid once per revision, not at every request.
// Throws SearchTimeout when `deadline` expires first.
void keep_phrase_sets(std::vector<FacetColumns>& shards, const Xapian::Query& query,
                      const Deadline& deadline);

// Whether `searched` and `counted` are the same local shards at the same
// revisions, each with a UUID of its own: what with_kept_sets needs of
// the sets of `counted` to answer for `searched`.
bool same_revisions(const std::vector<Xapian::Database>& searched,
                    const std::vector<Xapian::Database>& counted);

}  // namespace jobsearch
