// The server chooses per search whether its facets are counted on a second
// thread (SearchRequest::facets_in_parallel, by ServerOptions::cores): the
// answer must not depend on that choice.
#include <gtest/gtest.h>

#include "searcher/engine/request_params.h"
#include "searcher/engine/response_json.h"
#include "searcher/engine/search_engine.h"
#include "searcher/http/responses.h"
#include "tests/support/files.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

// The search page's facet set (app.js asks for it with every search).
const std::string kPageFacets =
    "employment_type:8,remote:2,location:8,education:6,company:8,industry:8,region:8,salary,"
    "posted,experience";

std::string answer(SearchEngine& engine, RequestParams params, bool in_parallel) {
  params["facets"] = {kPageFacets};
  SearchRequest request = request_from_params(params);
  request.facets_in_parallel = in_parallel;
  return http::dump(response_to_json(engine.search(request)));
}

TEST(FacetsInParallel, FacetsCountedAfterTheHitsGiveTheSameAnswer) {
  test::TempDatabase corpus(
      test::CorpusFiles{{test::source_path("corpus/postings/linkedin.jsonl")}});
  SearchEngine engine(corpus.path());
  const std::vector<RequestParams> cases = {
      {},                                                    // the page as first opened
      {{"q", {"engineer"}}},                                 // a query
      {{"q", {"engineer"}}, {"filter", {"remote=remote"}}},  // a filter picked
      {{"q", {"sales"}}, {"sort", {"newest"}}, {"page", {"2"}}},
      {{"q", {"nurse manager"}}},  // relaxed: facets of the looser query
      {{"q", {"enginer"}}},        // corrected: facets of the correction
  };
  for (const RequestParams& params : cases) {
    const std::string in_parallel = answer(engine, params, true);
    EXPECT_NE(in_parallel.find("\"facets\""), std::string::npos);
    EXPECT_EQ(answer(engine, params, false), in_parallel);
  }
}

}  // namespace
}  // namespace jobsearch
