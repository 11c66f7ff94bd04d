// query_understanding.h: words of a query that are really conditions.
//
// "remote", "part time", "contract" or "chicago" are not text to find but
// conditions a seeker expects to be applied, as Google's Cloud Talent
// Solution parses them out of a query. A level ("senior", "entry level")
// is a preference: it ranks higher, it does not exclude.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "searcher/engine/search_request.h"
#include "searcher/engine/search_response.h"

namespace jobsearch {

// Reads the conditions of request.query and returns the request that
// applies them: filter words leave the query and become filters (remote,
// employment types, a trailing place name as near with a radius), boost
// words stay as words a posting may lack (dropped_words). A condition the
// request already sets itself, or names in request.literal (as typed,
// case aside), is left as text, and at least one word is
// always left to search for. `understood` receives what was read. The
// request unchanged when its query is not plain words.
SearchRequest understand_query(const SearchRequest& request, const Xapian::Database& database,
                               std::vector<UnderstoodWords>& understood);

}  // namespace jobsearch
