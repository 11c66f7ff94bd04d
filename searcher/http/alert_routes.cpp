#include "searcher/http/alert_routes.h"

#include "searcher/engine/alerts.h"
#include "searcher/engine/search_error.h"
#include "searcher/http/params.h"
#include "searcher/http/responses.h"
#include "searcher/http/write_routes.h"

namespace jobsearch::http {
namespace {

using json = nlohmann::ordered_json;

std::string text_member(const json& body, const char* name) {
  if (!body.contains(name)) return "";
  if (!body[name].is_string()) throw SearchError(std::string("\"") + name + "\" must be text");
  return body[name].get<std::string>();
}

}  // namespace

void list_alerts(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                 httplib::Response& res) {
  if (!authorized(token, req, res)) return;
  send_json(res, 200, writes.with_alerts([](AlertBook& book) {
    json list = json::array();
    for (const SavedSearch& s : book.list()) {
      list.push_back({{"name", s.name}, {"owner", s.owner}, {"search", s.params}});
    }
    return json{{"alerts", std::move(list)}};
  }));
}

void save_alert(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                httplib::Response& res, const std::string& body) {
  if (!authorized(token, req, res)) return;
  json parsed = json::parse(body, nullptr, false);
  if (!parsed.is_object()) throw SearchError("the body must be a JSON object");
  SavedSearch search{text_member(parsed, "name"),
                     text_member(parsed, "owner"),
                     params_from_json_body(parsed.value("search", json::object()).dump()),
                     0,
                     {}};
  send_json(res, 200, writes.with_alerts([&search](AlertBook& book) {
    book.add(search);
    return json{{"saved", search.name}};
  }));
}

void delete_alert(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                  httplib::Response& res) {
  if (!authorized(token, req, res)) return;
  const std::string name = req.path.substr(req.path.rfind('/') + 1);
  json answer = writes.with_alerts([&name](AlertBook& book) {
    return book.remove(name) ? json{{"deleted", name}} : json();
  });
  if (answer.is_null()) {
    return send_error(res, 404, "not_found", "no saved search is named \"" + name + "\"");
  }
  send_json(res, 200, answer);
}

void run_alerts(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                httplib::Response& res) {
  if (!authorized(token, req, res)) return;
  send_json(res, 200, writes.with_alerts([](AlertBook& book) {
    json alerts = json::array();
    for (const AlertResult& result : book.run()) {
      json postings = json::array();
      for (const AlertPosting& p : result.postings) {
        postings.push_back(
            {{"id", p.id}, {"title", p.title}, {"company", p.company}, {"url", p.url}});
      }
      alerts.push_back(
          {{"alert", result.name}, {"owner", result.owner}, {"postings", std::move(postings)}});
    }
    return json{{"alerts", std::move(alerts)}};
  }));
}

}  // namespace jobsearch::http
