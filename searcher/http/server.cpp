#include "searcher/http/server.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <ostream>
#include <regex>
#include <thread>

#include "common/posting_json.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/request_params.h"
#include "searcher/engine/response_json.h"
#include "searcher/engine/search_error.h"
#include "searcher/http/alert_routes.h"
#include "searcher/http/connections.h"
#include "searcher/http/engine_pool.h"
#include "searcher/http/metrics.h"
#include "searcher/http/params.h"
#include "searcher/http/posting_writes.h"
#include "searcher/http/response_cache.h"
#include "searcher/http/responses.h"
#include "searcher/http/write_routes.h"

namespace jobsearch {
namespace {

using json = nlohmann::ordered_json;
using httplib::Request;
using httplib::Response;
using Clock = std::chrono::steady_clock;
using namespace http;

constexpr auto kReopenInterval = std::chrono::milliseconds(250);
constexpr std::size_t kCacheBytes = 64 << 20;
constexpr auto kCacheLifetime = std::chrono::seconds(60);
constexpr unsigned kDefaultSuggestions = 8, kMaxSuggestions = 50;
constexpr std::size_t kMaxLoggedTarget = 300;

// When the request being served on this thread started (set before routing).
thread_local std::optional<Clock::time_point> request_start;
// The label of the route answering it, for the metrics (null: none yet).
thread_local const std::string* request_route = nullptr;

// The parameters as one string: equal strings ask the same question.
std::string canonical(const RequestParams& params) {
  std::string key;
  for (const auto& [name, values] : params) {
    key += name;
    for (const std::string& value : values) key += '\x1f' + value;
    key += '\x1e';
  }
  return key;
}

ConnectionLimits connection_limits(const ServerOptions& options) {
  ConnectionLimits limits;
  limits.max_connections = options.max_connections;
  limits.idle = options.idle_timeout;
  limits.read = options.read_timeout;
  return limits;
}

// One route: a method, a path (httplib's regular expression) and what
// answers it. The method checks (405, Allow, OPTIONS) read the same list.
struct Route {
  const char* method;  // "GET" or "POST"
  const char* path;
  httplib::Server::Handler handler;  // the answer (for POST: to a request without a body)
  httplib::Server::HandlerWithContentReader body_handler = nullptr;  // POST with a body
  bool (*exists)(const std::string& path) = nullptr;                 // narrows `path` (page files)
};

void send_unavailable(Response& res, const std::string& code, const std::string& message) {
  res.set_header("Retry-After", "1");
  send_error(res, 503, code, message);
}

}  // namespace

struct HttpServer::Impl {
  Impl(const ServerOptions& options, std::ostream& log_stream)
      : pool(options.db, kReopenInterval, options.threads, options.query_limits),
        cache(options.cache_entries, kCacheBytes, kCacheLifetime),
        server(connection_limits(options), [this](const std::string& line) { log_line(line); }),
        log(log_stream),
        request_timeout(options.request_timeout),
        read_timeout(options.read_timeout),
        write_token(options.write_token),
        json_log(options.json_log),
        cores(options.cores > 0 ? options.cores
                                : std::max(1u, std::thread::hardware_concurrency())) {
    if (!write_token.empty()) writes = std::make_unique<PostingWrites>(options.db);
  }

  std::vector<Route> routes();
  void add_write_routes(std::vector<Route>& routes);
  void add_alert_routes(std::vector<Route>& routes);
  void add_routes();
  void add_method_checks();
  void add_hooks();
  httplib::Server::Handler guarded(httplib::Server::Handler handler);
  using BodyAnswer = std::function<void(const Request&, Response&, const std::string& body)>;
  httplib::Server::HandlerWithContentReader with_body(BodyAnswer answer);
  std::string cached(const std::string& key, const std::function<std::string(Reader&)>& answer);
  Deadline deadline() const;
  void search(const RequestParams& params, Response& res);
  void posting(const Request& req, Response& res);
  void suggestions(const Request& req, Response& res);
  void stats(Response& res);
  void metrics_answer(Response& res);
  void readiness(Response& res);
  httplib::Server::Handler labelled(std::size_t route, httplib::Server::Handler handler);
  void routed_without_body(const Request& req, Response& res);
  void log_line(const std::string& line);
  void log_request(const Request& req, const Response& res);

