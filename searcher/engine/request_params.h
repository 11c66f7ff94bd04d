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
#include "searcher/engine/search_response.h"

namespace jobsearch {

// Parameter name -> its values, in the order given (repeatable ones may
// have several).
using RequestParams = std::map<std::string, std::vector<std::string>>;

// How a parameter's values are read.
enum class ParamKind {
  kWords,    // the query: every value, joined (on the command line, the words)
  kText,     // a name, a date, a place, a distance: the last value
  kList,     // repeatable: every value counts
  kFilter,   // repeatable FACET=VALUE (a JSON body may give {FACET: value or list})
  kNumber,   // a whole number: the last value
  kDecimal,  // a number, 0 or more: the last value
  kFlag,     // true/false, 1/0, yes/no; given without a value it is true
};

// One search parameter. The command line spells it --NAME with '-' for
// '_' (a flag on by default as --no-NAME, which turns it off), query
// strings and JSON bodies as NAME.
struct SearchParam {
  std::string name;
  std::string help;  // for --help: what it takes and does
  ParamKind kind;
  bool on_by_default = false;  // for a flag
};

// Every search parameter, in the order --help lists them: the query, the
// term facets with a parameter of their own (facet_table.h), then the
// rest. request_from_params refuses any other name.
const std::vector<SearchParam>& search_params();

// The parameter and value that select `value` of the term facet `facet`
// (filter=FACET=VALUE).
FacetSelector term_selector(const std::string& facet, const std::string& value);

// Builds a request from `params` (see search_params() for each one):
//   q                      free-text query (several values are joined by spaces)
//   location, employment_type, education, currency   filter values (repeatable)
//   filter                 FACET=VALUE on any facet (repeatable)
//   facets                 NAME or NAME:LIMIT, comma-separated; "none" for none
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
