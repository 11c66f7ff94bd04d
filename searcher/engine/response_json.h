// response_json.h: a SearchResponse as the JSON every front end prints.
//
// The command line (--format json) and the HTTP server answer the same
// document, so this is the one place that shapes it.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "searcher/engine/search_response.h"

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

}  // namespace jobsearch