  EnginePool pool;
  std::vector<Route> route_table;         // routes(), as added
  std::vector<RouteMethod> methods;       // route_table's, for the method checks
  std::vector<std::string> route_labels;  // route_table's, for the metrics
  Metrics metrics;
  std::atomic<std::uint64_t> last_documents{0};  // as the last /metrics counted them
  ResponseCache cache;
  ConnectionServer server;
  std::ostream& log;
  std::mutex log_mutex;
  const ServerOptions::Duration request_timeout;
  const ServerOptions::Duration read_timeout;
  const std::string write_token;
  std::unique_ptr<PostingWrites> writes;  // the one writer; null without a write token
  const bool json_log;
  const unsigned cores;  // see ServerOptions::cores
  int port = 0;
  std::atomic<bool> stopping{false};
  std::atomic<bool> run_started{false};
  std::atomic<bool> run_finished{false};
};

// User errors become 400s; a request over its time, or finding the server
// overloaded, a 503 the client may retry; anything else is a 500, a bug or
// a broken database, never the client's doing: logged with its detail,
// answered without (it may name files and internals).
httplib::Server::Handler HttpServer::Impl::guarded(httplib::Server::Handler handler) {
  return [this, handler](const Request& req, Response& res) {
    try {
      handler(req, res);
    } catch (const SearchError& error) {
      send_error(res, 400, "bad_request", error.what());
    } catch (const SearchTimeout& error) {
      metrics.count_timeout();
      send_unavailable(res, "timeout",
                       std::string(error.what()) + "; narrow it, or try again later");
    } catch (const ServerBusy& error) {
      send_unavailable(res, "busy", error.what());
    } catch (const ShardUnavailable& error) {
      log_line(std::string("error: ") + error.what());
      send_unavailable(res, "shard_unavailable", error.what());
    } catch (const Xapian::Error& error) {
      log_line("error: " + error.get_description());
      send_error(res, 500, "internal_error", "internal error (the server's log has the details)");
    } catch (const std::exception& error) {
      log_line(std::string("error: ") + error.what());
      send_error(res, 500, "internal_error", "internal error (the server's log has the details)");
    }
  };
}

// The time budget of the request being served on this thread, from when
// its head was read.
Deadline HttpServer::Impl::deadline() const {
  return Deadline::after(request_timeout, request_start.value_or(Clock::now()));
}

// The answer to `key` on the newest revision: from the cache (without
// taking a search slot), or made by `answer` on a reader and kept. Only
// answers that were made without error are kept.
std::string HttpServer::Impl::cached(const std::string& key,
                                     const std::function<std::string(Reader&)>& answer) {
  std::optional<std::string> hit = cache.find(std::to_string(pool.generation()) + '\n' + key);
  metrics.count_cache(hit.has_value());
  if (hit) return *hit;
  return pool.with_reader(
      [&](Reader& reader) {
        std::string body = answer(reader);
        cache.store(std::to_string(reader.generation) + '\n' + key, body);
        return body;
      },
      deadline());
}

void HttpServer::Impl::search(const RequestParams& params, Response& res) {
  SearchRequest request =
      request_from_params(params);  // bad parameters fail here, before the cache
  const Deadline budget = deadline();
  send_json(res, 200, cached("search\n" + canonical(params), [&](Reader& reader) {
              // Beside other searches, a second thread would only wait for a core.
              request.facets_in_parallel = pool.slots_taken() < cores;
              return dump(response_to_json(reader.engine.search(request, budget)));
            }));
}

// The body is read here, not by httplib, so that one sent in chunks
// (without a length) is cut off at the limit too; then `answer`, guarded.
httplib::Server::HandlerWithContentReader HttpServer::Impl::with_body(BodyAnswer answer) {
  return [this, answer](const Request& req, Response& res, const httplib::ContentReader& reader) {
    std::optional<std::string> body = read_body(res, reader);  // 413 or 400 when it cannot
    if (!body) return;
    guarded([&answer, &body](const Request& r, Response& out) { answer(r, out, *body); })(req, res);
  };
}

void HttpServer::Impl::posting(const Request& req, Response& res) {
  const std::string id = req.matches[1];
  std::optional<Posting> found =
      pool.with_reader([&id](Reader& reader) { return reader.engine.get(id); }, deadline());
  if (!found) return send_error(res, 404, "not_found", "no posting has id \"" + id + "\"");
  send_json(res, 200, posting_to_json(*found));
}

void HttpServer::Impl::suggestions(const Request& req, Response& res) {
  RequestParams params = params_from_query(req.params);
  unsigned limit = kDefaultSuggestions;
  for (const auto& [name, values] : params) {
    if (name != "q" && name != "limit") throw SearchError("unknown parameter \"" + name + "\"");
  }
  if (params.count("limit")) {
    // The search options' number rules, read through request_from_params.
    limit = std::min(request_from_params({{"limit", params["limit"]}}).limit, kMaxSuggestions);
  }
  const std::string typed = params.count("q") ? params["q"].back() : "";
  send_json(res, 200, cached("suggest\n" + canonical(params), [&](Reader& reader) {
              json list = json::array();
              for (const Suggestion& s : reader.engine.suggest(typed, limit)) {
                list.push_back({{"text", s.text}, {"kind", s.kind}});
              }
              return dump({{"query", typed}, {"suggestions", std::move(list)}});
            }));
}

void HttpServer::Impl::stats(Response& res) {
  auto documents =
      pool.with_reader([](Reader& reader) { return reader.engine.stats().documents; }, deadline());
  std::error_code ignored;
  std::string absolute = std::filesystem::absolute(pool.path(), ignored).string();
  std::time_t updated = pool.last_update();
  send_json(res, 200,
            json{{"database", absolute.empty() ? pool.path() : absolute},
                 {"documents", documents},
                 {"last_update", updated == 0 ? "" : iso_time(updated)}});
}

void HttpServer::Impl::metrics_answer(Response& res) {
  DatabaseFigures figures;
  figures.generation = pool.generation();
  try {  // without waiting for a slot: a busy server is when metrics matter
    last_documents = pool.with_reader(
        [](Reader& reader) { return std::uint64_t(reader.engine.stats().documents); },
        Deadline::after(std::chrono::milliseconds(0), Clock::now()));
  } catch (const ServerBusy&) {
  }
  figures.documents = last_documents;
  figures.reopens = pool.readers_opened();
  figures.open_connections = server.open_connections();
  res.status = 200;
  res.set_content(metrics.exposition(figures), "text/plain; version=0.0.4; charset=utf-8");
}

// The database is open before the server listens, so ready means a
// search could start now.
void HttpServer::Impl::readiness(Response& res) {
  if (!pool.slot_free()) return send_unavailable(res, "not_ready", "every search slot is taken");
  send_json(res, 200, json{{"status", "ready"}});
}

// Every route the server answers.
std::vector<Route> HttpServer::Impl::routes() {
  auto json_answer = [](nlohmann::ordered_json body) {
    return [body](const Request&, Response& res) { send_json(res, 200, body); };
  };
  return {
      {"GET", "/api/search",
       [this](const Request& req, Response& res) { search(params_from_query(req.params), res); }},
      {"POST", "/api/search", [this](const Request&, Response& res) { search({}, res); },
       with_body([this](const Request&, Response& res, const std::string& body) {
         search(params_from_json_body(body), res);
       })},
      {"GET", "/api/postings/([^/]+)",
       [this](const Request& req, Response& res) { posting(req, res); }},
      {"GET", "/api/suggest", [this](const Request& req, Response& res) { suggestions(req, res); }},
      {"GET", "/api/facets", json_answer(facet_table_json())},
      {"GET", "/api/stats", [this](const Request&, Response& res) { stats(res); }},
      {"GET", "/healthz", json_answer(json{{"status", "ok"}})},
      {"GET", "/readyz", [this](const Request&, Response& res) { readiness(res); }},
      {"GET", "/metrics", [this](const Request&, Response& res) { metrics_answer(res); }},
      {"GET", "/([a-z_]+\\.[a-z]+)?", send_asset, nullptr, is_asset},
  };
}

// The write API (write_routes.h), only on a server given a write token:
// without one, DELETE /api/postings/{id} answers 405 (the path takes GET)
// and POST /api/postings 404 (no route has that path), as before.
void HttpServer::Impl::add_write_routes(std::vector<Route>& table) {
  if (!writes) return;
  table.push_back(
      {"POST", "/api/postings",
       [this](const Request& req, Response& res) { post_no_postings(write_token, req, res); },
       with_body([this](const Request& req, Response& res, const std::string& body) {
         post_postings(*writes, write_token, req, res, body);
       })});
  table.push_back({"DELETE", "/api/postings/([^/]+)", [this](const Request& req, Response& res) {
                     delete_posting(*writes, write_token, req, res);
                   }});
  add_alert_routes(table);
}

// Saved searches (alert_routes.h), with the write API: they are written
// by its one writer.
void HttpServer::Impl::add_alert_routes(std::vector<Route>& table) {
  auto with_token =
      [this](void (*answer)(PostingWrites&, const std::string&, const Request&, Response&)) {
        return [this, answer](const Request& req, Response& res) {
          answer(*writes, write_token, req, res);
        };
      };
  table.push_back({"GET", "/api/alerts", with_token(list_alerts)});
  table.push_back({"POST", "/api/alerts",
                   [this](const Request& req, Response& res) {
                     save_alert(*writes, write_token, req, res, "");
                   },
                   with_body([this](const Request& req, Response& res, const std::string& body) {
                     save_alert(*writes, write_token, req, res, body);
                   })});
  table.push_back({"POST", "/api/alerts/run", with_token(run_alerts)});
  table.push_back({"DELETE", "/api/alerts/([^/]+)", with_token(delete_alert)});
}

// `handler`, noting first which route answers (for the metrics).
httplib::Server::Handler HttpServer::Impl::labelled(std::size_t route,
                                                    httplib::Server::Handler handler) {
  const std::string* label = &route_labels[route];  // route_labels no longer grows
  return [label, handler](const Request& req, Response& res) {
    request_route = label;
    handler(req, res);
  };
}

void HttpServer::Impl::add_routes() {
  route_table = routes();
  add_write_routes(route_table);
  for (const Route& route : route_table) route_labels.push_back(route_label(route.path));
  for (std::size_t i = 0; i < route_table.size(); ++i) {
    const Route& route = route_table[i];
    methods.push_back({route.method, std::regex(route.path), route.exists});
    if (route.body_handler) {
      const std::string* label = &route_labels[i];
      auto body_handler = route.body_handler;  // guarded once the body is read
      server.Post(route.path, [label, body_handler](const Request& req, Response& res,
                                                    const httplib::ContentReader& reader) {
        request_route = label;
        body_handler(req, res, reader);
      });
    } else if (std::string(route.method) == "GET") {
      server.Get(route.path, labelled(i, guarded(route.handler)));
    } else if (std::string(route.method) == "DELETE") {
      server.Delete(route.path, labelled(i, guarded(route.handler)));
    } else {
      server.Post(route.path, labelled(i, guarded(route.handler)));
    }
  }
}

// A POST (PUT, ...) that states no body: answered by its route's handler
// when the route takes one without a body, else 405 or 404.
void HttpServer::Impl::routed_without_body(const Request& req, Response& res) {
  for (std::size_t i = 0; i < route_table.size(); ++i) {
    if (req.method == route_table[i].method && std::regex_match(req.path, methods[i].path)) {
      return labelled(i, guarded(route_table[i].handler))(req, res);
    }
  }
  not_allowed(methods, req, res);
}

// 405 with Allow for a known path asked with another method, 404 for an
// unknown one; OPTIONS answers with what is allowed (CORS preflight too).
void HttpServer::Impl::add_method_checks() {
  auto refuse = [this](const Request& req, Response& res) { not_allowed(methods, req, res); };
  server.Post(".*", refuse).Put(".*", refuse).Patch(".*", refuse).Delete(".*", refuse);
  server.Options(".*", [this](const Request& req, Response& res) {
    const std::string allowed = allowed_methods(methods, req.path);
    if (allowed.empty()) return send_error(res, 404, "not_found", "no such resource");
    res.status = 204;
    res.set_header("Allow", allowed);
    res.set_header("Access-Control-Allow-Methods", allowed);
    res.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization");
    res.set_header("Access-Control-Max-Age", "86400");
  });
}

void HttpServer::Impl::add_hooks() {
  server.set_pre_routing_handler([this](const Request& req, Response& res) {
    request_start = Clock::now();
    metrics.request_started();
    // A public, read-only search API: any site's page may call it.
    if (req.path.rfind("/api/", 0) == 0) res.set_header("Access-Control-Allow-Origin", "*");
    if (!has_no_body(req)) return httplib::Server::HandlerResponse::Unhandled;
    routed_without_body(req, res);
    return httplib::Server::HandlerResponse::Handled;
  });
  // httplib's own errors (an empty body) are for requests it could not
  // read whole: the connection cannot go on after them.
  server.set_error_handler(
      httplib::Server::HandlerWithResponse([this](const Request&, Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        if (res.status == 400 || res.status == 413 || res.status == 414) {
          ConnectionServer::close_after_answer();
          res.set_header("Connection", "close");
        }
        if (res.status == 400 && ConnectionServer::request_timed_out()) {
          send_error(res, 408, "request_timeout",
                     "the request did not arrive within " + duration_text(read_timeout));
        } else {
          fill_error(res);
        }
        return httplib::Server::HandlerResponse::Handled;
      }));
  server.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
    send_error(res, 500, "internal_error", "unexpected error");
  });
  server.set_logger([this](const Request& req, const Response& res) { log_request(req, res); });
}

