// End to end: `jobsearch serve` on the bundled corpus answers over HTTP
// exactly what the command line answers, and serves its page.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <regex>
#include <thread>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/e2e/shared_index.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
using Pairs = std::vector<std::pair<std::string, std::string>>;

class HttpApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(db()); }
  static void TearDownTestSuite() { delete server_; }
  static std::string db() { return bundled_corpus_db(); }
  static int port() { return server_->port(); }

  static ServerProcess* server_;
};
ServerProcess* HttpApiTest::server_;

struct SameAsCli {
  const char* name;
  std::vector<std::string> cli;  // jobsearch arguments
  Pairs query;                   // the same options as an HTTP query string
  const char* body;              // and as a JSON body
};

const SameAsCli kSameAsCli[] = {
    {"words", {"registered nurse"}, {{"q", "registered nurse"}}, R"({"q": "registered nurse"})"},
    {"browse", {}, {}, "{}"},
    {"places OR-ed",
     {"--location", "Austin, TX", "--location", "Dallas"},
     {{"location", "Austin, TX"}, {"location", "Dallas"}},
     R"({"location": ["Austin, TX", "Dallas"]})"},
    {"facets and filters AND-ed",
     {"engineer", "--employment-type", "FULL_TIME", "--education", "bachelor degree", "--facets",
      "location:3,company:5,remote"},
     {{"q", "engineer"},
      {"employment_type", "FULL_TIME"},
      {"education", "bachelor degree"},
      {"facets", "location:3,company:5,remote"}},
     R"({"q": "engineer", "employment_type": "FULL_TIME", "education": ["bachelor degree"],
         "facets": ["location:3", "company:5", "remote"]})"},
    {"filter on any facet",
     {"--filter", "remote=remote", "--facets", "employment_type"},
     {{"filter", "remote=remote"}, {"facets", "employment_type"}},
     R"({"filter": {"remote": "remote"}, "facets": "employment_type"})"},
    {"paging and newest first",
     {"manager", "--page", "2", "--per-page", "5", "--sort", "newest"},
     {{"q", "manager"}, {"page", "2"}, {"per_page", "5"}, {"sort", "newest"}},
     R"({"q": "manager", "page": 2, "per_page": 5, "sort": "newest"})"},
    {"salary and date buckets",
     {"nurse", "--facets", "salary,posted", "--salary-min", "50000", "--limit", "3"},
     {{"q", "nurse"}, {"facets", "salary,posted"}, {"salary_min", "50000"}, {"limit", "3"}},
     R"({"q": "nurse", "facets": ["salary", "posted"], "salary_min": 50000, "limit": 3})"},
    {"a flag",
     {"--remote", "--limit", "4"},
     {{"remote", ""}, {"limit", "4"}},
     R"({"remote": true, "limit": 4})"},
    {"no facets",
     {"python", "--facets", "none"},
     {{"q", "python"}, {"facets", "none"}},
     R"({"q": "python", "facets": "none"})"},
};

TEST_F(HttpApiTest, GetSearchIsTheCliJson) {
  for (const SameAsCli& c : kSameAsCli) {
    json cli = search_json(db(), c.cli);
    HttpResponse http = http_get(port(), "/api/search" + query_string(c.query));
    EXPECT_EQ(http.status, 200) << c.name << ": " << http.body;
    EXPECT_EQ(http.headers["content-type"], "application/json; charset=utf-8") << c.name;
    EXPECT_EQ(http.json(), cli) << c.name;
  }
}

TEST_F(HttpApiTest, PostSearchIsTheCliJson) {
  for (const SameAsCli& c : kSameAsCli) {
    json cli = search_json(db(), c.cli);
    HttpResponse http = http_send(port(), "POST", "/api/search", c.body);
    EXPECT_EQ(http.status, 200) << c.name << ": " << http.body;
    EXPECT_EQ(http.json(), cli) << c.name;
  }
}

