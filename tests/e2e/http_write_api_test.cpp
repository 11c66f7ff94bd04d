// End to end: the write API of `jobsearch serve --write-token-file FILE`:
// postings sent over HTTP are searchable without a restart, deleted by id,
// and refused without the right token.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <thread>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/support/posting_builder.h"
#include "tests/support/wait.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
using test::PostingBuilder;

const std::string kToken = "s3cret-token";

// A request with an optional Authorization header, as bytes.
HttpResponse send_with_token(int port, const std::string& method, const std::string& target,
                             const std::string& body, const std::string& token) {
  std::string raw = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  if (!token.empty()) raw += "Authorization: Bearer " + token + "\r\n";
  raw += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
         "\r\n\r\n" + body;
  return send_raw(port, raw);
}

long total(int port, const std::string& q) {
  return http_get(port, "/api/search?limit=0&facets=employment_type&q=" + url_encode(q))
      .json()
      .value("total", -1L);
}

// A database of two postings and a server on it with the write API on.
struct WritableServer {
  WritableServer() {
    index(db, {source_path("corpus/postings/linkedin.jsonl")});
    test::write_file(token_file, kToken + "\n");
    server = std::make_unique<ServerProcess>(
        db, std::vector<std::string>{"--write-token-file", token_file, "--cache", "0"});
  }
  int port() const { return server->port(); }
  TempDir tmp;
  std::string db = tmp.file("db");
  std::string token_file = tmp.file("token");
  std::unique_ptr<ServerProcess> server;
};

std::string welder(const std::string& title = "Underwater Zeppelin Welder") {
  return PostingBuilder().title(title).company("Acme").place("Austin", "TX", "US").jsonld().dump();
}

TEST(HttpWriteApi, NoTokenIs401WrongTokenIs403AndNothingIsWritten) {
  WritableServer s;
  HttpResponse none = send_with_token(s.port(), "POST", "/api/postings", welder(), "");
  EXPECT_EQ(none.status, 401);
  EXPECT_EQ(none.headers["www-authenticate"], "Bearer realm=\"jobsearch\"");
  EXPECT_EQ(none.json()["error"]["code"], "unauthorized");
  HttpResponse wrong = send_with_token(s.port(), "POST", "/api/postings", welder(), "s3cret-tokeN");
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(send_with_token(s.port(), "DELETE", "/api/postings/0123456789abcdef", "", "").status,
            401);
  EXPECT_EQ(send_with_token(s.port(), "DELETE", "/api/postings/0123456789abcdef", "", "x").status,
            403);
  EXPECT_EQ(total(s.port(), "zeppelin"), 0);
}

TEST(HttpWriteApi, APostedPostingIsSearchableAndDeletedById) {
  WritableServer s;
  HttpResponse posted = send_with_token(s.port(), "POST", "/api/postings", welder(), kToken);
  ASSERT_EQ(posted.status, 200) << posted.body;
  json answer = posted.json();
  EXPECT_EQ(answer["records"], 1);
  EXPECT_EQ(answer["added"], 1);
  ASSERT_EQ(answer["results"].size(), 1u);
  EXPECT_EQ(answer["results"][0]["status"], "added");
  const std::string id = answer["results"][0]["id"];
  EXPECT_TRUE(test::wait_until([&] { return total(s.port(), "zeppelin") == 1; }));
  EXPECT_EQ(http_get(s.port(), "/api/postings/" + id).json()["title"],
            "Underwater Zeppelin Welder");

  // The same posting again: an exact re-post, nothing new.
  json again = send_with_token(s.port(), "POST", "/api/postings", welder(), kToken).json();
  EXPECT_EQ(again["added"], 0);
  EXPECT_EQ(again["results"][0]["id"], id);

  HttpResponse deleted = send_with_token(s.port(), "DELETE", "/api/postings/" + id, "", kToken);
  ASSERT_EQ(deleted.status, 200) << deleted.body;
  EXPECT_EQ(deleted.json()["deleted"], id);
  EXPECT_EQ(deleted.json()["posting"], id + ": Underwater Zeppelin Welder, Acme");
  EXPECT_TRUE(test::wait_until([&] { return total(s.port(), "zeppelin") == 0; }));
  HttpResponse missing = send_with_token(s.port(), "DELETE", "/api/postings/" + id, "", kToken);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.json()["error"]["message"], "no posting has id \"" + id + "\"");
}

TEST(HttpWriteApi, EachRecordOfJsonlIsAnsweredAndBadOnesAreRejectedAlone) {
  WritableServer s;
  const std::string body = welder("Zeppelin Rigger") + "\n{\"@type\": \"JobPosting\"}\n{oops\n" +
                           welder("Zeppelin Pilot") + "\n";
  HttpResponse posted = send_with_token(s.port(), "POST", "/api/postings", body, kToken);
  ASSERT_EQ(posted.status, 200) << posted.body;
  json answer = posted.json();
  EXPECT_EQ(answer["records"], 4);
  EXPECT_EQ(answer["added"], 2);
  EXPECT_EQ(answer["rejected"], 2);
  const json& results = answer["results"];
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0]["record"], "line 1");
  EXPECT_EQ(results[0]["status"], "added");
  EXPECT_EQ(results[1]["record"], "line 2");
  EXPECT_EQ(results[1]["status"], "rejected");
  EXPECT_EQ(results[1]["reason"], "JobPosting has no title");
  EXPECT_EQ(results[2]["record"], "line 3");
  EXPECT_EQ(results[2]["status"], "rejected");
  EXPECT_EQ(results[3]["record"], "line 4");
  EXPECT_TRUE(test::wait_until([&] { return total(s.port(), "zeppelin") == 2; }));
}

