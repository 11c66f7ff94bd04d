// sort_keys.h: the keys of the sort orders other than relevance.
//
// A search sorts by its key, then by relevance, then by posting id, never
// by document number, so that one database, its shards and its compacted
// copy (which number documents differently) list postings in the same
// order. Browsing (no query: every weight 0) puts the posting id in the
// key; a query sorts by the key alone, then by relevance, and
// order_ties_by_id puts the last ties of a page in id order.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "searcher/engine/facet_column.h"
#include "searcher/engine/search_response.h"

namespace jobsearch {

// By the value in `slot`, largest first, then by posting id. The caller
// owns the result (release() it into Enquire).
Xapian::KeyMaker* by_value_then_id(Xapian::valueno slot);

// By the distance from `centre` to the posting's nearest location (those
// without coordinates last), then by posting id.
Xapian::KeyMaker* by_distance_then_id(const Xapian::LatLongCoord& centre);

// The same orders without the posting id, for a query whose relevance
// breaks their ties.
Xapian::KeyMaker* by_value(Xapian::valueno slot);
Xapian::KeyMaker* by_distance(const Xapian::LatLongCoord& centre);

// By posting id, read from `ids` (the database's column of it), for
// relevance's ties: the same order as the value in schema::kSlotPostingId,
// without a value read per candidate. For a database of one shard only:
// over several, Xapian hands a key maker each shard's own document
// numbers, not saying whose. The column must outlive the key maker.
Xapian::KeyMaker* by_posting_id(const TextColumn& ids);

// by_value (without `then_ids`) and by_value_then_id (with the column of
// posting ids), the very same keys, made from `values`, the column of the
// value's slot, without a value read per candidate (sorting the 122,513
// postings holding "manager" by date: 11.0 ms with a read for each, 7.7
// from the columns). One shard only, as by_posting_id; the columns must
// outlive the key maker.
Xapian::KeyMaker* by_value_from(const TextColumn& values, const TextColumn* then_ids = nullptr);

// by_distance (without `then_ids`) and by_distance_then_id (with the
// column of posting ids), the same keys, from `coordinates`, the column of
// schema::kSlotCoordinates, as by_value_from.
Xapian::KeyMaker* by_distance_from(const TextColumn& coordinates,
                                   const Xapian::LatLongCoord& centre,
                                   const TextColumn* then_ids = nullptr);

// Within each run of `hits` (one page, in the matcher's order) that share
// their sort key (`keys[i]` is that of hits[i]) and their score, orders
// the hits by posting id, as Xapian would order them by document number;
// ranks follow the new order. A run that crosses a page boundary is
// ordered within each page only.
void order_ties_by_id(std::vector<SearchHit>& hits, const std::vector<std::string>& keys);

}  // namespace jobsearch
