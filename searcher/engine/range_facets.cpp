#include "searcher/engine/range_facets.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "common/facet_table.h"

namespace jobsearch {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// 60000 -> "60,000".
std::string grouped(double number) {
  std::string digits = std::to_string(static_cast<long long>(number));
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(at, ",");
  return digits;
}

std::string whole(double number) { return std::to_string(static_cast<long long>(number)); }

// "60,000+", selected by the parameter at that floor.
void at_least(const schema::RangeFacet& row, RangeBuckets& facet) {
  for (std::size_t i = 0; i < row.bound_count; ++i) {
    double floor = row.bounds[i];
    facet.buckets.push_back({grouped(floor) + "+", floor, kInfinity, whole(floor)});
  }
}

// Months cut into bands shown in years: "1-3 years", then "10+ years".
void bands(const schema::RangeFacet& row, RangeBuckets& facet) {
  for (std::size_t i = 0; i < row.bound_count; ++i) {
    double low = row.bounds[i];
    bool last = i + 1 == row.bound_count;
    double high = last ? kInfinity : row.bounds[i + 1];
    std::string label = whole(low / 12) + (last ? "+" : "-" + whole(high / 12)) + " years";
    facet.buckets.push_back({label, low, high, ""});
  }
}

// "within 7 days" of `today`, selected by the parameter at that many
// days; then "older" than the last.
void within_days(const schema::RangeFacet& row, std::int64_t today, RangeBuckets& facet) {
  for (std::size_t i = 0; i < row.bound_count; ++i) {
    double days = row.bounds[i];
    std::string label = "within " + whole(days) + (days == 1 ? " day" : " days");
    facet.buckets.push_back({label, static_cast<double>(today) - days, kInfinity, whole(days)});
  }
  if (row.bound_count > 0) {
    double oldest = static_cast<double>(today) - row.bounds[row.bound_count - 1];
    facet.buckets.push_back({"older", -kInfinity, oldest, ""});
  }
}

const schema::RangeFacet* find_row(const std::string& name) {
  for (const schema::RangeFacet& row : schema::kRangeFacets) {
    if (name == row.name) return &row;
  }
  return nullptr;
}

}  // namespace

bool is_range_facet(const std::string& name) { return find_row(name) != nullptr; }

std::optional<RangeBuckets> find_range_facet(const std::string& name, std::int64_t today) {
  const schema::RangeFacet* row = find_row(name);
  if (row == nullptr) return std::nullopt;
  RangeBuckets facet{row->name, row->slot, {}, row->missing_label, row->param ? row->param : ""};
  switch (row->kind) {
    case schema::RangeKind::kAtLeast:
      at_least(*row, facet);
      break;
    case schema::RangeKind::kBands:
      bands(*row, facet);
      break;
    case schema::RangeKind::kWithinDays:
      within_days(*row, today, facet);
      break;
  }
  return facet;
}

RangeCounter::RangeCounter(std::vector<RangeBuckets> facets) : facets_(std::move(facets)) {
  for (const RangeBuckets& facet : facets_) counts_.emplace_back(facet.buckets.size() + 1, 0);
}

void RangeCounter::operator()(const Xapian::Document& document, double) {
  for (std::size_t f = 0; f < facets_.size(); ++f) add(f, document.get_value(facets_[f].slot), 1);
}

void RangeCounter::add(std::size_t index, const std::string& value, std::uint64_t count) {
  std::vector<std::uint64_t>& counts = counts_[index];
  if (value.empty()) {
    counts.back() += count;
    return;
  }
  double number = Xapian::sortable_unserialise(value);
  for (std::size_t b = 0; b < facets_[index].buckets.size(); ++b) {
    const RangeBucket& bucket = facets_[index].buckets[b];
    if (number >= bucket.low && number < bucket.high) counts[b] += count;
  }
}

void RangeCounter::add_number(std::size_t index, double number) {
  std::vector<std::uint64_t>& counts = counts_[index];
  const std::vector<RangeBucket>& buckets = facets_[index].buckets;
  for (std::size_t b = 0; b < buckets.size(); ++b) {
    if (number >= buckets[b].low && number < buckets[b].high) ++counts[b];
  }
}

RangeIntervals::RangeIntervals(const RangeBuckets& facet) {
  for (const RangeBucket& bucket : facet.buckets) {
    buckets_.emplace_back(bucket.low, bucket.high);
    for (double bound : {bucket.low, bucket.high}) {
      if (std::isfinite(bound)) bounds_.push_back(bound);
    }
  }
  std::sort(bounds_.begin(), bounds_.end());
  bounds_.erase(std::unique(bounds_.begin(), bounds_.end()), bounds_.end());
}

std::vector<std::uint64_t> RangeIntervals::bucket_counts(
    const std::vector<std::uint64_t>& intervals, std::uint64_t missing) const {
  // Interval i is [bounds_[i - 1], bounds_[i]), unbounded at both ends:
  // each lies wholly inside a bucket or outside it.
  std::vector<std::uint64_t> counts;
  for (const auto& [bucket_low, bucket_high] : buckets_) {
    std::uint64_t count = 0;
    for (std::size_t i = 0; i < intervals.size(); ++i) {
      const double low = i == 0 ? -kInfinity : bounds_[i - 1];
      const double high = i == bounds_.size() ? kInfinity : bounds_[i];
      if (low >= bucket_low && high <= bucket_high) count += intervals[i];
    }
    counts.push_back(count);
  }
  counts.push_back(missing);
  return counts;
}

void RangeCounter::add_counts(std::size_t index, const std::vector<std::uint64_t>& counts) {
  for (std::size_t b = 0; b < counts.size() && b < counts_[index].size(); ++b)
    counts_[index][b] += counts[b];
}

FacetCounts RangeCounter::counts(std::size_t index) const {
  const RangeBuckets& facet = facets_[index];
  FacetCounts result;
  result.name = facet.name;
  for (std::size_t b = 0; b < facet.buckets.size(); ++b) {
    const RangeBucket& bucket = facet.buckets[b];
    FacetValue value{bucket.label, counts_[index][b], false};
    if (!bucket.param_value.empty()) value.select = {facet.param, bucket.param_value};
    result.values.push_back(std::move(value));
  }
  result.values.push_back({facet.missing_label, counts_[index].back(), false, {}});
  return result;
}

}  // namespace jobsearch
