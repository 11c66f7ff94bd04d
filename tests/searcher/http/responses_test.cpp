// Tests of searcher/http/responses: the Allow header from a route list.
#include "searcher/http/responses.h"

#include <gtest/gtest.h>

namespace jobsearch::http {
namespace {

const std::vector<RouteMethod>& routes() {
  static const std::vector<RouteMethod> list = {
      {"GET", std::regex("/api/search")},
      {"POST", std::regex("/api/search")},
      {"GET", std::regex("/api/postings/([^/]+)")},
      {"GET", std::regex("/([a-z_]+\\.[a-z]+)?"), is_asset},
  };
  return list;
}

TEST(Responses, AllowedMethodsComeFromTheRoutes) {
  struct Case {
    const char* path;
    const char* allowed;  // "" for a path no route answers
  };
  for (const Case& c :
       {Case{"/api/search", "GET, HEAD, POST, OPTIONS"},
        Case{"/api/postings/abc", "GET, HEAD, OPTIONS"}, Case{"/", "GET, HEAD, OPTIONS"},
        Case{"/app.js", "GET, HEAD, OPTIONS"},
        Case{"/nothing.js", ""},  // matches the page's pattern, is no file
        Case{"/api/postings/", ""}, Case{"/api/search/more", ""}, Case{"/api/nothing", ""}}) {
    EXPECT_EQ(allowed_methods(routes(), c.path), c.allowed) << c.path;
  }
}

TEST(Responses, NotAllowedIs405WithAllowOr404) {
  httplib::Request req;
  req.method = "DELETE";
  req.path = "/api/search";
  httplib::Response res;
  not_allowed(routes(), req, res);
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(res.get_header_value("Allow"), "GET, HEAD, POST, OPTIONS");
  EXPECT_EQ(
      res.body,
      R"({"error":{"code":"method_not_allowed","message":"DELETE is not allowed on /api/search"}})");
  req.path = "/elsewhere";
  httplib::Response missing;
  not_allowed(routes(), req, missing);
  EXPECT_EQ(missing.status, 404);
  EXPECT_FALSE(missing.has_header("Allow"));
}

}  // namespace
}  // namespace jobsearch::http
