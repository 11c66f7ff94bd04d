// tcpsrv_process.h: shards served by Xapian's own xapian-tcpsrv, from tests.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "tests/support/wait.h"

namespace jobsearch::e2e {

inline constexpr const char* kTcpsrv = "/usr/bin/xapian-tcpsrv";

// True when xapian-tcpsrv is installed (scripts/install-deps --test).
inline bool have_tcpsrv() { return access(kTcpsrv, X_OK) == 0; }

// A loopback port no one listens on now (the kernel's pick).
inline int free_port() {
  int sock = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t size = sizeof address;
  int port = 0;
  if (bind(sock, reinterpret_cast<sockaddr*>(&address), size) == 0 &&
      getsockname(sock, reinterpret_cast<sockaddr*>(&address), &size) == 0) {
    port = ntohs(address.sin_port);
  }
  close(sock);
  return port;
}

// True when something accepts connections on 127.0.0.1:`port`.
inline bool accepts(int port) {
  int sock = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  bool connected = connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  close(sock);
  return connected;
}

// `xapian-tcpsrv --port PORT --interface 127.0.0.1 DB` in a process group
// of its own (it forks one process per connection): stop() ends them all.
class TcpsrvProcess {
 public:
  TcpsrvProcess(std::string db, int port) : db_(std::move(db)), port_(port) { start(); }
  ~TcpsrvProcess() { stop(); }
  TcpsrvProcess(const TcpsrvProcess&) = delete;
  TcpsrvProcess& operator=(const TcpsrvProcess&) = delete;

  int port() const { return port_; }
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }

  // Starts the server (again) and waits until it accepts connections;
  // false when it never does.
  bool start() {
    stop();
    pid_ = fork();
    if (pid_ == 0) {
      setpgid(0, 0);
      freopen("/dev/null", "w", stdout);  // it reports each lost connection
      freopen("/dev/null", "w", stderr);
      const std::string port = std::to_string(port_);
      execl(kTcpsrv, kTcpsrv, "--quiet", "--port", port.c_str(), "--interface", "127.0.0.1",
            db_.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    setpgid(pid_, pid_);  // also here: whichever runs first
    return test::wait_until([this] { return accepts(port_); });
  }

  // Kills the server and every connection it serves, and waits for it.
  void stop() {
    if (pid_ <= 0) return;
    kill(-pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }

 private:
  std::string db_;
  int port_;
  pid_t pid_ = -1;
};

}  // namespace jobsearch::e2e
