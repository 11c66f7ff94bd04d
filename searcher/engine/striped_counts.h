// striped_counts.h: counting a set's documents into a few counters.
//
// Counting an employment type (8 values) or a salary interval (11) over a
// set of matches sends most increments to the same few counters, and each
// waits for the store of the one before it to the same counter. Four
// copies of the counters, taken in turn, let four increments run at once
// (a first visit's ten facets over 200,000 postings: see
// scripts/benchmark/README.md).
#pragma once

#include <cstdint>
#include <vector>

#include "searcher/engine/doc_set.h"

namespace jobsearch {

// Fewer counters than this are counted in stripes; more spread their
// increments enough by themselves (a company: 2,474 values).
inline constexpr std::size_t kMostStripedCounters = 64;

// Adds one to counts[counter(d)] for each document d of `set`, where
// counter(d) is below `counters` or equal to it for a document counted
// nowhere; `counts` has at least `counters` entries.
template <typename Counter>
void count_striped(const DocSet& set, std::size_t counters, Counter counter,
                   std::vector<std::uint64_t>& counts) {
  constexpr std::size_t kStripes = 4;
  const std::size_t width = counters + 1;  // then the one counting nowhere
  // 32 bits per counter: a database has fewer documents than that.
  std::vector<std::uint32_t> stripes(kStripes * width, 0);
  std::uint32_t* stripe = stripes.data();
  std::size_t turn = 0;
  set.for_each(
      [&](Xapian::docid docid) { ++stripe[(turn++ % kStripes) * width + counter(docid)]; });
  for (std::size_t s = 0; s < kStripes; ++s) {
    for (std::size_t i = 0; i < counters; ++i) counts[i] += stripes[s * width + i];
  }
}

}  // namespace jobsearch
