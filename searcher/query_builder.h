// query_builder.h: a SearchRequest -> the Xapian query that answers it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "search_request.h"

namespace jobsearch {

class QueryBuilder {
 public:
  // `database` supplies term statistics for wildcards; it must outlive this.
  explicit QueryBuilder(const Xapian::Database& database);

  // The free text of `request` (all words required by default; stemming,
  // stop words, phrases, AND/OR/NOT, field prefixes title:, company:,
  // location:, industry:, skill:), with the title scored as a field of its
  // own, filtered by `request.filters`. An empty query matches everything
  // that passes the filters, unweighted. Throws SearchError for a query
  // that cannot be parsed or a filter on an unknown facet.
  Xapian::Query build(const SearchRequest& request) const;

  // Just the filters: OR within a facet, AND across facets. Empty query
  // when there are none. Throws SearchError for an unknown facet.
  static Xapian::Query filter_query(const std::map<std::string, std::vector<std::string>>& filters);

 private:
  Xapian::Query text_query(const std::string& text) const;

  mutable Xapian::QueryParser parser_;
};

}  // namespace jobsearch
