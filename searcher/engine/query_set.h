// query_set.h: the documents a query matches, worked out from sets.
//
// A text query's matches, found by Xapian's matcher with a spy on each
// match, cost as much again as ranking them. Its boolean shape says the
// same thing from sets: an AND of ORs of terms (stems, synonyms), its
// boosts (AND_MAYBE's right side, SCALE_WEIGHT) matching nothing of their
// own. So each term's posting list is read into a set and the sets are
// combined; a part whose matches sets cannot tell (a phrase, NEAR, an
// elite set, a value range, a posting source) is matched by Xapian, and a
// phrase's or NEAR's set is kept with the terms' (reading positions is
// what makes a phrase slow, and the ranked match reuses it).
#pragma once

#include <xapian.h>

#include <memory>
#include <vector>

#include "searcher/engine/deadline.h"
#include "searcher/engine/doc_set.h"
#include "searcher/engine/match_set_cache.h"

namespace jobsearch {

// The documents of `database` (local) that `query` (empty: every
// document) matches: exactly match_set(database, query, deadline).
// Term, phrase and NEAR sets come from `terms` when given (kept there),
// else are read.
// Throws SearchTimeout when `deadline` expires first.
std::shared_ptr<const DocSet> query_set(const Xapian::Database& database,
                                        const Xapian::Query& query, MatchSetCache* terms,
                                        const Deadline& deadline);

// Adds the parts of `filter`, an AND of filters (an OP_FILTER's both
// sides are its parts too; an empty query has none), to `parts`: each is
// matched and kept on its own, so that the sets of one request serve the
// next, whatever else it filters by.
void add_filter_parts(const Xapian::Query& filter, std::vector<Xapian::Query>& parts);

}  // namespace jobsearch
