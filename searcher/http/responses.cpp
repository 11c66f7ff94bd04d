#include "searcher/http/responses.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "searcher/http/web/web_assets.h"

namespace jobsearch::http {
namespace {

using httplib::Request;
using httplib::Response;

const web::Asset* find_asset(const std::string& path) {
  const std::string wanted = path == "/" ? "/index.html" : path;
  for (std::size_t i = 0; i < web::kAssetCount; ++i) {
    if (wanted == web::kAssets[i].path) return &web::kAssets[i];
  }
  return nullptr;
}

}  // namespace

std::string dump(const nlohmann::ordered_json& body) {
  return body.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

void send_json(Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, kJsonType);
}

void send_json(Response& res, int status, const nlohmann::ordered_json& body) {
  send_json(res, status, dump(body));
}

void send_error(Response& res, int status, const std::string& code, const std::string& message) {
  send_json(res, status, nlohmann::ordered_json{{"error", {{"code", code}, {"message", message}}}});
}

void fill_error(Response& res) {
  switch (res.status) {
    case 400:
      return send_error(res, 400, "bad_request", "the request is malformed");
    case 404:
      return send_error(res, 404, "not_found", "no such resource");
    case 405:
      return send_error(res, 405, "method_not_allowed", "method not allowed here");
    case 413:
      return send_error(res, 413, "payload_too_large",
                        "the request body is over " + std::to_string(kMaxBodyBytes) + " bytes");
    case 414:
      return send_error(res, 414, "uri_too_long", "the request target is too long");
    default:
      return send_error(res, res.status, res.status >= 500 ? "internal_error" : "http_error",
                        "HTTP status " + std::to_string(res.status));
  }
}

std::string allowed_methods(const std::vector<RouteMethod>& routes, const std::string& path) {
  std::string allowed;
  for (const RouteMethod& route : routes) {
    if (!std::regex_match(path, route.path) || (route.exists && !route.exists(path))) continue;
    if (allowed.find(route.method) != std::string::npos) continue;
    allowed += route.method + (route.method == "GET" ? ", HEAD, " : ", ");
  }
  return allowed.empty() ? allowed : allowed + "OPTIONS";
}

void not_allowed(const std::vector<RouteMethod>& routes, const Request& req, Response& res) {
  const std::string allowed = allowed_methods(routes, req.path);
  if (allowed.empty()) return send_error(res, 404, "not_found", "no such resource");
  res.set_header("Allow", allowed);
  send_error(res, 405, "method_not_allowed", req.method + " is not allowed on " + req.path);
}

bool is_asset(const std::string& path) { return find_asset(path) != nullptr; }

bool has_no_body(const Request& req) {
  static const char* const kWithBody[] = {"POST", "PUT", "PATCH", "DELETE"};
  bool expects_body =
      std::find(std::begin(kWithBody), std::end(kWithBody), req.method) != std::end(kWithBody);
  return expects_body && !req.has_header("Content-Length") && !req.has_header("Transfer-Encoding");
}

void send_asset(const Request& req, Response& res) {
  const web::Asset* file = find_asset(req.path);
  if (file == nullptr) return send_error(res, 404, "not_found", "no such resource");
  res.set_header("ETag", file->etag);
  res.set_header("Cache-Control", "no-cache");  // revalidated: a new page shows at once
  if (req.get_header_value("If-None-Match") == file->etag) {
    res.status = 304;
    return;
  }
  if (std::string_view(file->content_type).rfind("text/html", 0) == 0) {
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'");
  }
  res.set_content(reinterpret_cast<const char*>(file->data), file->size, file->content_type);
}

std::string iso_time(std::time_t seconds) {
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace jobsearch::http