TEST_F(HttpApiTest, PostingByIdIsTheCliGet) {
  json hit = search_json(db(), {"kubernetes", "--limit", "1", "--facets", "none"})["results"][0];
  std::string id = hit["id"];
  CommandResult cli = run_command({JOBSEARCH_BIN, "--db", db(), "get", id, "--format", "json"});
  HttpResponse http = http_get(port(), "/api/postings/" + id);
  EXPECT_EQ(http.status, 200);
  EXPECT_EQ(http.json(), json::parse(cli.out));
}

TEST_F(HttpApiTest, SuggestCompletesTitlesAndSkills) {
  struct Case {
    const char* typed;
    const char* expected;  // one completion that must be offered
    const char* kind;
  };
  for (const Case& c :
       {Case{"regist", "Registered Nurse", "title"}, Case{"soft eng", "Software Engineer", "title"},
        Case{"SOFTW", "Software Engineer", "title"}, Case{"pyth", "Python", "skill"}}) {
    json answer = http_get(port(), "/api/suggest" + query_string({{"q", c.typed}})).json();
    EXPECT_EQ(answer["query"], c.typed);
    json expected = {{"text", c.expected}, {"kind", c.kind}};
    EXPECT_NE(std::find(answer["suggestions"].begin(), answer["suggestions"].end(), expected),
              answer["suggestions"].end())
        << c.typed << ": " << answer.dump();
    EXPECT_LE(answer["suggestions"].size(), 8u) << c.typed;
  }
  for (const char* nothing : {"", "  ", "-*-", "zzzzqqq"}) {
    json answer = http_get(port(), "/api/suggest" + query_string({{"q", nothing}})).json();
    EXPECT_EQ(answer["suggestions"], json::array()) << nothing;
  }
  json two = http_get(port(), "/api/suggest?q=s&limit=2").json();
  EXPECT_EQ(two["suggestions"].size(), 2u);
}

