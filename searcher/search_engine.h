// search_engine.h: a database and a request -> ranked, faceted results.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "facet_counter.h"
#include "posting.h"
#include "search_request.h"
#include "search_response.h"

namespace jobsearch {

class QueryBuilder;
struct FacetResult;
struct FilterContext;

class SearchEngine {
 public:
  // Opens the database at `path` for reading. Throws
  // Xapian::DatabaseOpeningError (or another Xapian::DatabaseError) when
  // it is missing or damaged. One engine per thread: Xapian handles are
  // not shared across threads.
  explicit SearchEngine(const std::string& path);

  // Ranks by BM25 (title scored as its own field, optionally blended with
  // recency) or sorts by date, salary or distance; folds re-posts of one
  // job under its best posting; pages with request.offset/limit; counts
  // the requested facets exactly over all matches (the total is then exact
  // too). A query that matches nothing but has a spelling correction is
  // answered for the correction (response.corrected). Postings past their
  // validThrough are left out unless asked for, except in an archive
  // whose every posting has expired (see is_archive in the source). Throws
  // SearchError for a bad request.
  SearchResponse search(const SearchRequest& request);

  // The posting with this id, or nullopt.
  std::optional<Posting> get(const std::string& id);

 private:
  SearchResponse run(const SearchRequest& request, const QueryBuilder& builder,
                     const FilterContext& context);
  FacetResult count_request_facets(const SearchRequest& request, const FilterContext& context);

  Xapian::Database database_;
  // Facets are counted in a thread of their own, during the ranked match,
  // so on handles of their own (same revision as database_).
  Xapian::Database facet_database_;
  std::vector<FacetColumns> facet_shards_;  // empty when a shard is remote
};

}  // namespace jobsearch
