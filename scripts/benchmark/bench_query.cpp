// bench_query: times jobsearch's SearchEngine in-process over a query set.
//
// Usage: bench_query DB QUERIES [--warmup-seconds S] [--passes P]
//                    [--modes top10,facets] [--hits built,ids] [--limit N]
// Each query is a SearchRequest exactly as `jobsearch` builds it: the text,
// the filters, limit 10 (or --limit), and either no facets or exact counts on location,
// employment_type and education (10 values each); the hits either built as
// shown (stored posting parsed, title and description snippets) or ids only
// (ResultFields::ids(), jobsearch --ids-only); expired postings are
// included (jobsearch --include-expired), as the peers have no notion of
// expiry. Prints time_queries' JSON.
#include <xapian.h>

#include <iostream>

#include "scripts/benchmark/bench_queries.h"
#include "searcher/engine/search_engine.h"

using namespace jobsearch;

namespace {

SearchRequest make_request(const bench::BenchQuery& query, bool with_facets, bool ids_only,
                           unsigned limit) {
  SearchRequest request;
  if (ids_only) request.fields = ResultFields::ids();
  request.query = query.text;
  request.filters = query.filters;
  request.limit = limit;
  // The peers know nothing of expiry: every engine searches every posting.
  request.include_expired = true;
  if (with_facets) {
    for (const std::string& name : bench::kBenchFacets) request.facets.push_back({name, 10});
  }
  return request;
}

}  // namespace

// Takes "--limit N" (hits asked per query; 0 times the match without
// building hits and snippets) out of argv; false when N is malformed.
bool take_limit(int& argc, char** argv, unsigned& limit) {
  for (int i = 3; i + 1 < argc; ++i) {
    if (std::string(argv[i]) != "--limit") continue;
    try {
      limit = static_cast<unsigned>(std::stoul(argv[i + 1]));
    } catch (const std::exception&) {
      return false;
    }
    for (int j = i; j + 2 < argc; ++j) argv[j] = argv[j + 2];
    argc -= 2;
    return true;
  }
  return true;
}

int main(int argc, char** argv) {
  bench::TimingOptions options;
  unsigned limit = 10;
  if (argc < 3 || !take_limit(argc, argv, limit) ||
      !bench::parse_timing_options(argc, argv, 3, options)) {
    std::cerr << "usage: bench_query DB QUERIES [--warmup-seconds S] [--passes P]\n"
                 "                   [--modes top10,facets] [--hits built,ids] [--limit N]\n";
    return 2;
  }
  try {
    SearchEngine engine(argv[1]);
    std::vector<bench::BenchQuery> queries = bench::load_queries(argv[2]);
    bench::time_queries(
        queries, options,
        [&](const bench::BenchQuery& query, bool facets, bool ids_only) {
          SearchResponse response = engine.search(make_request(query, facets, ids_only, limit));
          return static_cast<std::uint64_t>(response.total);
        },
        std::cout);
  } catch (const Xapian::Error& error) {
    std::cerr << "bench_query: " << error.get_description() << '\n';
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "bench_query: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
