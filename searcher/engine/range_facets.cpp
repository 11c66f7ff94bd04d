#include "searcher/engine/range_facets.h"

#include <limits>

#include "common/schema.h"

namespace jobsearch {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

RangeFacet salary_facet() {
  RangeFacet facet{"salary", schema::kSlotSalaryMax, {}, "not stated"};
  for (double floor : {20000, 40000, 60000, 80000, 100000, 150000, 200000}) {
    std::string label = std::to_string(static_cast<long>(floor / 1000)) + ",000+";
    facet.buckets.push_back({label, floor, kInfinity});
  }
  return facet;
}

RangeFacet experience_facet() {
  return {"experience",
          schema::kSlotExperience,
          {{"0-1 years", 0, 12},
           {"1-3 years", 12, 36},
           {"3-5 years", 36, 60},
           {"5-10 years", 60, 120},
           {"10+ years", 120, kInfinity}},
          "not stated"};
}

RangeFacet posted_facet(std::int64_t today) {
  RangeFacet facet{"posted", schema::kSlotDatePosted, {}, "unknown"};
  for (int days : {1, 3, 7, 14, 30}) {
    facet.buckets.push_back({"within " + std::to_string(days) + (days == 1 ? " day" : " days"),
                             static_cast<double>(today - days), kInfinity});
  }
  facet.buckets.push_back({"older", -kInfinity, static_cast<double>(today - 30)});
  return facet;
}

}  // namespace

bool is_range_facet(const std::string& name) {
  return name == "salary" || name == "experience" || name == "posted";
}

std::optional<RangeFacet> find_range_facet(const std::string& name, std::int64_t today) {
  if (name == "salary") return salary_facet();
  if (name == "experience") return experience_facet();
  if (name == "posted") return posted_facet(today);
  return std::nullopt;
}

RangeCounter::RangeCounter(std::vector<RangeFacet> facets) : facets_(std::move(facets)) {
  for (const RangeFacet& facet : facets_) counts_.emplace_back(facet.buckets.size() + 1, 0);
}

void RangeCounter::operator()(const Xapian::Document& document, double) {
  for (std::size_t f = 0; f < facets_.size(); ++f) {
    const std::string value = document.get_value(facets_[f].slot);
    std::vector<std::uint64_t>& counts = counts_[f];
    if (value.empty()) {
      ++counts.back();
      continue;
    }
    double number = Xapian::sortable_unserialise(value);
    for (std::size_t b = 0; b < facets_[f].buckets.size(); ++b) {
      const RangeBucket& bucket = facets_[f].buckets[b];
      if (number >= bucket.low && number < bucket.high) ++counts[b];
    }
  }
}

FacetCounts RangeCounter::counts(std::size_t index) const {
  const RangeFacet& facet = facets_[index];
  FacetCounts result;
  result.name = facet.name;
  for (std::size_t b = 0; b < facet.buckets.size(); ++b) {
    result.values.push_back({facet.buckets[b].label, counts_[index][b], false});
  }
  result.values.push_back({facet.missing_label, counts_[index].back(), false});
  return result;
}

}  // namespace jobsearch
