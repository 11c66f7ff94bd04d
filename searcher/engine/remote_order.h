// remote_order.h: browsing order by a value, then posting id, over remote
// shards.
//
// Xapian's remote backend cannot run the key makers that put the posting
// id in the sort key (sort_keys.h): it sorts by one value, and postings
// with the same value (posted the same day) by document number, which
// differs between one database and its shards. So the engine fetches the
// page and every posting tied with its last one from the top, and orders
// each run of equal values by posting id here: the page one database
// would show.
#pragma once

#include <xapian.h>

#include <vector>

namespace jobsearch {

// The page [offset, offset + limit) of `enquire`'s answer (sorted by a
// value: set_sort_by_value_then_relevance), with equal sort keys in
// posting id order, as positions into the returned `mset` (fetched from
// rank 0, checking at least `check_at_least`).
struct RemotePage {
  Xapian::MSet mset;
  std::vector<Xapian::MSetIterator> items;
};
RemotePage page_by_value_then_id(Xapian::Enquire& enquire, Xapian::doccount offset,
                                 Xapian::doccount limit, Xapian::doccount check_at_least);

}  // namespace jobsearch
