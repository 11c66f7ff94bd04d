// http_responses.h: how the HTTP server answers: JSON bodies, JSON errors,
// which methods each path takes, and the search page's files.
//
// Only the server's own sources include this (it brings in httplib.h).
#pragma once

#include <httplib.h>

#include <cstddef>
#include <ctime>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

namespace jobsearch::http {

// Request bodies larger than this are refused with 413.
inline constexpr std::size_t kMaxBodyBytes = 1 << 20;
inline constexpr const char* kJsonType = "application/json; charset=utf-8";

// `body` as compact JSON text. Text that is not UTF-8 is written with
// U+FFFD instead of throwing, so printing an answer never fails.
std::string dump(const nlohmann::ordered_json& body);

// Sets `status` and a JSON body (already printed, or to print).
void send_json(httplib::Response& res, int status, const std::string& body);
void send_json(httplib::Response& res, int status, const nlohmann::ordered_json& body);

// {"error": {"code": code, "message": message}} with `status`.
void send_error(httplib::Response& res, int status, const std::string& code,
                const std::string& message);

// The JSON error for res.status when nothing else wrote one (httplib's own
// 400, 404, 413, 414 ...): a fixed code and message per status.
void fill_error(httplib::Response& res);

// A route as the method checks see it: a method and the paths it answers
// (a regular expression matched against the whole path, as httplib
// matches routes), narrowed by `exists` when set (a page file that is
// there).
struct RouteMethod {
  std::string method;
  std::regex path;
  bool (*exists)(const std::string& path) = nullptr;
};

// The methods `routes` answer on `path`, in their order, with HEAD after
// GET and OPTIONS last ("GET, HEAD, POST, OPTIONS"), or "" for a path that
// no route answers.
std::string allowed_methods(const std::vector<RouteMethod>& routes, const std::string& path);

// 405 with an Allow header for a path `routes` answer, 404 for another.
void not_allowed(const std::vector<RouteMethod>& routes, const httplib::Request& req,
                 httplib::Response& res);

// True for the path of one of the search page's files ("/" is index.html).
bool is_asset(const std::string& path);

// True for a POST, PUT, PATCH or DELETE that states neither Content-Length
// nor Transfer-Encoding: it has no body, though httplib would wait for one
// until the client closes the connection.
bool has_no_body(const httplib::Request& req);

// One of the search page's files (web_assets.h) for req.path ("/" is
// index.html), with an ETag, and 304 when the client has it already; 404
// for another path.
void send_asset(const httplib::Request& req, httplib::Response& res);

// "2026-05-04T12:00:00Z" for a time in seconds since the epoch.
std::string iso_time(std::time_t seconds);

}  // namespace jobsearch::http
