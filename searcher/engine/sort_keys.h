// sort_keys.h: the keys of the sort orders other than relevance.
//
// Ties are broken by posting id, never by document number, so that one
// database, its shards and its compacted copy (which number documents
// differently) list postings in the same order.
#pragma once

#include <xapian.h>

namespace jobsearch {

// By the value in `slot`, largest first, then by posting id. The caller
// owns the result (release() it into Enquire).
Xapian::KeyMaker* by_value_then_id(Xapian::valueno slot);

// By the distance from `centre` to the posting's nearest location (those
// without coordinates last), then by posting id.
Xapian::KeyMaker* by_distance_then_id(const Xapian::LatLongCoord& centre);

}  // namespace jobsearch
