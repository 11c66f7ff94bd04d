// End to end: idle, slow and too many connections cannot keep `jobsearch
// serve` from answering everyone else.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

class HttpConnectionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    index(db(), {source_path("corpus/postings/linkedin.jsonl")});
  }
  static void TearDownTestSuite() { delete tmp_; }
  static std::string db() { return tmp_->file("linkedin.db"); }

  static TempDir* tmp_;
};
TempDir* HttpConnectionsTest::tmp_;

// `count` connections opened and left as they are.
std::vector<int> open_connections(int port, int count) {
  std::vector<int> sockets;
  for (int i = 0; i < count; ++i) {
    int socket = open_connection(port);
    EXPECT_GE(socket, 0) << "connection " << i;
    if (socket >= 0) sockets.push_back(socket);
  }
  return sockets;
}

void close_all(const std::vector<int>& sockets) {
  for (int socket : sockets) close_connection(socket);
}

// A search as a browser asks it, and how many milliseconds the answer took.
std::pair<HttpResponse, long> timed_search(int port) {
  const auto start = Clock::now();
  HttpResponse response = http_get(port, "/api/search?q=engineer&limit=3");
  return {response,
          std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()};
}

// 500 idle connections made normal requests time out (20 s), and 40
// clients sending a header line a second held one for 14 s: each held one
// of 16 threads.
TEST_F(HttpConnectionsTest, IdleAndSlowClientsDoNotHoldUpOthers) {
  ServerProcess server(db());
  std::vector<int> idle = open_connections(server.port(), 300);
  std::vector<int> slow = open_connections(server.port(), 40);
  for (int socket : slow) send_on(socket, "GET /api/search?q=nurse HTTP/1.1\r\nHost: x\r\n", 0);
  std::atomic<bool> dripping{true};
  std::thread dripper([&] {
    for (int line = 0; dripping; ++line) {
      for (int socket : slow) send_on(socket, "X-Line-" + std::to_string(line) + ": 1\r\n", 0);
      for (int i = 0; i < 10 && dripping; ++i) std::this_thread::sleep_for(100ms);
    }
  });
  for (int i = 0; i < 6; ++i) {
    auto [response, milliseconds] = timed_search(server.port());
    EXPECT_EQ(response.status, 200) << "request " << i << ": " << response.body.substr(0, 200);
    EXPECT_LT(milliseconds, 1000) << "request " << i;
    std::this_thread::sleep_for(500ms);
  }
  dripping = false;
  dripper.join();
  close_all(idle);
  close_all(slow);
}

TEST_F(HttpConnectionsTest, AClientTooSlowToSendItsRequestGets408) {
  ServerProcess server(db(), {"--read-timeout", "1"});
  int socket = open_connection(server.port());
  ASSERT_GE(socket, 0);
  const auto start = Clock::now();
  HttpResponse response = send_on(socket, "GET /api/search?q=nurse HTTP/1.1\r\nHost: x\r\n", 300);
  for (int line = 0; response.status == 0 && Clock::now() - start < 10s; ++line) {
    response = send_on(socket, "X-Line-" + std::to_string(line) + ": 1\r\n", 300);
  }
  close_connection(socket);
  EXPECT_EQ(response.status, 408);
  EXPECT_LT(Clock::now() - start, 5s);
  EXPECT_EQ(response.headers["connection"], "close");
  EXPECT_EQ(response.json(), json::parse(R"({"error": {"code": "request_timeout",
                                             "message": "the request did not arrive within 1 s"}})"));
  EXPECT_EQ(http_get(server.port(), "/healthz").status, 200);
}

// Past the cap a connection is answered at once and closed, instead of
// waiting in a queue behind the others.
TEST_F(HttpConnectionsTest, ConnectionsPastTheCapAreRefusedAtOnce) {
  ServerProcess server(db(), {"--max-connections", "5", "--idle-timeout", "30"});
  std::vector<int> idle = open_connections(server.port(), 5);
  const auto start = Clock::now();
  HttpResponse refused = http_get(server.port(), "/api/search?q=nurse");
  EXPECT_LT(Clock::now() - start, 2s);
  EXPECT_EQ(refused.status, 503);
  EXPECT_EQ(refused.headers["retry-after"], "1");
  EXPECT_EQ(refused.json(), json::parse(R"({"error": {"code": "busy",
                                            "message": "the server has too many connections open; try again"}})"));
  close_all(idle);
  HttpResponse served;
  for (auto until = Clock::now() + 5s; served.status != 200 && Clock::now() < until;) {
    served = http_get(server.port(), "/healthz");
  }
  EXPECT_EQ(served.status, 200);
  EXPECT_NE(server.err().find(
                "connections: refused 1 over the limit of 5 open at once (--max-connections)\n"),
            std::string::npos)
      << server.err();
}

}  // namespace
}  // namespace jobsearch::e2e
