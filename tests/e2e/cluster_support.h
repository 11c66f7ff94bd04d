// cluster_support.h: what the cluster tests share, header-only: Xapian's
// own servers (xapian-tcpsrv, xapian-replicate-server) run as child
// processes on free loopback ports, and stub files listing databases.
#pragma once

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/tcpsrv_process.h"
#include "tests/support/wait.h"

namespace jobsearch::e2e {

// `request` (with --now fixed) answered alike by `one` and `other`: ids
// and order, exact total and every facet count.
inline void expect_same_search(const std::string& one, const std::string& other,
                               std::vector<std::string> request) {
  request.insert(request.begin(), {"--now", "2026-11-29"});
  const nlohmann::json a = search_json(one, request);
  const nlohmann::json b = search_json(other, request);
  EXPECT_EQ(result_ids(a), result_ids(b)) << request[2];
  EXPECT_EQ(a["total"], b["total"]) << request[2];
  EXPECT_EQ(a["facets"], b["facets"]) << request[2];
}

// A program started in the background (found on $PATH), its output
// discarded, stopped (SIGTERM, then SIGKILL) when destroyed. It runs in a
// process group of its own: on SIGTERM xapian-tcpsrv ends its whole group.
class Background {
 public:
  explicit Background(const std::vector<std::string>& args) {
    // Made before fork(): the child of a threaded process must not allocate.
    std::vector<char*> argv;
    for (const std::string& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    pid_ = fork();
    if (pid_ != 0) return;
    setpgid(0, 0);
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  ~Background() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    bool gone = test::wait_until([&] { return waitpid(pid_, &status, WNOHANG) == pid_; });
    if (!gone) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
  }
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

 private:
  pid_t pid_ = -1;
};

// `xapian-tcpsrv` serving `db` (read-only) on a free loopback port, up
// once constructed (the test fails when it never accepts).
class ShardServer {
 public:
  explicit ShardServer(const std::string& db)
      : port_(free_port()),
        server_(
            {"xapian-tcpsrv", "--interface", "127.0.0.1", "--port", std::to_string(port_), db}) {
    EXPECT_TRUE(test::wait_until([this] { return accepts(port_); }))
        << "xapian-tcpsrv never listened on port " << port_;
  }
  int port() const { return port_; }
  // Its line in a stub file.
  std::string stub_line() const { return "remote 127.0.0.1:" + std::to_string(port_); }

 private:
  int port_;
  Background server_;
};

// Writes a Xapian stub file of `lines` at `path` and returns the path.
inline std::string write_stub(const std::string& path, const std::vector<std::string>& lines) {
  std::ofstream out(path);
  for (const std::string& line : lines) out << line << '\n';
  return path;
}

}  // namespace jobsearch::e2e
