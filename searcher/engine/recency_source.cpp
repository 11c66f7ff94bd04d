#include "searcher/engine/recency_source.h"

#include <algorithm>
#include <cmath>

#include "searcher/engine/search_error.h"

namespace jobsearch {

namespace {

// Days a recency map may cover: a map entry is sent to each remote shard
// with every query.
constexpr double kMaxMappedDays = 100000;

}  // namespace

double recency_weight(std::int64_t today, double day, double half_life_days, double max_weight) {
  double age = std::max(0.0, static_cast<double>(today) - day);
  return max_weight * std::pow(0.5, age / half_life_days);
}

Xapian::Query recency_map_query(const Xapian::Database& database, Xapian::valueno slot,
                                std::int64_t today, double half_life_days, double max_weight) {
  const std::string lower = database.get_value_lower_bound(slot);
  const std::string upper = database.get_value_upper_bound(slot);
  auto* source = new Xapian::ValueMapPostingSource(slot);
  if (!lower.empty() && !upper.empty()) {
    const double first = std::floor(Xapian::sortable_unserialise(lower));
    const double last = std::ceil(Xapian::sortable_unserialise(upper));
    if (last - first > kMaxMappedDays) {
      delete source;
      throw SearchError("the recency boost cannot run over remote shards: posting dates span " +
                        std::to_string(static_cast<long long>(last - first)) + " days");
    }
    for (double day = first; day <= last; ++day) {
      source->add_mapping(Xapian::sortable_serialise(day),
                          recency_weight(today, day, half_life_days, max_weight));
    }
  }
  return Xapian::Query(source->release());
}

}  // namespace jobsearch
