// Fuzzes the HTTP parameter mapping (http_params, request_params) and what
// the engine does with the request it makes. The first byte picks the form:
// 'P' and the rest is a POST /api/search JSON body, anything else and the
// rest is a GET /api/search query string (decoded by httplib as the server
// does). Bad parameters are SearchErrors (400s); anything else thrown is a
// finding (it would be a 500).
#include <httplib.h>

#include <cstdint>
#include <string>

#include "searcher/engine/request_params.h"
#include "searcher/engine/search_error.h"
#include "searcher/http/params.h"
#include "tests/fuzz/fuzz_database.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  jobsearch::fuzz::engine();  // build the database before the clock starts
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jobsearch;
  if (size == 0) return 0;
  std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  SearchRequest request;
  try {
    RequestParams params;
    if (data[0] == 'P') {
      params = params_from_json_body(rest);
    } else {
      httplib::Params query;
      httplib::detail::parse_query_text(rest, query);
      params = params_from_query(query);
    }
    request = request_from_params(params);
  } catch (const SearchError&) {
    return 0;
  }
  fuzz::search_and_render(request);
  return 0;
}
