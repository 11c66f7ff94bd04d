#include "searcher/engine/facet_counter.h"

namespace jobsearch {

FacetCounter::FacetCounter(std::vector<const FacetColumn*> columns) : columns_(std::move(columns)) {
  for (const FacetColumn* column : columns_) counts_.emplace_back(column->value_count(), 0);
}

void FacetCounter::count(Xapian::docid docid) {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    const FacetColumn& column = *columns_[i];
    // The engine never reopens its database, so this holds; checked for safety's sake.
    if (!column.covers(docid)) continue;
    std::vector<std::uint64_t>& counts = counts_[i];
    for (const std::uint32_t* ordinal = column.begin(docid); ordinal != column.end(docid);
         ++ordinal) {
      ++counts[*ordinal];
    }
  }
}

void FacetCounter::count(const DocSet& set) {
  for (std::size_t i = 0; i < columns_.size(); ++i) columns_[i]->count(set, counts_[i]);
}

void FacetCounter::add_counts(std::size_t index, SpellingCounts& totals) const {
  const std::vector<std::uint64_t>& counts = counts_[index];
  const FacetColumn& column = *columns_[index];
  for (std::uint32_t ordinal = 0; ordinal < counts.size(); ++ordinal) {
    if (counts[ordinal] == 0) continue;
    auto [it, added] = totals.try_emplace(column.value(ordinal));
    if (added) it->second.term = column.term(ordinal);
    it->second.count += counts[ordinal];
  }
}

}  // namespace jobsearch
