// folded_page.h: a page of ranked postings with re-posts folded from the
// re-post keys' columns, instead of by Xapian's collapse.
//
// Xapian's collapse reads the key's value of every candidate that could
// enter the page, a B-tree lookup (a block read, for most) each: 15% of a
// top-10's time at 200k postings. The keys are already in memory
// (KeyColumn, per revision), so the engine asks Xapian for the page's
// matches unfolded, with room for re-posts, and folds them here: each
// job's best-ranked posting stands for it, as Xapian's collapse keeps it.
#pragma once

#include <xapian.h>

#include <vector>

#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_counter.h"

namespace jobsearch {

struct FoldedPage {
  Xapian::MSet mset;                        // unfolded, ranked from the top
  std::vector<Xapian::MSetIterator> items;  // the page: [offset, offset + limit) of the jobs
  std::vector<Xapian::doccount> re_posts;   // per item: its job's other postings ranked in mset
};

// The page [offset, offset + limit) of `enquire`'s answer (its query and
// order set, no collapse key), each job's re-posts folded under its
// best-ranked posting by the keys of schema::kSlotRepostKey in `shards`
// (the local shards of enquire's database, in its order; a key is the
// value's 64 bits, repost_key's 16 hex digits). Fetches twice
// the page's depth (offset + limit: the caller bounds it), and four times
// more while re-posts leave too few jobs. Checks at least
// `check_at_least` matches.
FoldedPage folded_page(Xapian::Enquire& enquire, std::vector<FacetColumns>& shards,
                       Xapian::doccount offset, Xapian::doccount limit,
                       Xapian::doccount check_at_least, const Deadline& deadline);

}  // namespace jobsearch