void HttpServer::Impl::log_line(const std::string& line) {
  std::lock_guard<std::mutex> lock(log_mutex);
  log << line << '\n' << std::flush;
}

// "2026-05-04T12:00:00Z GET /api/search?q=nurse 200 1.25 ms"; "-" for what
// a request that could not be read lacks. Counted in the metrics here, as
// every request, routed or not, ends here.
void HttpServer::Impl::log_request(const Request& req, const Response& res) {
  double ms = -1;
  if (request_start) {
    ms = std::chrono::duration<double, std::milli>(Clock::now() - *request_start).count();
    metrics.request_finished();
  }
  metrics.count_request(request_route ? *request_route : "other", res.status,
                        ms < 0 ? 0 : ms / 1000);
  request_start.reset();
  request_route = nullptr;
  std::string target =
      req.target.substr(0, kMaxLoggedTarget) + (req.target.size() > kMaxLoggedTarget ? "..." : "");
  if (json_log) {
    json line{{"time", iso_time(std::time(nullptr))},
              {"method", req.method},
              {"path", target},
              {"status", res.status}};
    line["ms"] = ms < 0 ? json(nullptr) : json(std::round(ms * 100) / 100);
    line["bytes"] = res.body.size();
    return log_line(line.dump(-1, ' ', false, json::error_handler_t::replace));
  }
  char millis[32] = "-";
  if (ms >= 0) std::snprintf(millis, sizeof millis, "%.2f", ms);
  log_line(iso_time(std::time(nullptr)) + ' ' + (req.method.empty() ? "-" : req.method) + ' ' +
           (target.empty() ? "-" : target) + ' ' + std::to_string(res.status) + ' ' + millis +
           " ms");
}

