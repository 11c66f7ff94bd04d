// `jobsearch serve --db DB [--host H] [--port P] [--threads N] ...`: the
// HTTP search service (http_server.h) until SIGINT or SIGTERM.
#include <pthread.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <future>
#include <iostream>
#include <optional>
#include <thread>

#include "common/exit_codes.h"
#include "searcher/cli/command_options.h"
#include "searcher/cli/commands.h"
#include "searcher/engine/database_shards.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/search_error.h"
#include "searcher/http/server.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

// Options are spelled out: a prefix (--facet for --facets) is an unknown
// option answered with the nearest one, not a guess.
constexpr int kStyle =
    po::command_line_style::default_style & ~po::command_line_style::allow_guessing;

// How long a stop waits for searches still running before the process
// leaves them (--shutdown-grace): readers only, nothing is lost.
std::chrono::steady_clock::duration stop_grace = std::chrono::seconds(2);

constexpr const char* kUsage =
    "Usage: jobsearch serve --db DB [--host 127.0.0.1] [--port 8080] [--threads N] [--cache N]\n"
    "Serves the search API (/api/search, /api/postings/ID, /api/suggest, /api/stats,\n"
    "/healthz, /readyz, /metrics) and the search page (/) over HTTP until SIGINT or\n"
    "SIGTERM. Without a write token it only reads the database (--read-only makes\n"
    "that explicit and refuses a token). With a write token (--write-token-file, or\n"
    "the environment variable JOBSEARCH_WRITE_TOKEN) it also takes POST\n"
    "/api/postings, DELETE /api/postings/ID and /api/alerts from clients that send\n"
    "Authorization: Bearer TOKEN. On SIGTERM or SIGINT it stops accepting connections, lets\n"
    "the requests running finish for up to --shutdown-grace seconds, and exits 0.\n"
    "Logs one line per request on standard error (--log-format json: one JSON\n"
    "object per line with time, method, path, status, ms and bytes).\n"
    "Exit codes: 0 stopped by a signal; 2 bad options or the address is taken;\n"
    "4 database missing or unreadable; 5 internal error.\n\nOptions";

struct Seconds {
  double request = 10, idle = 5, read = 10, grace = 2;
};

po::options_description serve_options(ServerOptions& options, Seconds& seconds) {
  po::options_description described(kUsage);
  described.add_options()("help,h", "show this help")("db", po::value(&options.db),
                                                      "database folder")(
      "host", po::value(&options.host)->default_value(options.host),
      "address to listen on (loopback unless told otherwise)")(
      "port", po::value(&options.port)->default_value(options.port), "port; 0 picks a free one")(
      "threads", po::value<std::string>()->default_value(std::to_string(options.threads)),
      "searches run at once, each with its own database reader; more wait for one to end")(
      "cache", po::value(&options.cache_entries)->default_value(options.cache_entries),
      "answers kept for repeated questions until the next commit or for a minute (0: none)")(
      "max-connections",
      po::value<std::string>()->default_value(std::to_string(options.max_connections)),
      "connections served at once, idle ones included; more are answered 503 and closed")(
      "request-timeout", po::value(&seconds.request)->default_value(seconds.request),
      "seconds a request may take to be answered (waiting for a search slot included); then 503")(
      "idle-timeout", po::value(&seconds.idle)->default_value(seconds.idle),
      "seconds a connection may wait between requests")(
      "read-timeout", po::value(&seconds.read)->default_value(seconds.read),
      "seconds a client has to send a whole request once begun; then 408")(
      "log-format", po::value<std::string>()->default_value("text"),
      "request log lines: text, or json (one object per line)")(
      "read-only", po::bool_switch(&options.read_only),
      "never write the database: refuses a write token, so no write route exists")(
      "shutdown-grace", po::value(&seconds.grace)->default_value(seconds.grace),
      "seconds a stop waits for running requests before leaving them");
  add_query_limit_options(described);
  described.add_options()("write-token-file", po::value<std::string>(),
                          "file holding the token that enables the write API (else "
                          "$JOBSEARCH_WRITE_TOKEN; without either, the server is read-only)");
  return described;
}

void read_limits(const po::variables_map& vm, const Seconds& seconds, ServerOptions& options) {
  options.threads = static_cast<unsigned>(
      whole_number(vm["threads"].as<std::string>(), "serve: --threads", 1, 1024));
  options.max_connections =
      whole_number(vm["max-connections"].as<std::string>(), "serve: --max-connections", 1, 100000);
  options.request_timeout = parse_seconds(seconds.request, "serve: --request-timeout");
  options.idle_timeout = parse_seconds(seconds.idle, "serve: --idle-timeout");
  options.read_timeout = parse_seconds(seconds.read, "serve: --read-timeout");
  options.query_limits = query_limits_from(vm);
  const std::string format = vm["log-format"].as<std::string>();
  if (format != "text" && format != "json")
    throw SearchError("serve: --log-format takes text or json, not \"" + format + "\"");
  options.json_log = format == "json";
}

