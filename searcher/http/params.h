// http_params.h: an HTTP request's search options -> RequestParams.
//
// The HTTP API names options exactly as request_params.h does (q, location,
// employment_type, facets, page, ...); these functions only collect them
// from a query string or a JSON body, and request_from_params does the
// rest, so the command line and the HTTP API cannot drift.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "searcher/engine/request_params.h"

namespace jobsearch {

// The decoded pairs of a query string, in order (httplib::Params is this
// type). A repeated name gives several values
// (`location=Austin&location=Dallas`); a name without `=` has the value ""
// (a flag such as `remote`). Throws SearchError for a name or value that is
// not valid UTF-8.
RequestParams params_from_query(const std::multimap<std::string, std::string>& query);

// A JSON object body: {"q": "nurse", "location": ["Austin, TX", "Dallas"],
// "page": 2, "remote": true, "filter": {"company": "Acme"}}. A value is a
// string, a number, a boolean or a list of them; null is left out; a
// parameter taking FACET=VALUE (ParamKind::kFilter: "filter") may also be
// an object of FACET -> value or list (the same as "filter":
// ["FACET=value", ...]). An empty body is an empty object.
// Throws SearchError with a one-line message for a body that is not JSON
// (or holds a number beyond a double, such as 1e400), not an object, or
// holds a value of another shape.
RequestParams params_from_json_body(std::string_view body);

}  // namespace jobsearch
