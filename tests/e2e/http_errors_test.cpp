// End to end: whatever a client sends, `jobsearch serve` answers a JSON
// error with the right 4xx status, and goes on serving.
#include <gtest/gtest.h>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/e2e/shared_index.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

class HttpErrorsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(db()); }
  static void TearDownTestSuite() { delete server_; }
  static std::string db() {
    return shared_index({source_path("corpus/postings/linkedin.jsonl")}).db;
  }
  static int port() { return server_->port(); }

  // The server still answers a search, after whatever came before.
  static void expect_still_serving(const std::string& after) {
    HttpResponse search = http_get(port(), "/api/search?q=engineer&limit=1");
    EXPECT_EQ(search.status, 200) << "after " << after;
    EXPECT_GT(search.json().value("total", 0), 0) << "after " << after;
  }

  static ServerProcess* server_;
};
ServerProcess* HttpErrorsTest::server_;

std::string request(const std::string& method, const std::string& target, const std::string& body) {
  return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
         "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
}

struct ErrorCase {
  const char* name;
  std::string raw;  // the whole request
  int status;
  const char* code;
  const char* message;  // part of the message
};

std::vector<ErrorCase> error_cases() {
  const std::string big(10 * 1024 * 1024, 'x');
  return {
      {"unknown parameter", request("GET", "/api/search?colour=red", ""), 400, "bad_request",
       "unknown parameter \"colour\""},
      {"bad number", request("GET", "/api/search?q=nurse&limit=ten", ""), 400, "bad_request",
       "limit takes a whole number from 0 to 10000, not \"ten\""},
      {"number out of range", request("GET", "/api/search?q=nurse&limit=1000000000", ""), 400,
       "bad_request", "limit takes a whole number from 0 to 10000, not \"1000000000\""},
      {"negative radius", request("GET", "/api/search?near=30.27,-97.74&radius=-5km", ""), 400,
       "bad_request", "radius takes a distance of 0 or more, such as 50km or 30mi, not \"-5km\""},
      {"number beyond a double in JSON",
       request("POST", "/api/search", R"({"q": "nurse", "limit": 1e400})"), 400, "bad_request",
       "request body has a number out of range: number overflow parsing '1e400'"},
      {"unknown facet", request("GET", "/api/search?facets=colour", ""), 400, "bad_request",
       "facets: unknown facet \"colour\""},
      {"unparsable query", request("GET", "/api/search?q=nurse%20AND", ""), 400, "bad_request",
       "cannot parse query \"nurse AND\""},
      {"not UTF-8", request("GET", "/api/search?q=caf%E9", ""), 400, "bad_request",
       "not valid UTF-8"},
      {"broken JSON body", request("POST", "/api/search", "{\"q\": \"nurse\""), 400, "bad_request",
       "request body is not valid JSON"},
      {"JSON body not an object", request("POST", "/api/search", "[\"nurse\"]"), 400, "bad_request",
       "must be a JSON object"},
      {"JSON value of another shape", request("POST", "/api/search", R"({"q": {"text": "nurse"}})"),
       400, "bad_request", "parameter \"q\" takes a string"},
      {"unknown JSON option", request("POST", "/api/search", R"({"colour": "red"})"), 400,
       "bad_request", "unknown parameter \"colour\""},
      {"bad sort in JSON", request("POST", "/api/search", R"({"sort": "cheapest"})"), 400,
       "bad_request", "sort takes"},
      {"suggest parameter", request("GET", "/api/suggest?q=nu&colour=red", ""), 400, "bad_request",
       "unknown parameter \"colour\""},
      {"no such posting", request("GET", "/api/postings/0000000000000000", ""), 404, "not_found",
       "no posting has id \"0000000000000000\""},
      {"no such path", request("GET", "/api/nothing", ""), 404, "not_found", "no such resource"},
      {"DELETE a search", request("DELETE", "/api/search", ""), 405, "method_not_allowed",
       "DELETE is not allowed on /api/search"},
      {"POST to stats", request("POST", "/api/stats", "{}"), 405, "method_not_allowed",
       "POST is not allowed"},
      {"PUT a posting", request("PUT", "/api/postings/abc", "{}"), 405, "method_not_allowed",
       "PUT is not allowed"},
      {"POST without a body to a GET path",
       "POST /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 405, "method_not_allowed",
       "POST is not allowed"},
      {"10 MB body", request("POST", "/api/search", "{\"q\": \"" + big + "\"}"), 413,
       "payload_too_large", "over 1048576 bytes"},
      {"2 MB body in chunks",
       "POST /api/search HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n" +
           std::string(0x200000, 'x') + "\r\n0\r\n\r\n",
       413, "payload_too_large", "over 1048576 bytes"},
      {"20 kB target", request("GET", "/api/search?q=" + std::string(20000, 'x'), ""), 414,
       "uri_too_long", "too long"},
      {"not HTTP", "HELLO\r\n\r\n", 400, "bad_request", "malformed"},
  };
}

TEST_F(HttpErrorsTest, EachBadRequestGetsItsJsonErrorAndTheServerGoesOn) {
  for (const ErrorCase& c : error_cases()) {
    HttpResponse response = send_raw(port(), c.raw);
    EXPECT_EQ(response.status, c.status) << c.name << ": " << response.body;
    EXPECT_EQ(response.headers["content-type"], "application/json; charset=utf-8") << c.name;
    json error = response.json().value("error", json::object());
    EXPECT_EQ(error.value("code", ""), c.code) << c.name;
    EXPECT_NE(error.value("message", "").find(c.message), std::string::npos)
        << c.name << ": " << response.body;
    expect_still_serving(c.name);
  }
}

TEST_F(HttpErrorsTest, MethodNotAllowedNamesTheAllowedOnes) {
  HttpResponse response = send_raw(port(), request("PATCH", "/api/suggest", "{}"));
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.headers["allow"], "GET, HEAD, OPTIONS");
  EXPECT_EQ(send_raw(port(), request("DELETE", "/api/search", "")).headers["allow"],
            "GET, HEAD, POST, OPTIONS");
}

TEST_F(HttpErrorsTest, AnEmptyPostIsABrowse) {
  HttpResponse empty =
      send_raw(port(), "POST /api/search HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(empty.status, 200);
  EXPECT_EQ(empty.json(), search_json(db(), {}));
  EXPECT_EQ(http_send(port(), "POST", "/api/search", "").json(), search_json(db(), {}));
}

TEST_F(HttpErrorsTest, NoUserInputGetsA500) {
  const char* targets[] = {"/api/search?q=%22unclosed",
                           "/api/search?q=title:",
                           "/api/search?q=*",
                           "/api/search?q=a*&facets=location:0",
                           "/api/search?offset=999999999",
                           "/api/search?page=999999999&per_page=10000",
                           "/api/search?q=%00",
                           "/api/search?near=north%20pole&radius=5km",
                           "/api/search?posted_since=2021-02-30",
                           "/api/postings/%2e%2e",
                           "/api/suggest?q=%22%28%29*&limit=100000",
                           "/api/search?filter=location%3D&location="};
  for (const char* target : targets) {
    HttpResponse response = http_get(port(), target);
    EXPECT_GT(response.status, 0) << target;
    EXPECT_LT(response.status, 500) << target << ": " << response.body;
    expect_still_serving(target);
  }
}

}  // namespace
}  // namespace jobsearch::e2e
