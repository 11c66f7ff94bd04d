#include "facet_counter.h"

#include <algorithm>

#include "schema.h"

namespace jobsearch {

FacetCounter::FacetCounter(std::vector<Xapian::valueno> slots)
    : slots_(std::move(slots)), counts_(slots_.size()) {}

void FacetCounter::operator()(const Xapian::Document& document, double) {
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    const std::string joined = document.get_value(slots_[i]);
    std::size_t start = 0;
    while (start < joined.size()) {
      std::size_t end = joined.find(schema::kValueSeparator, start);
      if (end == std::string::npos) end = joined.size();
      // The indexer writes each value of a document once, so no de-duplication here.
      ++counts_[i][joined.substr(start, end - start)];
      start = end + 1;
    }
  }
}

FacetCounts FacetCounter::top_values(Xapian::valueno slot, const std::string& name,
                                     unsigned limit) const {
  FacetCounts result;
  result.name = name;
  auto it = std::find(slots_.begin(), slots_.end(), slot);
  if (it == slots_.end()) return result;
  const auto& counts = counts_[it - slots_.begin()];
  std::vector<FacetValue> values;
  values.reserve(counts.size());
  for (const auto& [value, count] : counts) values.push_back({value, count});
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i < limit) {
      result.values.push_back(values[i]);
    } else {
      result.other_count += values[i].count;
      ++result.other_values;
    }
  }
  return result;
}

}  // namespace jobsearch
