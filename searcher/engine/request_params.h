// request_params.h: named parameters -> a SearchRequest.
//
// The command line, HTTP query strings and JSON bodies all name search
// options the same way (snake_case: q, location, employment_type, ...), so
// one function turns them into a request and the front ends cannot drift.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "searcher/engine/search_request.h"

namespace jobsearch {

// Parameter name -> its values, in the order given (repeatable ones may
// have several).
using RequestParams = std::map<std::string, std::vector<std::string>>;

// Builds a request from `params`:
//   q                      free-text query (several values are joined by spaces)
//   location, employment_type, education   filter values (repeatable)
//   filter                 FACET=VALUE on any facet (repeatable)
//   facets                 NAME or NAME:LIMIT, comma-separated; "none" for none
//   currency               filter on the salary currency (repeatable)
//   offset, limit          paging; or page (from 1) with per_page
//   sort                   relevance, newest, salary or distance
//   salary_min, salary_max yearly pay bounds; include_no_salary (flag)
//   max_experience         months a candidate has
//   posted_since (date), posted_within (days), include_expired (flag), now (date)
//   near ("LAT,LON" or a place), radius ("50km", "30mi"), remote (flag)
//   recency_boost (weight), collapse (flag, default true), title_weight
// Flags take "", true/false, 1/0 or yes/no.
// Throws SearchError naming the parameter for an unknown parameter, a bad
// number or an unknown facet or sort order.
SearchRequest request_from_params(const RequestParams& params);

}  // namespace jobsearch
