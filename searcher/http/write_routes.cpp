#include "searcher/http/write_routes.h"

#include "searcher/http/connections.h"
#include "searcher/http/responses.h"

namespace jobsearch::http {
namespace {

// Equal strings, in a time that depends on their lengths only, so a client
// cannot find the token a byte at a time by timing refusals.
bool same_secret(const std::string& given, const std::string& token) {
  unsigned char differ = given.size() == token.size() ? 0 : 1;
  for (std::size_t i = 0; i < given.size(); ++i) {
    differ |= static_cast<unsigned char>(given[i] ^ token[i % token.size()]);
  }
  return differ == 0;
}

}  // namespace

bool authorized(const std::string& token, const httplib::Request& req, httplib::Response& res) {
  const std::string header = req.get_header_value("Authorization");
  const std::string scheme = "Bearer ";
  if (header.rfind(scheme, 0) != 0) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"jobsearch\"");
    send_error(res, 401, "unauthorized", "this route needs an Authorization: Bearer token");
    return false;
  }
  if (!same_secret(header.substr(scheme.size()), token)) {
    send_error(res, 403, "forbidden", "the bearer token is not this server's write token");
    return false;
  }
  return true;
}

std::optional<std::string> read_body(httplib::Response& res, const httplib::ContentReader& reader) {
  std::string body;
  bool too_large = false;
  bool complete = reader([&body, &too_large](const char* data, std::size_t length) {
    too_large = body.size() + length > kMaxBodyBytes;
    if (!too_large) body.append(data, length);
    return !too_large;
  });
  if (too_large || res.status == 413) {
    res.set_header("Connection", "close");  // the rest of the body is left unread
    ConnectionServer::close_after_answer();
    res.status = 413;
    fill_error(res);
    return std::nullopt;
  }
  if (!complete) {
    send_error(res, 400, "bad_request", "the request body could not be read");
    return std::nullopt;
  }
  return body;
}

void post_postings(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                   httplib::Response& res, const std::string& body) {
  if (!authorized(token, req, res)) return;
  send_json(res, 200, writes.post(body));
}

void post_no_postings(const std::string& token, const httplib::Request& req,
                      httplib::Response& res) {
  if (!authorized(token, req, res)) return;
  send_error(res, 400, "bad_request", "the request has no body: send postings as JSON-LD");
}

void delete_posting(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                    httplib::Response& res) {
  if (!authorized(token, req, res)) return;
  // Not req.matches: a DELETE without a body is routed by the server's own
  // table (routed_without_body), which does not fill them.
  const std::string id = req.path.substr(req.path.rfind('/') + 1);
  const std::string described = writes.remove(id);
  if (described.empty())
    return send_error(res, 404, "not_found", "no posting has id \"" + id + "\"");
  send_json(res, 200, nlohmann::ordered_json{{"deleted", id}, {"posting", described}});
}

}  // namespace jobsearch::http