TEST(HttpWriteApi, AnArrayIsAnsweredPerElement) {
  WritableServer s;
  const std::string body = "[" + welder("Zeppelin Rigger") + ", 42]";
  json answer = send_with_token(s.port(), "POST", "/api/postings", body, kToken).json();
  EXPECT_EQ(answer["added"], 1);
  EXPECT_EQ(answer["rejected"], 1);
  EXPECT_EQ(answer["results"][1]["record"], "[1]");
}

TEST(HttpWriteApi, WithoutATokenThereIsNoWriteRoute) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  index(db, {source_path("corpus/postings/linkedin.jsonl")});
  ServerProcess server(db);
  HttpResponse post = send_with_token(server.port(), "POST", "/api/postings", welder(), kToken);
  EXPECT_EQ(post.status, 404);  // no route takes /api/postings on a read-only server
  HttpResponse del = send_with_token(server.port(), "DELETE", "/api/postings/abc", "", kToken);
  EXPECT_EQ(del.status, 405);
  EXPECT_EQ(del.headers["allow"], "GET, HEAD, OPTIONS");
}

// Searches while postings arrive one request at a time: none fails.
TEST(HttpWriteApi, SearchesDuringWritesNeverFail) {
  WritableServer s;
  std::atomic<bool> writing{true};
  std::atomic<int> failures{0}, answers{0};
  std::vector<std::thread> readers;
  for (int t = 0; t < 3; ++t) {
    readers.emplace_back([&] {
      while (writing || answers < 30) {
        HttpResponse r = http_get(s.port(), "/api/search?q=zeppelin&facets=location");
        ++answers;
        if (r.status != 200) ++failures;
      }
    });
  }
  for (int i = 0; i < 40; ++i) {
    HttpResponse r = send_with_token(s.port(), "POST", "/api/postings",
                                     welder("Zeppelin Welder " + std::to_string(i)), kToken);
    EXPECT_EQ(r.status, 200) << r.body;
  }
  writing = false;
  for (std::thread& reader : readers) reader.join();
  EXPECT_EQ(failures, 0);
  EXPECT_TRUE(test::wait_until([&] { return total(s.port(), "zeppelin") == 40; }));
}

// Saved searches over HTTP: saved, fired once by a posting sent through the
// API, kept across a restart, deleted.
TEST(HttpWriteApi, AlertsFireOnceForAPostedPostingAndSurviveARestart) {
  WritableServer s;
  EXPECT_EQ(send_with_token(s.port(), "GET", "/api/alerts", "", "").status, 401);
  HttpResponse saved = send_with_token(
      s.port(), "POST", "/api/alerts",
      R"({"name": "zep", "owner": "ann@example.org", "search": {"q": "zeppelin"}})", kToken);
  ASSERT_EQ(saved.status, 200) << saved.body;
  ASSERT_EQ(send_with_token(s.port(), "POST", "/api/postings", welder(), kToken).status, 200);
  json run = send_with_token(s.port(), "POST", "/api/alerts/run", "", kToken).json();
  ASSERT_EQ(run["alerts"].size(), 1u) << run.dump();
  EXPECT_EQ(run["alerts"][0]["alert"], "zep");
  EXPECT_EQ(run["alerts"][0]["owner"], "ann@example.org");
  EXPECT_EQ(run["alerts"][0]["postings"][0]["title"], "Underwater Zeppelin Welder");
  EXPECT_EQ(send_with_token(s.port(), "POST", "/api/alerts/run", "", kToken).json()["alerts"],
            json::array());

  EXPECT_EQ(s.server->stop(SIGTERM), 0);
  s.server = std::make_unique<ServerProcess>(
      s.db, std::vector<std::string>{"--write-token-file", s.token_file});
  json listed = send_with_token(s.port(), "GET", "/api/alerts", "", kToken).json();
  EXPECT_EQ(listed.dump(),
            R"({"alerts":[{"name":"zep","owner":"ann@example.org","search":{"q":["zeppelin"]}}]})");
  EXPECT_EQ(send_with_token(s.port(), "POST", "/api/alerts/run", "", kToken).json()["alerts"],
            json::array());
  EXPECT_EQ(send_with_token(s.port(), "DELETE", "/api/alerts/zep", "", kToken).status, 200);
  EXPECT_EQ(send_with_token(s.port(), "DELETE", "/api/alerts/zep", "", kToken).status, 404);
}

}  // namespace
}  // namespace jobsearch::e2e
