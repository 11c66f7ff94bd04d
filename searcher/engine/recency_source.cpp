#include "searcher/engine/recency_source.h"

#include <algorithm>
#include <cmath>

namespace jobsearch {

RecencySource::RecencySource(Xapian::valueno slot, std::int64_t today, double half_life_days,
                             double max_weight)
    : Xapian::ValuePostingSource(slot),
      today_(today),
      half_life_days_(half_life_days),
      max_weight_(max_weight) {}

double RecencySource::get_weight() const {
  double age =
      std::max(0.0, static_cast<double>(today_) - Xapian::sortable_unserialise(get_value()));
  return max_weight_ * std::pow(0.5, age / half_life_days_);
}

RecencySource* RecencySource::clone() const {
  return new RecencySource(get_slot(), today_, half_life_days_, max_weight_);
}

void RecencySource::init(const Xapian::Database& database) {
  Xapian::ValuePostingSource::init(database);
  set_maxweight(max_weight_);
}

}  // namespace jobsearch
