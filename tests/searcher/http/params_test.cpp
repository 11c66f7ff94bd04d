// Tests of searcher/http_params: query strings and JSON bodies -> named parameters.
#include "searcher/http/params.h"

#include <gtest/gtest.h>

#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

std::string refusal(const std::string& body) {
  try {
    params_from_json_body(body);
  } catch (const SearchError& error) {
    return error.what();
  }
  return "accepted";
}

TEST(HttpParams, AJsonBodyGivesTheSameParametersAsAQueryString) {
  RequestParams params = params_from_json_body(
      R"({"q": "nurse", "location": ["Austin, TX", "Dallas"], "page": 2, "remote": true,
          "filter": {"company": "Acme"}, "near": null})");
  EXPECT_EQ(params, (RequestParams{{"q", {"nurse"}},
                                   {"location", {"Austin, TX", "Dallas"}},
                                   {"page", {"2"}},
                                   {"remote", {"true"}},
                                   {"filter", {"company=Acme"}}}));
}

// A number beyond a double threw nlohmann's out_of_range, which the
// server answered 500.
TEST(HttpParams, ANumberBeyondADoubleIsAUserError) {
  EXPECT_EQ(refusal(R"({"q": "nurse", "limit": 1e400})"),
            "request body has a number out of range: number overflow parsing '1e400'");
  EXPECT_EQ(refusal(R"({"salary_min": -1e400})"),
            "request body has a number out of range: number overflow parsing '-1e400'");
}

TEST(HttpParams, BrokenBodiesAreUserErrors) {
  EXPECT_EQ(refusal(R"({"q": "nurse")").rfind("request body is not valid JSON: ", 0), 0u);
  EXPECT_EQ(refusal(R"(["nurse"])"), "request body must be a JSON object of search options");
  EXPECT_EQ(refusal(R"({"q": {"text": "nurse"}})"),
            "parameter \"q\" takes a string, a number, true/false or a list of them");
}

}  // namespace
}  // namespace jobsearch