HttpServer::HttpServer(const ServerOptions& options, std::ostream& log)
    : impl_(std::make_unique<Impl>(options, log)) {
  ConnectionServer& server = impl_->server;
  server.set_payload_max_length(kMaxBodyBytes);
  server.set_tcp_nodelay(true);
  // httplib's default also sets SO_REUSEPORT, which would let a second
  // server share a port in use instead of failing.
  server.set_socket_options([](socket_t socket) {
    int on = 1;
    setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  });
  impl_->add_hooks();
  impl_->add_routes();
  impl_->add_method_checks();
  impl_->port = options.port == 0
                    ? server.bind_to_any_port(options.host)
                    : (server.bind_to_port(options.host, options.port) ? options.port : -1);
  if (impl_->port <= 0) {
    throw std::runtime_error("cannot listen on " + options.host + ":" +
                             std::to_string(options.port) +
                             " (address in use or not on this machine?)");
  }
  server.widen_backlog();
}

HttpServer::~HttpServer() = default;

int HttpServer::port() const { return impl_->port; }

void HttpServer::run() {
  impl_->run_started = true;
  if (!impl_->stopping) impl_->server.listen_after_bind();
  impl_->run_finished = true;
}

void HttpServer::stop() {
  impl_->stopping = true;
  impl_->server.close_connections();
  // run() may be between its look at `stopping` and the start of the
  // listen loop, where httplib's stop() would do nothing: wait (bounded).
  for (int i = 0;
       i < 2000 && impl_->run_started && !impl_->run_finished && !impl_->server.is_running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->server.stop();
}

}  // namespace jobsearch
