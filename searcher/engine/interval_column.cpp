#include "searcher/engine/interval_column.h"

#include <stdexcept>

#include "searcher/engine/striped_counts.h"

namespace jobsearch {

IntervalColumn::IntervalColumn(const NumberColumn& numbers, const RangeIntervals& intervals)
    : missing_(static_cast<std::uint8_t>(intervals.size())), intervals_(numbers.size(), missing_) {
  if (intervals.size() >= 255) throw std::length_error("a range facet with over 254 intervals");
  for (Xapian::docid docid = 0; docid < intervals_.size(); ++docid) {
    if (numbers.has(docid))
      intervals_[docid] = static_cast<std::uint8_t>(intervals.of(numbers.at(docid)));
  }
}

void IntervalColumn::count(const DocSet& set, std::vector<std::uint64_t>& counts) const {
  const std::uint8_t* intervals = intervals_.data();
  const std::size_t size = intervals_.size();
  count_striped(
      set, std::size_t{missing_} + 1,
      [&](Xapian::docid docid) -> std::size_t {
        return docid < size ? intervals[docid] : missing_;
      },
      counts);
}

}  // namespace jobsearch
