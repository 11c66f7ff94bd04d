#include "tests/e2e/http_client.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <regex>
#include <sstream>

#include "tests/e2e/e2e_support.h"
#include "tests/support/wait.h"

namespace jobsearch::e2e {
namespace {

using Clock = std::chrono::steady_clock;

int connect_loopback(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  return fd;
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Parses what has arrived; true once the answer is complete (its
// Content-Length read, or the connection closed).
bool parse_response(const std::string& data, bool closed, HttpResponse& response) {
  std::size_t end = data.find("\r\n\r\n");
  if (end == std::string::npos) return closed;
  std::istringstream head(data.substr(0, end));
  std::string line, version;
  std::getline(head, line);
  std::istringstream(line) >> version >> response.status;
  response.headers.clear();
  while (std::getline(head, line)) {
    std::size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::size_t start = line.find_first_not_of(' ', colon + 1);
    std::string value = start == std::string::npos ? "" : line.substr(start);
    if (!value.empty() && value.back() == '\r') value.pop_back();
    response.headers[lower(line.substr(0, colon))] = value;
  }
  response.body = data.substr(end + 4);
  auto length = response.headers.find("content-length");
  if (length == response.headers.end()) return closed;
  return response.body.size() >= std::stoul(length->second) || closed;
}

}  // namespace

nlohmann::json HttpResponse::json() const {
  nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded())
      << "not JSON (status " << status << "): " << body.substr(0, 300);
  return parsed.is_discarded() ? nlohmann::json() : parsed;
}

namespace {

// Writes `raw` on `fd` and reads one answer (see send_raw).
HttpResponse exchange(int fd, const std::string& raw, int timeout_ms) {
  HttpResponse response;
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  std::size_t sent = 0;
  bool writing = true, closed = false;
  std::string data;
  char buffer[65536];
  while (Clock::now() < deadline && !closed && !parse_response(data, false, response)) {
    pollfd p{fd, static_cast<short>(POLLIN | (writing ? POLLOUT : 0)), 0};
    if (poll(&p, 1, 50) <= 0) continue;
    if ((p.revents & POLLOUT) && writing) {
      ssize_t n = send(fd, raw.data() + sent, raw.size() - sent, MSG_NOSIGNAL);
      if (n > 0) sent += static_cast<std::size_t>(n);
      writing = n >= 0 && sent < raw.size();  // stop on an error: the server has had its say
    }
    if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t n = recv(fd, buffer, sizeof buffer, 0);
      if (n > 0) data.append(buffer, static_cast<std::size_t>(n));
      closed = n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK);
    }
  }
  if (!parse_response(data, closed, response)) response.status = 0;
  return response;
}

}  // namespace

HttpResponse send_raw(int port, const std::string& raw, int timeout_ms) {
  int fd = connect_loopback(port);
  if (fd < 0) return HttpResponse();
  HttpResponse response = exchange(fd, raw, timeout_ms);
  close(fd);
  return response;
}

int open_keep_alive(int port) {
  int fd = connect_loopback(port);
  if (fd < 0) return -1;
  if (exchange(fd, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5000).status != 200) {
    close(fd);
    return -1;
  }
  return fd;
}

int open_connection(int port) { return connect_loopback(port); }

HttpResponse send_on(int socket, const std::string& raw, int timeout_ms) {
  return exchange(socket, raw, timeout_ms);
}

void close_connection(int socket) {
  if (socket >= 0) close(socket);
}

HttpResponse http_get(int port, const std::string& target) {
  return send_raw(port,
                  "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
}

HttpResponse http_send(int port, const std::string& method, const std::string& target,
                       const std::string& body, const std::string& content_type) {
  return send_raw(port,
                  method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
                      "Content-Type: " + content_type +
                      "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
}

std::string url_encode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::string out;
  for (const auto& [name, value] : pairs) {
    out += (out.empty() ? "?" : "&") + url_encode(name) + "=" + url_encode(value);
  }
  return out;
}

ServerProcess::ServerProcess(const std::string& db, const std::vector<std::string>& extra) {
  std::vector<std::string> args = {JOBSEARCH_BIN, "serve", "--db", db, "--port", "0"};
  args.insert(args.end(), extra.begin(), extra.end());
  pid_ = fork();
  if (pid_ == 0) {
    int out = open(scratch_.file("out").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int err = open(scratch_.file("err").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(out, STDOUT_FILENO);
    dup2(err, STDERR_FILENO);
    std::vector<char*> argv;
    for (std::string& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  const std::regex address(R"(http://127\.0\.0\.1:(\d+)/)");
  test::wait_until([&] {  // the address printed, or the server gone
    std::smatch match;
    std::string printed = out();
    if (std::regex_search(printed, match, address)) port_ = std::stoi(match[1]);
    if (port_ == 0 && waitpid(pid_, nullptr, WNOHANG) == pid_) pid_ = -1;
    return port_ != 0 || pid_ == -1;
  });
  EXPECT_NE(port_, 0) << "the server did not start: " << err();
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) stop(SIGKILL);
}

int ServerProcess::stop(int signal) {
  if (pid_ <= 0) return -1;
  kill(pid_, signal);
  int status = 0;
  if (test::wait_until([&] { return waitpid(pid_, &status, WNOHANG) == pid_; })) {
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  kill(pid_, SIGKILL);
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return -1;
}

std::string ServerProcess::out() const { return read_file(scratch_.file("out")); }
std::string ServerProcess::err() const { return read_file(scratch_.file("err")); }

}  // namespace jobsearch::e2e
