// http_server.h: jobsearch as a search service over HTTP, with its search page.
//
//   GET  /api/search?q=...&location=...   the options of request_params.h
//   POST /api/search                      the same options as a JSON object
//   GET  /api/postings/{id}               one posting (404 when absent)
//   GET  /api/suggest?q=...[&limit=N]     title and skill completions
//   GET  /api/facets                      the facets a search can count (facet_table_json)
//   GET  /api/stats, GET /healthz         the database; liveness
//   GET  /readyz                          200 when a search could start now, else 503
//   GET  /metrics                         Prometheus text format (http/metrics.h)
//   GET  /                                the search page (embedded files)
//   POST /api/postings, DELETE /api/postings/{id}   with a write token only
//   GET/POST /api/alerts, DELETE /api/alerts/{name}, POST /api/alerts/run  (the same)
//
// Answers are JSON; a search answer is the document `jobsearch --format
// json` prints for the same options. Errors are {"error": {"code",
// "message"}} with 400 (bad parameter, unparsable query or body, a query
// over its limits), 404, 405, 408 (a request not received in time), 413
// (body over 1 MiB), 503 (a search over its time budget, no search slot
// free in time, too many connections) and 500 only for internal errors,
// never for what a client sends; a 500 says no more than that, the log
// line has the detail.
//
// Work is bounded everywhere: connections (their number and how long a
// client may take, http_connections.h) apart from searches (`threads`
// slots, each with a database reader of its own, http_engine_pool.h),
// the query text (query_limits.h) and the time of each request
// (deadline.h). Commits by an indexer are seen within a second. Answers
// to repeated questions are reused until the next commit, for a minute at
// most (http_response_cache.h).
#pragma once

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>

#include "searcher/engine/query_limits.h"

namespace jobsearch {

struct ServerOptions {
  std::string db;  // database folder or stub file
  std::string host = "127.0.0.1";
  int port = 8080;        // 0: any free port (see HttpServer::port)
  unsigned threads = 16;  // search slots: searches run at once
  // Cores the searches share (0: the machine's). A search counts its facets
  // on a second thread only while fewer searches than this are running:
  // on a busy server that thread would wait for a core.
  unsigned cores = 0;
  std::size_t cache_entries = 1024;  // answers kept for reuse (0: none); see http_response_cache.h
  std::size_t max_connections = 1000;  // connections served at once; more get 503
  using Duration = std::chrono::steady_clock::duration;
  Duration request_timeout = std::chrono::seconds(10);  // time budget of one request's work
  Duration idle_timeout = std::chrono::seconds(5);      // a connection waiting for a request
  Duration read_timeout = std::chrono::seconds(10);     // to receive one request, head and body
  QueryLimits query_limits;
  // The write API (POST /api/postings, DELETE /api/postings/{id}, write_routes.h)
  // is served only when this is set, and takes requests bearing it.
  std::string write_token;
  // Never write: serve refuses a write token with it, so no route that
  // changes the database exists.
  bool read_only = false;
  bool json_log = false;  // request log lines as JSON objects (see HttpServer)
};

class HttpServer {
 public:
  // Opens the database (throws Xapian::DatabaseError when it cannot) and
  // binds host:port (throws std::runtime_error naming the address when it
  // cannot, e.g. the port is taken). Writes one line per request to `log`
  // (method, target, status, milliseconds; with options.json_log a JSON
  // object {"time","method","path","status","ms","bytes"}); `log` must
  // outlive the server.
  HttpServer(const ServerOptions& options, std::ostream& log);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // The bound port (the one chosen when options.port was 0).
  int port() const;

  // Serves requests until stop(); returns when every connection's thread
  // has finished (a search still running finishes first).
  void run();

  // Makes run() return: closes the idle and slow connections at once and
  // refuses new ones; callable from any thread, also before run().
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jobsearch
