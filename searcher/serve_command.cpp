// `jobsearch serve --db DB [--host H] [--port P] [--threads N]`: the HTTP
// search service (http_server.h) until SIGINT or SIGTERM.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <iostream>
#include <optional>
#include <thread>

#include <boost/program_options.hpp>

#include "commands.h"
#include "exit_codes.h"
#include "http_server.h"
#include "search_error.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobsearch serve --db DB [--host 127.0.0.1] [--port 8080] [--threads N] [--cache N]\n"
    "Serves the search API (/api/search, /api/postings/ID, /api/suggest, /api/stats,\n"
    "/healthz) and the search page (/) over HTTP until SIGINT or SIGTERM. Logs one\n"
    "line per request on standard error.\n\nOptions";

po::options_description serve_options(ServerOptions& options) {
  po::options_description described(kUsage);
  described.add_options()("help,h", "show this help")("db", po::value(&options.db), "database folder")(
      "host", po::value(&options.host)->default_value(options.host),
      "address to listen on (loopback unless told otherwise)")(
      "port", po::value(&options.port)->default_value(options.port), "port; 0 picks a free one")(
      "threads", po::value(&options.threads)->default_value(options.threads),
      "worker threads, each with its own database reader: the connections served at once")(
      "cache", po::value(&options.cache_entries)->default_value(options.cache_entries),
      "answers kept for repeated questions until the next commit or for a minute (0: none)");
  return described;
}

// Options, or nullopt after printing the help.
std::optional<ServerOptions> parse(int argc, char** argv) {
  ServerOptions options;
  po::options_description described = serve_options(options);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(described).run(), vm);
    po::notify(vm);
  } catch (const po::error& error) {
    throw SearchError(error.what());
  }
  if (vm.count("help")) {
    std::cout << described;
    return std::nullopt;
  }
  if (options.db.empty()) throw SearchError("serve: --db DB is required");
  if (options.port < 0 || options.port > 65535) throw SearchError("serve: --port takes 0 to 65535");
  if (options.threads == 0 || options.threads > 1024) throw SearchError("serve: --threads takes 1 to 1024");
  return options;
}

}  // namespace

int run_serve_command(int argc, char** argv) {
  std::optional<ServerOptions> options = parse(argc, argv);
  if (!options) return kExitOk;
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
  std::cout << "jobsearch: serving " << options->db << " on http://" << options->host << ":"
            << server.port() << "/ (" << options->threads << " threads)" << std::endl;
  std::thread serving([&server] {
    server.run();
    kill(getpid(), SIGTERM);  // wakes sigwait should the server stop by itself
  });
  int signal = 0;
  sigwait(&stop_signals, &signal);
  server.stop();
  serving.join();
  std::cout << "jobsearch: stopped" << std::endl;
  return kExitOk;
}

}  // namespace jobsearch
