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

std::vector<MergedValue> FacetCounter::merged(std::size_t index) const {
  const std::vector<std::uint64_t>& counts = counts_[index];
  const FacetColumn& column = *columns_[index];
  constexpr std::size_t kUnlisted = SIZE_MAX;
  std::vector<std::size_t> listed_at(column.group_count(), kUnlisted);  // by group
  std::vector<std::uint64_t> shown_count;                               // by listed value
  std::vector<MergedValue> merged;
  for (std::uint32_t ordinal = 0; ordinal < counts.size(); ++ordinal) {
    const std::uint64_t count = counts[ordinal];
    if (count == 0) continue;
    std::size_t& at = listed_at[column.group(ordinal)];
    if (at == kUnlisted) {
      at = merged.size();
      merged.push_back({&column.value(ordinal), 0, &column.term(ordinal)});
      shown_count.push_back(count);
    }
    MergedValue& value = merged[at];
    // The spelling most postings use; ties: the smaller string.
    if (count != shown_count[at] ? count > shown_count[at] : column.value(ordinal) < *value.shown) {
      value.shown = &column.value(ordinal);
      shown_count[at] = count;
    }
    value.count += count;
  }
  return merged;
}

}  // namespace jobsearch
