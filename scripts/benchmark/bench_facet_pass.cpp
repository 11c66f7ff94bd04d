// bench_facet_pass: CPU time of one facet pass over a set, in-process.
//
// Usage: bench_facet_pass DB [TERM] [--rounds N] [--passes P] [--answer]
// Counts the search page's ten facets (employment type, remote, location,
// education, company, industry, region; salary, posted, experience) over
// the postings holding TERM (a term as indexed, e.g. Zmanag; none: every
// posting) as SetPassCounter counts them for a request, P times per round,
// and prints each round's CPU milliseconds per pass. With --answer, each
// pass is the facets' whole answer as a request gets it (count_facets:
// the page's value limits, spellings merged, values ranked). Compare
// builds in the same run; the machine is shared and noisy.
#include <xapian.h>

#include <cstdint>
#include <ctime>
#include <exception>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "common/schema.h"
#include "searcher/engine/facet_passes.h"
#include "searcher/engine/facet_sets.h"
#include "searcher/engine/filters.h"
#include "searcher/engine/range_facets.h"

using namespace jobsearch;

namespace {

constexpr std::int64_t kToday = 20600;  // days since 1970: in 2026

int usage() {
  std::cerr << "usage: bench_facet_pass DB [TERM] [--rounds N] [--passes P] [--answer]"
               " (N, P from 1)\n";
  return 2;
}

// Times count_facets, the page's facets as a request asks them.
int time_answers(std::vector<FacetColumns>& shards, const Xapian::Query& text, int rounds,
                 int passes) {
  SearchRequest request;
  for (const auto& [name, limit] :
       std::vector<std::pair<const char*, unsigned>>{{"employment_type", 8},
                                                     {"remote", 2},
                                                     {"location", 8},
                                                     {"education", 6},
                                                     {"company", 8},
                                                     {"industry", 8},
                                                     {"region", 8},
                                                     {"salary", 10},
                                                     {"posted", 10},
                                                     {"experience", 10}}) {
    request.facets.push_back({name, limit});
  }
  FilterContext context;
  context.today = kToday;
  context.hide_expired = false;
  const Filters filters(request, context);
  for (int round = 0; round < rounds; ++round) {
    const std::clock_t start = std::clock();
    for (int pass = 0; pass < passes; ++pass) {
      count_facets(shards, text, filters, request, kToday);
    }
    std::cout << 1000.0 * (std::clock() - start) / CLOCKS_PER_SEC / passes
              << " ms of CPU per answer\n";
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  std::string term;
  int rounds = 5, passes = 50;
  bool answer = false;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--answer") {
      answer = true;
    } else if ((arg == "--rounds" || arg == "--passes") && i + 1 < argc) {
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
  const Xapian::Query text = term.empty() ? Xapian::Query() : Xapian::Query(term);
  if (answer) return time_answers(shards, text, rounds, passes);
  SetPassCounter counter(shards, Deadline());
  counter.prepare(text, {});
  const std::vector<Xapian::valueno> slots = {
      schema::kSlotEmploymentFacet, schema::kSlotRemoteFacet,  schema::kSlotLocationFacet,
      schema::kSlotEducationFacet,  schema::kSlotCompanyFacet, schema::kSlotIndustryFacet,
      schema::kSlotRegionFacet};
  std::vector<RangeBuckets> ranges;
  for (const char* name : {"salary", "posted", "experience"}) {
    ranges.push_back(*find_range_facet(name, kToday));
  }
  for (int round = 0; round < rounds; ++round) {
    const std::clock_t start = std::clock();
    for (int pass = 0; pass < passes; ++pass) {
      PassCounts counts;
      counts.terms.resize(slots.size());
      counts.merged.resize(slots.size());
      counts.ranges.resize(ranges.size());
      counter(Xapian::Query(), Xapian::Query(), slots, ranges, counts);
    }
    std::cout << 1000.0 * (std::clock() - start) / CLOCKS_PER_SEC / passes
              << " ms of CPU per pass\n";
  }
  return 0;
}
