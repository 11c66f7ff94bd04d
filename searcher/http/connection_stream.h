// http_connection_stream.h: one client connection as cpp-httplib reads and
// writes it, with a deadline for each request instead of one per read.
//
// httplib's own stream gives each read its own timeout, so a client that
// sends a header line every few seconds holds its connection forever, and
// its idle keep-alive wait polls every 10 ms. Here a request must arrive
// whole (head and body) within one read budget and its answer leave within
// one write budget, the wait for the next request sleeps in poll(), and
// every wait for a client's bytes also ends at once when the server stops
// (a shared pipe that becomes readable).
#pragma once

#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <string>

namespace jobsearch::http {

class ConnectionStream : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;

  // `sock` is the connection (not owned); `stop_fd` becomes readable when
  // the server stops.
  ConnectionStream(int sock, int stop_fd);

  // Waits up to `idle` for the next request to begin; false when the time
  // passed, the server stops or the client closed or broke the connection.
  bool await_request(Clock::duration idle);

  // The request that begins now must be read within `read`, and its answer
  // written within `write` from its first byte.
  void begin_request(Clock::duration read, Clock::duration write);

  // True once a read or write ran past its budget.
  bool timed_out() const { return timed_out_; }

  // Ends the connection after the answer being made: the request could not
  // be read, so where a next one would begin is unknown.
  void close_after_answer() { closing_ = true; }
  bool closing() const { return closing_ || timed_out_; }

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return sock_; }

 private:
  // poll()s for `events` until `deadline`: true when ready; false on time
  // out (then timed_out_ is set), error, or when the server stops if
  // `until_stop` (reads give way to a stop; an answer being written is
  // still sent, within its budget).
  bool wait(short events, Clock::time_point deadline, bool until_stop) const;

  const int sock_;
  const int stop_fd_;
  Clock::duration write_budget_{};
  Clock::time_point read_deadline_;
  Clock::time_point write_deadline_;
  bool writing_ = false;  // the answer has begun
  mutable bool timed_out_ = false;
  bool closing_ = false;
  std::array<char, 4096> buffer_{};  // read ahead: httplib reads a request line byte by byte
  std::size_t buffered_begin_ = 0, buffered_end_ = 0;
};

}  // namespace jobsearch::http
