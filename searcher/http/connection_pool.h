// http_connection_pool.h: a thread for each open connection, started on
// demand, up to a cap.
//
// cpp-httplib serves a connection on one thread from accept to close, and
// most of that time the thread waits for the client: an idle keep-alive
// connection, a slow upload, a client sending a header line a second. With
// a fixed pool of 16 threads, 16 such clients stopped the service for
// everyone. A waiting thread costs little (a stack mostly never touched, no
// CPU: it sleeps in poll), so the pool grows to one thread per connection,
// and the costly part, searching, is bounded on its own (search slots,
// http_engine_pool.h). Threads left without work end after `linger`.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

namespace jobsearch::http {

// httplib's TaskQueue interface (http_connections.cpp adapts it), kept
// apart from httplib so that it can be tested on its own.
class ConnectionPool {
 public:
  // At most `max_threads` connections served at once.
  ConnectionPool(std::size_t max_threads, std::chrono::milliseconds linger);
  ~ConnectionPool();
  ConnectionPool(const ConnectionPool&) = delete;
  ConnectionPool& operator=(const ConnectionPool&) = delete;

  // Runs `task` (serving one connection) on an idle thread or a new one.
  // Past the cap (or when no thread can be started), runs it at once on the
  // calling (accepting) thread with over_capacity() true, so that it can
  // refuse the connection quickly instead of leaving it waiting.
  void enqueue(std::function<void()> task);

  // Lets every task queued or running finish, then returns; idempotent.
  void shutdown();

  // True on the thread running a task that enqueue() found over the cap.
  static bool over_capacity();

 private:
  bool start_thread();
  void work();

  const std::size_t max_threads_;
  const std::chrono::milliseconds linger_;
  std::mutex mutex_;  // guards everything below
  std::condition_variable work_added_;
  std::condition_variable thread_ended_;
  std::deque<std::function<void()>> tasks_;
  std::size_t threads_ = 0;  // alive: idle, about to take a task, or busy
  std::size_t busy_ = 0;     // running a task
  bool stopping_ = false;
};

}  // namespace jobsearch::http
