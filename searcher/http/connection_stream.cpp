#include "searcher/http/connection_stream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace jobsearch::http {
namespace {

using Clock = ConnectionStream::Clock;

int milliseconds_until(Clock::time_point deadline) {
  auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return static_cast<int>(std::clamp<long long>(left, 0, 60 * 60 * 1000));
}

// "127.0.0.1" and 8080 for a socket address.
void ip_and_port(const sockaddr_storage& address, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    port = ntohs(v6.sin6_port);
  }
  ip = text;
}

}  // namespace

ConnectionStream::ConnectionStream(int sock, int stop_fd) : sock_(sock), stop_fd_(stop_fd) {}

bool ConnectionStream::wait(short events, Clock::time_point deadline, bool until_stop) const {
  for (;;) {
    pollfd fds[2] = {{sock_, events, 0}, {stop_fd_, POLLIN, 0}};
    int ready = ::poll(fds, until_stop ? 2 : 1, milliseconds_until(deadline));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0 || fds[1].revents != 0) return false;
    if (fds[0].revents != 0)
      return true;  // ready, or closed / broken: the read or write says which
    if (Clock::now() >= deadline) {
      timed_out_ = true;
      return false;
    }
  }
}

bool ConnectionStream::await_request(Clock::duration idle) {
  if (buffered_begin_ < buffered_end_) return true;  // pipelined: already here
  bool idle_timed_out = !wait(POLLIN, Clock::now() + idle, true);
  timed_out_ = false;  // an idle client is not a slow one
  return !idle_timed_out;
}

void ConnectionStream::begin_request(Clock::duration read, Clock::duration write) {
  read_deadline_ = Clock::now() + read;
  write_budget_ = write;
  writing_ = false;
  timed_out_ = false;
}

bool ConnectionStream::is_readable() const {
  return buffered_begin_ < buffered_end_ || wait(POLLIN, read_deadline_, true);
}

bool ConnectionStream::is_writable() const {
  return wait(POLLOUT, writing_ ? write_deadline_ : Clock::now() + write_budget_, false);
}

ssize_t ConnectionStream::read(char* ptr, size_t size) {
  while (buffered_begin_ == buffered_end_) {
    if (!is_readable()) return -1;
    ssize_t got = ::recv(sock_, buffer_.data(), buffer_.size(), MSG_DONTWAIT);
    if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) continue;
    if (got <= 0) return got;
    buffered_begin_ = 0;
    buffered_end_ = static_cast<std::size_t>(got);
  }
  std::size_t n = std::min(size, buffered_end_ - buffered_begin_);
  std::memcpy(ptr, buffer_.data() + buffered_begin_, n);
  buffered_begin_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
  if (!writing_) {
    writing_ = true;
    write_deadline_ = Clock::now() + write_budget_;
  }
  if (!is_writable()) return -1;
  ssize_t sent = ::send(sock_, ptr, size, MSG_DONTWAIT | MSG_NOSIGNAL);
  if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
    return 0;  // httplib writes the rest again
  return sent;
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    ip_and_port(address, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    ip_and_port(address, ip, port);
}

}  // namespace jobsearch::http
