// http_client.h: talking to a running `jobsearch serve` from tests.
//
// The client is a plain socket writer and reader, independent of the
// server's HTTP library, so tests can also send what no library would
// (broken bodies, oversized ones, malformed request lines).
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {

struct HttpResponse {
  int status = 0;                              // 0: no answer (refused, timed out)
  std::map<std::string, std::string> headers;  // names in lower case
  std::string body;

  // The body parsed; fails the test and returns null when it is not JSON.
  nlohmann::json json() const;
};

// Sends `raw` (a whole HTTP request, as bytes) to 127.0.0.1:`port` and
// reads one answer, giving up after `timeout_ms`. Works even when the
// server answers before reading everything (a body too large).
HttpResponse send_raw(int port, const std::string& raw, int timeout_ms = 10000);

// A connection that has made one keep-alive request (GET /healthz) and is
// left open, idle, as browsers leave theirs; -1 when that failed.
int open_keep_alive(int port);
// A connection on which nothing is sent yet; -1 when it cannot be made.
int open_connection(int port);
void close_connection(int socket);

// Sends `raw` (possibly part of a request) on an open connection and reads
// one answer for at most `timeout_ms`; status 0 when none came whole.
HttpResponse send_on(int socket, const std::string& raw, int timeout_ms);

// GET `target` ("/api/search?q=nurse") with Connection: close.
HttpResponse http_get(int port, const std::string& target);

// `method` `target` with `body` and its Content-Length.
HttpResponse http_send(int port, const std::string& method, const std::string& target,
                       const std::string& body,
                       const std::string& content_type = "application/json");

// "a b&c" -> "a%20b%26c" (every byte but unreserved ones escaped).
std::string url_encode(const std::string& text);

// "?name=value&..." from pairs, each part url_encode()d; "" for none.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& pairs);

// `jobsearch serve --db DB --port 0 EXTRA...` as a child process.
class ServerProcess {
 public:
  // Starts the server and waits (at most test::kPatience) for the address it prints;
  // fails the test (port() is then 0) if it exits or says nothing.
  explicit ServerProcess(const std::string& db, const std::vector<std::string>& extra = {});
  // Kills the server if it still runs.
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  int port() const { return port_; }

  // Sends `signal` and waits (at most test::kPatience) for the exit; returns the exit
  // code, or -1 when it had to be killed or died by a signal.
  int stop(int signal);

  // What the server wrote so far on standard output and standard error.
  std::string out() const;
  std::string err() const;

 private:
  TempDir scratch_;
  int pid_ = -1;
  int port_ = 0;
};

}  // namespace jobsearch::e2e
