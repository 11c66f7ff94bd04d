// End to end: idle, slow and too many connections cannot keep `jobsearch
// serve` from answering everyone else.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/e2e/shared_index.h"
#include "tests/support/wait.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
using namespace std::chrono_literals;

class HttpConnectionsTest : public ::testing::Test {
 protected:
  static std::string db() {
    return shared_index({source_path("corpus/postings/linkedin.jsonl")}).db;
  }
};

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

// A search as a browser asks it.
const char* const kSearch =
    "GET /api/search?q=engineer&limit=3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
const int kPatienceMs = static_cast<int>(
    std::chrono::duration_cast<std::chrono::milliseconds>(test::kPatience).count());

// 500 idle connections made normal requests time out (20 s), and 40
// clients sending a header line a second held one for 14 s: each held one
// of 16 threads. With idle and read timeouts of 600 s, a request waiting
// for them to free a thread would not be answered within the client's
// patience (status 0); no bound on how fast the answer comes, which a
// loaded machine could miss.
TEST_F(HttpConnectionsTest, IdleAndSlowClientsDoNotHoldUpOthers) {
  ServerProcess server(db(), {"--idle-timeout", "600", "--read-timeout", "600"});
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
    HttpResponse response = send_raw(server.port(), kSearch, kPatienceMs);
    EXPECT_EQ(response.status, 200) << "request " << i << ": " << response.body.substr(0, 200);
    std::this_thread::sleep_for(500ms);  // the slow clients send more lines meanwhile
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
  // A header line every 300 ms until the answer comes: the request never
  // ends, so only the read timeout can end it.
  HttpResponse response = send_on(socket, "GET /api/search?q=nurse HTTP/1.1\r\nHost: x\r\n", 300);
  int line = 0;
  test::wait_until([&] {
    if (response.status == 0)
      response = send_on(socket, "X-Line-" + std::to_string(line++) + ": 1\r\n", 300);
    return response.status != 0;
  });
  close_connection(socket);
  EXPECT_EQ(response.status, 408);
  EXPECT_EQ(response.headers["connection"], "close");
  EXPECT_EQ(response.json(), json::parse(R"({"error": {"code": "request_timeout",
                                             "message": "the request did not arrive within 1 s"}})"));
  EXPECT_EQ(http_get(server.port(), "/healthz").status, 200);
}

// Past the cap a connection is answered at once and closed, instead of
// waiting in a queue behind the others (which, idle for up to 600 s, would
// keep it waiting past the client's patience: status 0).
TEST_F(HttpConnectionsTest, ConnectionsPastTheCapAreRefusedAtOnce) {
  ServerProcess server(db(), {"--max-connections", "5", "--idle-timeout", "600"});
  std::vector<int> idle = open_connections(server.port(), 5);
  HttpResponse refused = send_raw(server.port(), kSearch, kPatienceMs);
  EXPECT_EQ(refused.status, 503);
  EXPECT_EQ(refused.headers["retry-after"], "1");
  EXPECT_EQ(refused.json(), json::parse(R"({"error": {"code": "busy",
                                            "message": "the server has too many connections open; try again"}})"));
  close_all(idle);
  HttpResponse served;
  auto healthy = [&] { return (served = http_get(server.port(), "/healthz")).status == 200; };
  EXPECT_TRUE(test::wait_until(healthy)) << "status " << served.status;
  EXPECT_NE(server.err().find(
                "connections: refused 1 over the limit of 5 open at once (--max-connections)\n"),
            std::string::npos)
      << server.err();
}

}  // namespace
}  // namespace jobsearch::e2e
