// write_routes.h: the HTTP answers of the write API (posting_writes.h),
// behind a bearer token.
//
//   POST   /api/postings        JSON-LD (object, array, @graph) or JSONL:
//                               200 with one result per record
//   DELETE /api/postings/{id}   200 {"deleted": id, "posting": "ID: Title, Company"}
//                               or 404 when no posting has that id
//
// Without "Authorization: Bearer TOKEN" a request is answered 401 with
// WWW-Authenticate; with another token, 403. Tokens are compared in
// constant time. A server started without a token has no such routes (405).
#pragma once

#include <httplib.h>

#include <optional>
#include <string>

#include "searcher/http/posting_writes.h"

namespace jobsearch::http {

// True when `req` carries `token`; otherwise answers 401 or 403 on `res`.
bool authorized(const std::string& token, const httplib::Request& req, httplib::Response& res);

// The request's body, read here rather than by httplib so that one sent in
// chunks is cut off at kMaxBodyBytes too; nullopt after answering 413 (or
// 400 for a body that could not be read whole).
std::optional<std::string> read_body(httplib::Response& res, const httplib::ContentReader& reader);

// POST /api/postings with its body read: checks the token, writes, answers.
void post_postings(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                   httplib::Response& res, const std::string& body);

// POST /api/postings without a body: 400 once authorized.
void post_no_postings(const std::string& token, const httplib::Request& req,
                      httplib::Response& res);

// DELETE /api/postings/{id} (the path's last part).
void delete_posting(PostingWrites& writes, const std::string& token, const httplib::Request& req,
                    httplib::Response& res);

}  // namespace jobsearch::http
