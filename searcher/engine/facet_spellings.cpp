#include "searcher/engine/facet_spellings.h"

#include <string_view>

namespace jobsearch {

std::vector<MergedValue> merge_spellings(const SpellingCounts& counts) {
  std::vector<MergedValue> merged;
  merged.reserve(counts.size());
  std::unordered_map<std::string_view, std::size_t> index_of;  // term (or lone value) -> merged
  std::vector<std::uint64_t> best;  // by merged index: postings of the spelling shown
  for (const auto& [spelling, counted] : counts) {
    const std::string& key = counted.term.empty() ? spelling : counted.term;
    auto [it, added] = index_of.try_emplace(key, merged.size());
    if (added) {
      merged.push_back({&spelling, 0, &counted.term});
      best.push_back(counted.count);
    }
    MergedValue& value = merged[it->second];
    std::uint64_t& shown_count = best[it->second];
    if (counted.count != shown_count ? counted.count > shown_count : spelling < *value.shown) {
      value.shown = &spelling;
      shown_count = counted.count;
    }
    value.count += counted.count;
  }
  return merged;
}

}  // namespace jobsearch
