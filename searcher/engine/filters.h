// filters.h: every filter of a request as a Xapian query, each named by
// the dimension it restricts.
//
// Facet counts leave out their own dimension's filter (multi-select), so
// filters are kept apart until combined.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "searcher/engine/search_request.h"
#include "searcher/engine/search_response.h"

namespace jobsearch {

// What the filters are judged against.
struct FilterContext {
  std::int64_t today = 0;             // days since 1970-01-01
  bool hide_expired = true;           // leave out postings past validThrough
  std::optional<ResolvedPlace> near;  // the centre of a radius search
};

class Filters {
 public:
  // Builds the filters of `request`: facet values (named by facet), salary,
  // experience, posted (dates; these three named as their range facets in
  // facet_table.h), expired, near (radius, or remote). Throws
  // SearchError for an unknown facet or a bad date.
  Filters(const SearchRequest& request, const FilterContext& context);

  // All filters but the one named `dimension` ("" for all), AND-ed; an
  // empty query when none apply.
  Xapian::Query all_except(const std::string& dimension = "") const;

  bool restricts(const std::string& dimension) const;

 private:
  void add(const std::string& dimension, Xapian::Query query);

  std::vector<std::pair<std::string, Xapian::Query>> parts_;
};

// Days since 1970-01-01 today (UTC).
std::int64_t real_today();

// True when every posting of `database` expired before `today`: an archive
// (a snapshot of past postings), where hiding them all would show nothing,
// so expiry is only judged there when a request names a date.
bool is_archive(const Xapian::Database& database, std::int64_t today);

// Days since 1970-01-01 of `date` ("YYYY-MM-DD"); throws SearchError
// naming `what` when it is not a valid date.
std::int64_t parse_day(const std::string& date, const std::string& what);

}  // namespace jobsearch
