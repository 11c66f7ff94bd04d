// facet_sets.h: facet passes over local shards, counted from match sets.
//
// A pass used to be one Xapian match of the text and its filters, with a
// spy per document: the text query was matched again for every pass
// (one per multi-select dimension, one per value picked) and every filter
// with it. Here the text is matched once per request, the filters come
// from each shard's MatchSetCache, and a pass is the AND of those sets,
// its columns read over the ids it holds, as Lucene counts doc values
// over a bitset. The counts are the same: a posting matches a pass
// exactly when it matches the text and every filter of the pass.
#pragma once

#include <xapian.h>

#include <memory>
#include <vector>

#include "searcher/engine/deadline.h"
#include "searcher/engine/doc_set.h"
#include "searcher/engine/facet_counter.h"
#include "searcher/engine/facet_passes.h"

namespace jobsearch {

class SetPassCounter {
 public:
  // Counts over `shards` (local, held for the counter's life), keeping
  // to `deadline` (SearchTimeout when it expires first).
  SetPassCounter(std::vector<FacetColumns>& shards, const Deadline& deadline)
      : shards_(shards), deadline_(deadline) {}

  // Matches `text` (empty: every posting) once per shard, within the
  // union of `filters` (each an AND of filters, empty for none): every
  // later pass's filter must be one of them, or narrower. Must come
  // before the first pass.
  void prepare(const Xapian::Query& text, const std::vector<Xapian::Query>& filters);

  // A PassCounter (facet_passes.h) for the `text` given to prepare().
  void operator()(const Xapian::Query& text, const Xapian::Query& filter,
                  const std::vector<Xapian::valueno>& term_slots,
                  const std::vector<RangeBuckets>& ranges, PassCounts& counts);

 private:
  // The AND of `filter`'s parts in shard `s`, or nullptr for no filter.
  std::unique_ptr<DocSet> filter_set(std::size_t s, const Xapian::Query& filter);
  // The union of `filters`' sets in shard `s`, or nullptr when one has none.
  std::unique_ptr<DocSet> union_set(std::size_t s, const std::vector<Xapian::Query>& filters);

  std::vector<FacetColumns>& shards_;
  Deadline deadline_;
  std::vector<std::shared_ptr<const DocSet>> text_sets_;  // per shard: text within the filters
};

}  // namespace jobsearch
