// Fuzzes query parsing and the engine: any bytes as the free-text query
// (words, "phrases", AND/OR/NOT, title:, wildcards, synonyms, spelling) run
// on a small real database, facets counted and the answer rendered as JSON.
// An unparsable query is a SearchError (a 400); anything else thrown is a
// finding.
#include <cstdint>
#include <string>

#include "tests/fuzz/fuzz_database.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  jobsearch::fuzz::engine();  // build the database before the clock starts
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  jobsearch::SearchRequest request;
  request.query.assign(reinterpret_cast<const char*>(data), size);
  request.facets = jobsearch::default_facets();
  request.now = "2026-09-01";  // the corpus's postings are live then
  jobsearch::fuzz::search_and_render(request);
  return 0;
}