// A token file written by an editor ends its line with spaces or \r\n.
void trim_end(std::string& token) {
  while (!token.empty() && (token.back() == '\r' || token.back() == ' ')) token.pop_back();
}

// The write token: the file's first line, else the environment's; "" for
// none. A file that cannot be read, or an empty token, is refused rather
// than serving read-only by mistake.
std::string write_token(const po::variables_map& vm) {
  std::string token;
  if (vm.count("write-token-file")) {
    const std::string path = vm["write-token-file"].as<std::string>();
    std::ifstream file(path);
    if (!file) throw SearchError("serve: cannot read --write-token-file " + path);
    std::getline(file, token);
    trim_end(token);
    if (token.empty()) throw SearchError("serve: --write-token-file " + path + " is empty");
  } else if (const char* env = std::getenv("JOBSEARCH_WRITE_TOKEN")) {
    token = env;
    trim_end(token);
    if (token.empty()) throw SearchError("serve: JOBSEARCH_WRITE_TOKEN is empty");
  }
  return token;
}

// Options, or nullopt after printing the help.
std::optional<ServerOptions> parse(int argc, char** argv) {
  ServerOptions options;
  Seconds seconds;
  po::options_description described = serve_options(options, seconds);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(described).style(kStyle).run(), vm);
    po::notify(vm);
  } catch (const po::error& error) {
    throw SearchError(command_line_error(error, described));
  }
  if (vm.count("help")) {
    std::cout << described;
    return std::nullopt;
  }
  if (options.db.empty()) throw SearchError("serve: --db DB is required");
  if (options.port < 0 || options.port > 65535) throw SearchError("serve: --port takes 0 to 65535");
  read_limits(vm, seconds, options);
  options.write_token = write_token(vm);
  if (options.read_only && !options.write_token.empty()) {
    throw SearchError("serve: --read-only and a write token exclude each other");
  }
  stop_grace = parse_seconds(seconds.grace, "serve: --shutdown-grace");
  return options;
}

// Each connection holds a descriptor, and each reader a few: the usual
// soft limit of 1024 would refuse connections well below --max-connections.
void raise_open_file_limit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == limit.rlim_max) return;
  limit.rlim_cur = limit.rlim_max;
  setrlimit(RLIMIT_NOFILE, &limit);
}

// Runs `server` until one of `signals` (blocked in every thread) arrives,
// then stops it. A search still running would keep the process for up to
// its time budget: after stop_grace the process leaves it (its readers lose
// nothing) and exits here.
void serve_until_signal(HttpServer& server, const sigset_t& signals) {
  std::promise<void> finished;
  std::thread serving([&server, &finished] {
    server.run();
    finished.set_value();
    kill(getpid(), SIGTERM);  // wakes sigwait should the server stop by itself
  });
  int signal = 0;
  sigwait(&signals, &signal);
  server.stop();
  if (finished.get_future().wait_for(stop_grace) != std::future_status::ready) {
    std::cout << "jobsearch: stopped, leaving searches still running" << std::endl;
    std::cerr << std::flush;
    std::_Exit(kExitOk);
  }
  serving.join();
}

}  // namespace

int run_serve_command(int argc, char** argv) {
  std::optional<ServerOptions> options = parse(argc, argv);
  if (!options) return kExitOk;
  raise_open_file_limit();
  // Blocked here, before any thread starts, so that every thread inherits
  // the mask and the signals wait for sigwait below.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::optional<HttpServer> bound;
  try {
    bound.emplace(*options, std::cerr);
  } catch (const std::runtime_error& error) {  // the address; database errors pass as they are
    throw SearchError(std::string("serve: ") + error.what());
  }
  HttpServer& server = *bound;
  const std::string note = missing_lexicon_note(options->db);
  if (!note.empty()) std::cerr << "jobsearch: note: " << note << std::endl;
  std::cout << "jobsearch: serving " << options->db << " on http://" << options->host << ":"
            << server.port() << "/ (" << options->threads << " searches at once, "
            << options->max_connections << " connections"
            << (options->write_token.empty() ? "" : ", write API on") << ")" << std::endl;
  serve_until_signal(server, stop_signals);
  std::cout << "jobsearch: stopped" << std::endl;
  return kExitOk;
}

}  // namespace jobsearch
