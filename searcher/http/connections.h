// http_connections.h: cpp-httplib's server with bounded connections: how
// many, and how long a client may take.
//
// Each connection has a thread of its own (http_connection_pool.h), up to
// `max_connections`; past that a new connection is answered 503 at once by
// the accepting thread and closed, so it neither waits in a queue nor
// holds anything. A connection may wait `idle` for each request (keep-
// alive), must then deliver the request, head and body, within `read`
// (a slow sender gets 408 and is closed), and take its answer within
// `write`. The searches themselves are bounded apart (search slots and
// their time budget, http_engine_pool.h and deadline.h), so that slow
// clients hold only cheap connection threads.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

namespace jobsearch::http {

struct ConnectionLimits {
  using Duration = std::chrono::steady_clock::duration;
  std::size_t max_connections = 1000;
  Duration idle = std::chrono::seconds(5);    // waiting for a request
  Duration read = std::chrono::seconds(10);   // to receive one request, head and body
  Duration write = std::chrono::seconds(10);  // to send one answer
  std::size_t requests_per_connection = 1000;
};

class ConnectionServer : public httplib::Server {
 public:
  // `log` gets a line now and then about refused connections; it must be
  // callable from any thread and outlive the server.
  ConnectionServer(const ConnectionLimits& limits, std::function<void(const std::string&)> log);
  ~ConnectionServer() override;
  ConnectionServer(const ConnectionServer&) = delete;
  ConnectionServer& operator=(const ConnectionServer&) = delete;

  // A longer queue of connections waiting for accept(): Debian's build
  // listens with a backlog of 5, so a burst of new connections (a page's
  // parallel requests, a load balancer) would see dropped SYNs and
  // one-second retries. Linux lets listen() be called again on a listening
  // socket to change it. Call after binding.
  void widen_backlog();

  // Ends every connection's waits for its client at once (idle, or reading
  // a request), so that stopping waits only for the searches running and
  // their answers. Call before stop().
  void close_connections();

  // On the thread of a request's handlers: true when that request ran out
  // of its read time (httplib then answers 400, which should be a 408).
  static bool request_timed_out();

  // On the thread of a request's handlers: closes the connection once the
  // answer is sent (for a request that could not be read whole).
  static void close_after_answer();

  // Connections being served now (refused ones not included).
  long open_connections() const { return open_; }

 private:
  bool process_and_close_socket(socket_t sock) override;
  void refuse(socket_t sock);

  const ConnectionLimits limits_;
  const std::function<void(const std::string&)> log_;
  int stop_pipe_[2] = {-1, -1};
  std::chrono::steady_clock::time_point last_refusal_log_{};
  std::atomic<long> open_{0};
  std::size_t refused_since_log_ = 0;  // both only on the accepting thread
};

}  // namespace jobsearch::http
