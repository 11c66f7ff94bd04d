// interval_column.h: the interval of a range facet's bounds that each
// document's number falls in, worked out once per revision and bounds.
//
// Counting a range facet over a set of matches placed each document's
// number among the bounds (salary has 10, posted 6): a third of the
// search page's facet CPU. The bounds are the same from one request to
// the next (posted's move once a day), so each document's interval is
// kept as a byte and counting is an increment per document, as for a
// term facet's column.
#pragma once

#include <cstdint>
#include <vector>

#include "searcher/engine/doc_set.h"
#include "searcher/engine/facet_column.h"
#include "searcher/engine/range_facets.h"

namespace jobsearch {

class IntervalColumn {
 public:
  // Each document's interval of `intervals` (fewer than 255) by its
  // number in `numbers`. Throws std::length_error for more intervals.
  IntervalColumn(const NumberColumn& numbers, const RangeIntervals& intervals);

  // Adds one to counts[i] for each document of `set` whose number is in
  // interval i, and to counts[intervals.size()] for each without one;
  // `counts` is intervals.size() + 1 long.
  void count(const DocSet& set, std::vector<std::uint64_t>& counts) const;

 private:
  std::uint8_t missing_;                 // the interval index standing for no number
  std::vector<std::uint8_t> intervals_;  // by docid
};

}  // namespace jobsearch
