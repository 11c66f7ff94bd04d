// http_server.h: jobsearch as a search service over HTTP, with its search page.
//
//   GET  /api/search?q=...&location=...   the options of request_params.h
//   POST /api/search                      the same options as a JSON object
//   GET  /api/postings/{id}               one posting (404 when absent)
//   GET  /api/suggest?q=...[&limit=N]     title and skill completions
//   GET  /api/stats, GET /healthz         the database; liveness
//   GET  /                                the search page (embedded files)
//
// Answers are JSON; a search answer is the document `jobsearch --format
// json` prints for the same options. Errors are {"error": {"code",
// "message"}} with 400 (bad parameter, unparsable query or body), 404, 405,
// 413 (body over 1 MiB) and 500 only for internal errors, never for what a
// client sends. Each worker thread borrows a database reader of its own;
// commits by an indexer are seen within a second (http_engine_pool.h).
// Answers to repeated questions are reused until the next commit, for a
// minute at most (http_response_cache.h).
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>
#include <string>

namespace jobsearch {

struct ServerOptions {
  std::string db;                 // database folder or stub file
  std::string host = "127.0.0.1";
  int port = 8080;                // 0: any free port (see HttpServer::port)
  unsigned threads = 16;          // worker threads: connections served at once
  std::size_t cache_entries = 1024;  // answers kept for reuse (0: none); see http_response_cache.h
};

class HttpServer {
 public:
  // Opens the database (throws Xapian::DatabaseError when it cannot) and
  // binds host:port (throws std::runtime_error naming the address when it
  // cannot, e.g. the port is taken). Writes one line per request to `log`
  // (method, target, status, milliseconds); `log` must outlive the server.
  HttpServer(const ServerOptions& options, std::ostream& log);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // The bound port (the one chosen when options.port was 0).
  int port() const;

  // Serves requests until stop(); returns when the workers have finished.
  void run();

  // Makes run() return; callable from any thread, also before run().
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jobsearch
