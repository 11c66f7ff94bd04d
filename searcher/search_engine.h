// search_engine.h: a database and a request -> ranked, faceted results.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "posting.h"
#include "search_request.h"
#include "search_response.h"

namespace jobsearch {

class SearchEngine {
 public:
  // Opens the database at `path` for reading. Throws
  // Xapian::DatabaseOpeningError (or another Xapian::DatabaseError) when
  // it is missing or damaged. One engine per thread: Xapian handles are
  // not shared across threads.
  explicit SearchEngine(const std::string& path);

  // Ranks by BM25 (title scored as its own field) or newest first, pages
  // with request.offset/limit, and counts the requested facets exactly
  // over all matches (the total is then exact too). Throws SearchError
  // for a bad request.
  SearchResponse search(const SearchRequest& request);

  // The posting with this id, or nullopt.
  std::optional<Posting> get(const std::string& id);

 private:
  Xapian::Database database_;
};

}  // namespace jobsearch