TEST_F(HttpApiTest, StatsNameTheDatabaseAndItsSize) {
  json stats = http_get(port(), "/api/stats").json();
  EXPECT_EQ(stats["documents"], 445);
  EXPECT_EQ(stats["database"], db());
  EXPECT_TRUE(std::regex_match(stats["last_update"].get<std::string>(),
                               std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
      << stats.dump();
  EXPECT_EQ(http_get(port(), "/healthz").json(), json({{"status", "ok"}}));
}

TEST_F(HttpApiTest, FacetsListsTheFacetTable) {
  json table = http_get(port(), "/api/facets").json();
  std::vector<std::string> names;
  for (const json& facet : table["facets"]) names.push_back(facet["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"employment_type", "remote", "location", "education",
                                             "company", "industry", "region", "country", "currency",
                                             "salary", "posted", "experience"}));
  EXPECT_EQ(table["facets"][0], json({{"name", "employment_type"},
                                      {"label", "Job type"},
                                      {"kind", "terms"},
                                      {"param", "filter"},
                                      {"page_limit", 8}}));
  EXPECT_EQ(table["facets"][9], json({{"name", "salary"},
                                      {"label", "Salary (yearly)"},
                                      {"kind", "range"},
                                      {"param", "salary_min"},
                                      {"chart", true}}));
  EXPECT_EQ(table["facets"][11]["param"], nullptr);
  EXPECT_EQ(table["default"], json({"location", "employment_type", "education"}));
}

// Each facet value names the parameter that selects it: added to the
// search, it keeps exactly the postings counted under the value.
TEST_F(HttpApiTest, EachFacetValueNamesTheParameterThatSelectsIt) {
  const std::string facets = "facets=employment_type:3,remote,company:2,region:2,salary,posted";
  json all = http_get(port(), "/api/search?q=engineer&limit=0&" + facets).json();
  int checked = 0;
  for (const auto& [name, facet] : all["facets"].items()) {
    for (const json& value : facet["values"]) {
      if (!value.contains("param")) continue;
      Pairs query = {{"q", "engineer"}, {"limit", "0"}, {value["param"], value["param_value"]}};
      json picked = http_get(port(), "/api/search" + query_string(query)).json();
      EXPECT_EQ(picked["total"], value["count"]) << name << " " << value.dump();
      ++checked;
    }
  }
  EXPECT_GE(checked, 15);
  json salary = all["facets"]["salary"]["values"];
  EXPECT_EQ(salary[6], json({{"value", "200,000+"},
                             {"count", salary[6]["count"]},
                             {"param", "salary_min"},
                             {"param_value", "200000"}}));
  EXPECT_FALSE(salary[7].contains("param")) << salary[7];  // "not stated" selects nothing
  json posted = all["facets"]["posted"]["values"];
  EXPECT_EQ(posted[2]["param_value"], "7");
  EXPECT_FALSE(posted[5].contains("param")) << posted[5];  // "older"
}

TEST_F(HttpApiTest, PageAndItsFilesAreServedFromTheBinary) {
  struct Case {
    const char* path;
    const char* content_type;
    const char* contains;
  };
  for (const Case& c : {Case{"/", "text/html; charset=utf-8", "<script src=\"/app.js\""},
                        Case{"/index.html", "text/html; charset=utf-8", "id=\"q\""},
                        Case{"/app.js", "text/javascript; charset=utf-8", "/api/search"},
                        Case{"/format.js", "text/javascript; charset=utf-8", "window.JobFormat"},
                        Case{"/suggest_box.js", "text/javascript; charset=utf-8", "/api/suggest"},
                        Case{"/style.css", "text/css; charset=utf-8", ".card"}}) {
    HttpResponse page = http_get(port(), c.path);
    EXPECT_EQ(page.status, 200) << c.path;
    EXPECT_EQ(page.headers["content-type"], c.content_type) << c.path;
    EXPECT_NE(page.body.find(c.contains), std::string::npos) << c.path;
    ASSERT_FALSE(page.headers["etag"].empty()) << c.path;
    HttpResponse again = send_raw(
        port(), std::string("GET ") + c.path + " HTTP/1.1\r\nHost: x\r\n" +
                    "If-None-Match: " + page.headers["etag"] + "\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(again.status, 304) << c.path;
  }
}

TEST_F(HttpApiTest, ApiAnswersOtherSitesPages) {
  HttpResponse search = http_get(port(), "/api/search?q=nurse");
  EXPECT_EQ(search.headers["access-control-allow-origin"], "*");
  HttpResponse preflight =
      send_raw(port(),
               "OPTIONS /api/search HTTP/1.1\r\nHost: x\r\nOrigin: http://a.test\r\n"
               "Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(preflight.status, 204);
  EXPECT_EQ(preflight.headers["access-control-allow-methods"], "GET, HEAD, POST, OPTIONS");
}

TEST_F(HttpApiTest, EachRequestIsLoggedOnOneLine) {
  http_get(port(), "/healthz");
  http_get(port(), "/api/search?q=nurse&limit=2");
  http_get(port(), "/no/such/page");
  std::vector<std::regex> patterns;
  for (const char* line :
       {R"(GET /healthz 200 \d+\.\d\d ms)", R"(GET /api/search\?q=nurse&limit=2 200 \d+\.\d\d ms)",
        R"(GET /no/such/page 404 \d+\.\d\d ms)"}) {
    patterns.emplace_back(std::string(R"((^|\n)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ )") + line + "\n");
  }
  auto all_logged = [&patterns](const std::string& log) {
    return std::all_of(patterns.begin(), patterns.end(), [&log](const std::regex& pattern) {
      return std::regex_search(log, pattern);
    });
  };
  // Each line is written just after its answer, by the thread that served
  // it: lines may come late, and in any order.
  std::string log = server_->err();
  for (int i = 0; i < 100 && !all_logged(log); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    log = server_->err();
  }
  EXPECT_TRUE(all_logged(log)) << log;
}

}  // namespace
}  // namespace jobsearch::e2e
