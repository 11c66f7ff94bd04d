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

// Builds a request from `params`, each read as search_params() says: the
// query words joined by spaces, facet values OR-ed within a facet and
// AND-ed across, "facets" as NAME or NAME:LIMIT, comma-separated ("none"
// for none), "page" (from 1) with "per_page" as another way to give
// offset and limit. Flags take "", true/false, 1/0 or yes/no.
// Throws SearchError naming the parameter for an unknown parameter, a bad
// number or an unknown facet or sort order.
SearchRequest request_from_params(const RequestParams& params);

}  // namespace jobsearch
