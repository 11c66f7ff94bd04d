// range_facets.h: facets over numbers and dates, counted in buckets.
//
// The range facets of facet_table.h ("salary": yearly pay a posting
// reaches, 40,000+, 60,000+, ...; "experience": years required, 0-1, 1-3,
// ...; "posted": within the last 1, 3, 7, 14, 30 days, or older) cut into
// labelled buckets. Cumulative buckets ("+", "within") count a posting in
// each bucket it falls in, as job boards show them.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "searcher/engine/search_response.h"

namespace jobsearch {

struct RangeBucket {
  std::string label;        // "60,000+", "1-3 years", "within 7 days"
  double low;               // inclusive
  double high;              // exclusive
  std::string param_value;  // what the facet's parameter takes to select it, or ""
};

// A range facet with its buckets cut.
struct RangeBuckets {
  std::string name;
  Xapian::valueno slot;
  std::vector<RangeBucket> buckets;  // in display order
  std::string missing_label;         // bucket for postings without the value
  std::string param;                 // the request parameter a bucket sets, or ""
};

// True for the name of a range facet of facet_table.h.
bool is_range_facet(const std::string& name);

// The facet named `name`, with date buckets relative to `today` (days
// since 1970-01-01); nullopt for other names.
std::optional<RangeBuckets> find_range_facet(const std::string& name, std::int64_t today);

// The intervals between a range facet's bucket bounds, in order, for
// counting many values at once: each value is counted once, in the
// interval where it falls, and a bucket's count is the sum of the
// intervals it spans (one increment per value, where testing it against
// each cumulative bucket took one per bucket).
class RangeIntervals {
 public:
  explicit RangeIntervals(const RangeBuckets& facet);

  // How many intervals there are: the bounds' count plus one.
  std::size_t size() const { return bounds_.size() + 1; }
  // The bounds, sorted: what tells two facets' intervals apart.
  const std::vector<double>& bounds() const { return bounds_; }
  // The interval where `number` falls: how many bounds it reaches, summed
  // without a branch (values fall as the data has it, which no branch
  // predictor guesses).
  std::size_t of(double number) const {
    std::size_t interval = 0;
    for (double bound : bounds_) interval += static_cast<std::size_t>(number >= bound);
    return interval;
  }
  // The facet's bucket counts from the intervals' (size() long), then
  // `missing`: what RangeCounter::add_counts takes.
  std::vector<std::uint64_t> bucket_counts(const std::vector<std::uint64_t>& intervals,
                                           std::uint64_t missing) const;

 private:
  std::vector<std::pair<double, double>> buckets_;  // each bucket's [low, high), in order
  std::vector<double> bounds_;                      // the buckets' finite bounds, sorted, once each
};

// A match spy counting each facet's buckets over the documents it sees.
class RangeCounter : public Xapian::MatchSpy {
 public:
  explicit RangeCounter(std::vector<RangeBuckets> facets);
  void operator()(const Xapian::Document& document, double weight) override;
  // Counts `count` documents whose value in facet `index`'s slot is
  // `value` ("" for none), as if the spy had seen them.
  void add(std::size_t index, const std::string& value, std::uint64_t count);
  // Counts one document whose value in facet `index`'s slot is `number`.
  void add_number(std::size_t index, double number);
  // Counts one document without a value in facet `index`'s slot.
  void add_missing(std::size_t index) { ++counts_[index].back(); }
  // Adds `counts` (one per bucket of facet `index`, then the missing
  // bucket's) to the facet's counts.
  void add_counts(std::size_t index, const std::vector<std::uint64_t>& counts);
  // The facets counted, in order.
  const std::vector<RangeBuckets>& facets() const { return facets_; }
  // The buckets of facet `index` in display order (empty ones included),
  // each with the parameter that selects it (none for the missing bucket).
  FacetCounts counts(std::size_t index) const;

 private:
  std::vector<RangeBuckets> facets_;
  std::vector<std::vector<std::uint64_t>> counts_;  // per facet: buckets, then missing
};

}  // namespace jobsearch
