// Tests of searcher/http/params, by table: every shape a query string or a
// JSON body may give an option in, and the ones refused. (Kept apart from
// params_test.cpp, which the parameter-table work changes.)
#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "searcher/engine/search_error.h"
#include "searcher/http/params.h"

namespace jobsearch {
namespace {

using Query = std::multimap<std::string, std::string>;

std::string refusal_of_query(const Query& query) {
  try {
    params_from_query(query);
  } catch (const SearchError& error) {
    return error.what();
  }
  return "accepted";
}

std::string refusal_of_body(const std::string& body) {
  try {
    params_from_json_body(body);
  } catch (const SearchError& error) {
    return error.what();
  }
  return "accepted";
}

TEST(HttpParamsShapes, AQueryStringKeepsEveryValueInOrder) {
  const std::pair<Query, RequestParams> cases[] = {
      {{}, {}},
      {{{"q", "nurse"}}, {{"q", {"nurse"}}}},
      {{{"location", "Austin, TX"}, {"location", "Dallas"}},
       {{"location", {"Austin, TX", "Dallas"}}}},
      {{{"remote", ""}}, {{"remote", {""}}}},  // a flag without '='
      {{{"q", "caf\u00e9"}, {"page", "2"}}, {{"q", {"caf\u00e9"}}, {"page", {"2"}}}},
      {{{"colour", "blue"}}, {{"colour", {"blue"}}}},  // unknown names: request_params decides
  };
  for (const auto& [query, params] : cases) EXPECT_EQ(params_from_query(query), params);
}

TEST(HttpParamsShapes, AQueryStringThatIsNotUtf8IsRefusedNamingTheParameter) {
  EXPECT_EQ(refusal_of_query({{"q", "caf\xe9"}}), "parameter \"q\" is not valid UTF-8");
  EXPECT_EQ(refusal_of_query({{"q\xff", "x"}}), "parameter \"?\" is not valid UTF-8");
  EXPECT_EQ(refusal_of_query({{"q", "\xed\xa0\x80"}}), "parameter \"q\" is not valid UTF-8");
}

TEST(HttpParamsShapes, JsonValuesBecomeTheTextsAQueryStringWouldGive) {
  const std::pair<std::string, RequestParams> cases[] = {
      {"", {}},
      {" \n\t", {}},
      {"{}", {}},
      {R"({"limit": 5})", {{"limit", {"5"}}}},
      {R"({"radius": 2.5})", {{"radius", {"2.5"}}}},
      {R"({"salary_min": -1})", {{"salary_min", {"-1"}}}},
      {R"({"remote": false})", {{"remote", {"false"}}}},
      {R"({"page": [1, "2", true]})", {{"page", {"1", "2", "true"}}}},
      {R"({"location": ["Austin", null, "Dallas"]})", {{"location", {"Austin", "Dallas"}}}},
      {R"({"location": []})", {{"location", {}}}},
      {R"({"near": null, "q": "nurse"})", {{"q", {"nurse"}}}},
      {R"({"filter": ["company=Acme", "remote=remote"]})",
       {{"filter", {"company=Acme", "remote=remote"}}}},
      {R"({"filter": {"company": ["Acme", "Globex"], "remote": "remote", "industry": null}})",
       {{"filter", {"company=Acme", "company=Globex", "remote=remote"}}}},
  };
  for (const auto& [body, params] : cases) EXPECT_EQ(params_from_json_body(body), params) << body;
}

TEST(HttpParamsShapes, JsonOfAnyOtherShapeIsRefusedInOneLine) {
  const std::string takes = "\" takes a string, a number, true/false or a list of them";
  const std::pair<std::string, std::string> cases[] = {
      {R"("nurse")", "request body must be a JSON object of search options"},
      {"42", "request body must be a JSON object of search options"},
      {"null", "request body must be a JSON object of search options"},
      {R"({"q": {"text": "nurse"}})", "parameter \"q" + takes},
      {R"({"location": [["Austin"]]})", "parameter \"location" + takes},
      {R"({"location": [{"name": "Austin"}]})", "parameter \"location" + takes},
      {R"({"filter": {"company": {"name": "Acme"}}})", "parameter \"filter" + takes},
      {R"({"limit": 1e400})",
       "request body has a number out of range: number overflow parsing '1e400'"},
  };
  for (const auto& [body, message] : cases) EXPECT_EQ(refusal_of_body(body), message) << body;
  for (const char* broken : {"{", "{\"q\": }", "{'q': 'nurse'}", "{\"q\": \"\xff\"}"}) {
    EXPECT_EQ(refusal_of_body(broken).rfind("request body is not valid JSON: ", 0), 0u) << broken;
  }
}

}  // namespace
}  // namespace jobsearch
