// alert_routes.h: saved searches over HTTP (alerts.h), behind the write
// token as the write API is (write_routes.h: 401, 403).
//
//   GET    /api/alerts             {"alerts": [{"name", "owner", "search"}]}
//   POST   /api/alerts             {"name", "owner", "search": {options}} -> 200 {"saved": name}
//   DELETE /api/alerts/{name}      200 {"deleted": name}, 404 when not saved
//   POST   /api/alerts/run         {"alerts": [{"alert", "owner", "postings"}]}, the lines
//                                  `jobsearch alerts run` prints
#pragma once

#include <httplib.h>

#include <string>

#include "searcher/http/posting_writes.h"

namespace jobsearch::http {

void list_alerts(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                 httplib::Response& res);
// `body` is the request's body, read already.
void save_alert(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                httplib::Response& res, const std::string& body);
void delete_alert(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                  httplib::Response& res);
void run_alerts(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                httplib::Response& res);

}  // namespace jobsearch::http
