#include "searcher/http/connections.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

#include "searcher/http/connection_pool.h"
#include "searcher/http/connection_stream.h"
#include "searcher/http/responses.h"

namespace jobsearch::http {
namespace {

using Clock = std::chrono::steady_clock;

// Idle connection threads wait this long for another connection to serve.
constexpr std::chrono::seconds kThreadLinger(30);

thread_local ConnectionStream* current_stream = nullptr;

class PoolTaskQueue : public httplib::TaskQueue {
 public:
  explicit PoolTaskQueue(std::size_t max_threads) : pool_(max_threads, kThreadLinger) {}
  void enqueue(std::function<void()> task) override { pool_.enqueue(std::move(task)); }
  void shutdown() override { pool_.shutdown(); }

 private:
  ConnectionPool pool_;
};

std::string refusal() {
  const std::string body = dump(
      {{"error",
        {{"code", "busy"}, {"message", "the server has too many connections open; try again"}}}});
  return std::string("HTTP/1.1 503 Service Unavailable\r\nContent-Type: ") + kJsonType +
         "\r\nRetry-After: 1\r\nConnection: close\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

ConnectionServer::ConnectionServer(const ConnectionLimits& limits,
                                   std::function<void(const std::string&)> log)
    : limits_(limits), log_(std::move(log)) {
  if (::pipe2(stop_pipe_, O_CLOEXEC) != 0) throw std::runtime_error("cannot create a pipe");
  new_task_queue = [this] { return new PoolTaskQueue(limits_.max_connections); };
  // What httplib says in its Keep-Alive header; the connection loop below
  // keeps to the same limits.
  set_keep_alive_max_count(limits_.requests_per_connection);
  set_keep_alive_timeout(
      std::max<time_t>(1, std::chrono::duration_cast<std::chrono::seconds>(limits_.idle).count()));
}

ConnectionServer::~ConnectionServer() {
  ::close(stop_pipe_[0]);
  ::close(stop_pipe_[1]);
}

void ConnectionServer::widen_backlog() { ::listen(svr_sock_, SOMAXCONN); }

void ConnectionServer::close_connections() {
  char byte = 0;
  [[maybe_unused]] ssize_t written =
      ::write(stop_pipe_[1], &byte, 1);  // never read: stays readable
}

bool ConnectionServer::request_timed_out() {
  return current_stream != nullptr && current_stream->timed_out();
}

void ConnectionServer::close_after_answer() {
  if (current_stream != nullptr) current_stream->close_after_answer();
}

// httplib's connection loop, with our stream: requests one after another
// while the client keeps the connection, each within its budgets.
bool ConnectionServer::process_and_close_socket(socket_t sock) {
  if (ConnectionPool::over_capacity()) {
    refuse(sock);
    return false;
  }
  ++open_;
  ConnectionStream stream(sock, stop_pipe_[0]);
  current_stream = &stream;
  bool ok = true;
  for (std::size_t served = 1; ok && served <= limits_.requests_per_connection; ++served) {
    if (!stream.await_request(limits_.idle)) break;
    stream.begin_request(limits_.read, limits_.write);
    bool closed = false;
    ok = process_request(stream, served == limits_.requests_per_connection, closed, nullptr);
    ok = ok && !closed && !stream.closing();
  }
  current_stream = nullptr;
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  --open_;
  return ok;
}

// On the accepting thread, so it must not block: the answer fits in the
// socket's empty send buffer.
void ConnectionServer::refuse(socket_t sock) {
  static const std::string answer = refusal();
  [[maybe_unused]] ssize_t sent =
      ::send(sock, answer.data(), answer.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
  ::shutdown(sock, SHUT_WR);
  char ignored[4096];  // a request already here, read so that close() sends no reset
  [[maybe_unused]] ssize_t got = ::recv(sock, ignored, sizeof ignored, MSG_DONTWAIT);
  ::close(sock);
  ++refused_since_log_;
  if (Clock::now() - last_refusal_log_ >= std::chrono::seconds(1)) {
    log_("connections: refused " + std::to_string(refused_since_log_) + " over the limit of " +
         std::to_string(limits_.max_connections) + " open at once (--max-connections)");
    last_refusal_log_ = Clock::now();
    refused_since_log_ = 0;
  }
}

}  // namespace jobsearch::http
