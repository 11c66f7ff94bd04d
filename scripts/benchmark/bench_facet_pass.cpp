// bench_facet_pass: CPU time of one facet pass over a set, in-process.
//
// Usage: bench_facet_pass DB [TERM] [--rounds N] [--passes P]
// Counts the search page's ten facets (employment type, remote, location,
// education, company, industry, region; salary, posted, experience) over
// the postings holding TERM (a term as indexed, e.g. Zmanag; none: every
// posting) as SetPassCounter counts them for a request, P times per round,
// and prints each round's CPU milliseconds per pass. Compare builds in the
// same run; the machine is shared and noisy.
#include <xapian.h>

#include <ctime>
#include <exception>
#include <iostream>
#include <string>

#include "common/schema.h"
#include "searcher/engine/facet_sets.h"
#include "searcher/engine/range_facets.h"

using namespace jobsearch;

namespace {

int usage() {
  std::cerr << "usage: bench_facet_pass DB [TERM] [--rounds N] [--passes P] (N, P from 1)\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  std::string term;
  int rounds = 5, passes = 50;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--rounds" || arg == "--passes") && i + 1 < argc) {
      int& number = arg == "--rounds" ? rounds : passes;
      try {
        number = std::stoi(argv[++i]);
      } catch (const std::exception&) {
        return usage();
      }
      if (number < 1) return usage();
    } else {
      term = arg;
    }
  }
  std::vector<FacetColumns> shards;
  shards.emplace_back(Xapian::Database(argv[1]));
  SetPassCounter counter(shards, Deadline());
  counter.prepare(term.empty() ? Xapian::Query() : Xapian::Query(term), {});
  const std::vector<Xapian::valueno> slots = {
      schema::kSlotEmploymentFacet, schema::kSlotRemoteFacet,  schema::kSlotLocationFacet,
      schema::kSlotEducationFacet,  schema::kSlotCompanyFacet, schema::kSlotIndustryFacet,
      schema::kSlotRegionFacet};
  std::vector<RangeBuckets> ranges;
  for (const char* name : {"salary", "posted", "experience"}) {
    ranges.push_back(*find_range_facet(name, 20600));
  }
  for (int round = 0; round < rounds; ++round) {
    const std::clock_t start = std::clock();
    for (int pass = 0; pass < passes; ++pass) {
      PassCounts counts;
      counts.terms.resize(slots.size());
      counts.ranges.resize(ranges.size());
      counter(Xapian::Query(), Xapian::Query(), slots, ranges, counts);
    }
    std::cout << 1000.0 * (std::clock() - start) / CLOCKS_PER_SEC / passes
              << " ms of CPU per pass\n";
  }
  return 0;
}
