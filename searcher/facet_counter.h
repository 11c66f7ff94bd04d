// facet_counter.h: exact counts of facet values over every match.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "search_response.h"

namespace jobsearch {

// A match spy that reads several facet value slots per matching document.
// A multi-valued slot (values joined by schema::kValueSeparator) counts
// each distinct value once per document. Counts are exact only when the
// match looks at every document (Enquire::get_mset with check_at_least at
// least the database size).
class FacetCounter : public Xapian::MatchSpy {
 public:
  explicit FacetCounter(std::vector<Xapian::valueno> slots);

  void operator()(const Xapian::Document& document, double weight) override;

  // The values of `slot`, most frequent first (ties by value), the first
  // `limit` listed and the rest summed into other_count.
  FacetCounts top_values(Xapian::valueno slot, const std::string& name, unsigned limit) const;

 private:
  std::vector<Xapian::valueno> slots_;
  std::vector<std::unordered_map<std::string, std::uint64_t>> counts_;  // parallel to slots_
};

}  // namespace jobsearch
