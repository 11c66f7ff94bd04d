// bench_queries.h: the query set every engine runs, and how latency is timed.
//
// generate_queries.py writes one JSON object per line:
//   {"text": "title:nurse \"intensive care\"", "clauses": [{"field": "title",
//    "words": ["nurse"], "phrase": false}, ...], "filters": {"location": ["Austin, TX"]}}
// Clauses are AND-ed; a phrase clause's words are adjacent; field "" means
// every text field, "title" the title only. Each engine renders them in its
// own syntax, so all run the same question.
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace jobsearch::bench {

struct Clause {
  std::string field;  // "" (all text) or "title"
  std::vector<std::string> words;
  bool phrase = false;
};

struct BenchQuery {
  std::string text;  // in jobsearch's query syntax
  std::vector<Clause> clauses;
  std::map<std::string, std::vector<std::string>> filters;  // facet -> values (OR)
};

// The facets counted in the "top-10 + facets" mode, as in jobsearch's default.
inline const std::vector<std::string> kBenchFacets = {"location", "employment_type", "education"};

// Reads the query set. Throws std::runtime_error when the file cannot be read
// or a line is not a query.
std::vector<BenchQuery> load_queries(const std::string& path);

// Runs one query; `with_facets` adds exact counts of kBenchFacets;
// `ids_only` asks for the top hits' ids alone instead of the hits as shown
// (stored posting and snippets). Returns the number of matches it saw (for
// a sanity check across engines).
using RunQuery =
    std::function<std::uint64_t(const BenchQuery& query, bool with_facets, bool ids_only)>;

struct TimingOptions {
  double warmup_seconds = 5;  // both modes, whole passes, at least one
  unsigned passes = 3;        // measured passes over the set, per mode
  bool top10 = true;          // time the top-10 mode
  bool facets = true;         // time the top-10 + facets mode (for profiling one alone)
  bool built = true;          // ... with the hits built as shown (stored posting, snippets)
  bool ids = true;            // ... with the hits' ids only
};

// Warms up, then times every query of every pass in each mode (top-10, then
// top-10 + facets; hits built, then ids only) and prints one JSON object on
// `out`:
//   {"warmup_queries": N, "top10": {"latencies_us": [...], "matches": [...]},
//    "facets": {...}, "top10_ids": {...}, "facets_ids": {...}}
// where "matches" holds each query's match count (first pass).
void time_queries(const std::vector<BenchQuery>& queries, const TimingOptions& options,
                  const RunQuery& run, std::ostream& out);

// Parses "--warmup-seconds S", "--passes P", "--modes top10,facets" and
// "--hits built,ids" out of argv[first...].
// Returns false on an unknown or malformed argument.
bool parse_timing_options(int argc, char** argv, int first, TimingOptions& options);

}  // namespace jobsearch::bench
