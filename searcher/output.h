// output.h: a SearchResponse or a Posting as readable text or as JSON.
//
// The command line and the HTTP server print the same JSON.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "posting.h"
#include "search_response.h"

namespace jobsearch {

// {"query": {...}, "total": N, "total_exact": bool, "offset", "limit",
//  "results": [{"rank", "score", "id", "snippet", ...posting fields}],
//  "facets": {"location": {"values": [{"value", "count"}], "other_count",
//  "other_values"}, ...}}
nlohmann::ordered_json response_to_json(const SearchResponse& response);

// `json` indented for a terminal or a pipe. Text that is not UTF-8 (a query
// or a profile typed in another encoding) is written as U+FFFD instead of
// throwing, so printing an answer never fails, as in the HTTP server.
std::string indented_json(const nlohmann::ordered_json& json);

// A numbered list: title, company, places, employment type, date, extract;
// then the facet counts. With `color`, matches are bold (ANSI).
void print_response_text(const SearchResponse& response, bool color, std::ostream& out);

// Every field of one posting, labelled, with the full description.
void print_posting_text(const Posting& posting, std::ostream& out);

// The non-empty `values` joined by `separator`.
std::string joined(const std::vector<std::string>& values, const char* separator);

// Snippet HTML (<mark> and escaped characters) as one line of terminal
// text, matches in bold when `color`.
std::string html_to_terminal(const std::string& html, bool color);

// "Austin, TX; Remote" - the places of a posting on one line.
std::string places_line(const Posting& posting);

}  // namespace jobsearch
