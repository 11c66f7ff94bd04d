// filters.h: every filter of a request as a Xapian query, each named by
// the dimension it restricts.
//
// Facet counts leave out their own dimension's filter (multi-select), so
// filters are kept apart until combined.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <map>
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
  // Each location asked for -> the terms it stands for (place_readings.h),
  // read against the database once per request.
  std::map<std::string, std::vector<std::string>> location_terms;
};

// The context of `request` in `database`: today, expiry, the place of
// `near` and how each location asked for is read. Throws SearchError for
// a bad date or an unknown or ambiguous place.
FilterContext make_context(const SearchRequest& request, const Xapian::Database& database);

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

  // The filter of one value of term facet `facet`, as the request's filter
  // of that facet reads it ("location" "India": the postings in India).
  Xapian::Query value_filter(const std::string& facet, const std::string& value) const;

 private:
  void add(const std::string& dimension, Xapian::Query query);
  Xapian::Query value_filter(const std::string& facet,
                             const std::vector<std::string>& values) const;

  std::vector<std::pair<std::string, Xapian::Query>> parts_;
  std::map<std::string, std::vector<std::string>> location_terms_;  // FilterContext's
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
