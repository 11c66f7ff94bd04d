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
//  "results": [{"rank", "score", "title_html", "snippet", ..., "id",
//  ...posting fields}] (those of the request's fields: rank, score and id
//  always; with ids_only, similar_count too),
//  "facets": {"location": {"values": [{"value", "count", "param",
//  "param_value"}], "other_count", "other_values"}, ...}}
// A value's "param" and "param_value" are the request parameter and value
// that select it ("filter", "location=London"; "salary_min", "60000"),
// left out for a value that selects nothing ("not stated").
nlohmann::ordered_json response_to_json(const SearchResponse& response);

// The facets a search can count, from facet_table.h, in the search page's
// order: {"facets": [{"name", "label", "kind": "terms", "param": "filter",
// "page_limit": N} or {"name", "label", "kind": "range", "param": NAME or
// null, "chart": bool}], "default": [NAME...]} (page_limit 0: not listed
// on the page; "default": counted when a request names no facets).
nlohmann::ordered_json facet_table_json();

// `json` indented for a terminal or a pipe. Text that is not UTF-8 (a query
// or a profile typed in another encoding) is written as U+FFFD instead of
// throwing, so printing an answer never fails, as in the HTTP server.
std::string indented_json(const nlohmann::ordered_json& json);

}  // namespace jobsearch
