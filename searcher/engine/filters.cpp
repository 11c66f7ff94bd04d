#include "searcher/engine/filters.h"

#include <ctime>

#include "common/distance_units.h"
#include "common/facet_table.h"
#include "common/facet_terms.h"
#include "common/iso_date.h"
#include "common/schema.h"
#include "searcher/engine/place_readings.h"
#include "searcher/engine/place_resolver.h"
#include "searcher/engine/query_builder.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

Xapian::Query at_least(Xapian::valueno slot, double value) {
  return Xapian::Query(Xapian::Query::OP_VALUE_GE, slot, Xapian::sortable_serialise(value));
}

Xapian::Query at_most(Xapian::valueno slot, double value) {
  return Xapian::Query(Xapian::Query::OP_VALUE_LE, slot, Xapian::sortable_serialise(value));
}

Xapian::Query without(const char* term) {
  return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query(std::string()),
                       Xapian::Query(term));
}

Xapian::Query either(Xapian::Query a, Xapian::Query b) {
  return Xapian::Query(Xapian::Query::OP_OR, a, b);
}

Xapian::Query salary_filter(const SearchRequest& request) {
  std::vector<Xapian::Query> bounds;
  if (request.salary_min) bounds.push_back(at_least(schema::kSlotSalaryMax, *request.salary_min));
  if (request.salary_max) bounds.push_back(at_most(schema::kSlotSalaryMin, *request.salary_max));
  Xapian::Query pay(Xapian::Query::OP_AND, bounds.begin(), bounds.end());
  return request.include_no_salary ? either(pay, without(schema::kHasSalaryTerm)) : pay;
}

Xapian::Query posted_filter(const SearchRequest& request, std::int64_t today) {
  std::int64_t since = request.posted_since.empty()
                           ? today - *request.posted_within_days
                           : parse_day(request.posted_since, "posted_since");
  if (!request.posted_since.empty() && request.posted_within_days) {
    since = std::max(since, today - *request.posted_within_days);
  }
  return at_least(schema::kSlotDatePosted, static_cast<double>(since));
}

Xapian::Query within_radius(const ResolvedPlace& place, double radius_km) {
  auto* source = new Xapian::LatLongDistancePostingSource(
      schema::kSlotCoordinates,
      Xapian::LatLongCoords(Xapian::LatLongCoord(place.latitude, place.longitude)),
      Xapian::GreatCircleMetric(), radius_km * kMetresPerKm);
  return Xapian::Query(source->release());
}

// The places asked for, each read as the terms make_context found for it.
Xapian::Query location_filter(const std::vector<std::string>& values,
                              const std::map<std::string, std::vector<std::string>>& read) {
  std::vector<std::string> terms;
  for (const std::string& value : values) {
    auto found = read.find(value);
    if (found != read.end()) {
      terms.insert(terms.end(), found->second.begin(), found->second.end());
    } else {  // not read against a database: the place as written
      std::string term = facet_term(schema::kLocationFacet, value);
      terms.push_back(term.empty() ? std::string(schema::kIdPrefix) : term);
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

std::int64_t real_today() { return static_cast<std::int64_t>(std::time(nullptr)) / 86400; }

bool is_archive(const Xapian::Database& database, std::int64_t today) {
  Xapian::doccount documents = database.get_doccount();
  if (documents == 0 || database.get_value_freq(schema::kSlotValidThrough) != documents)
    return false;
  return Xapian::sortable_unserialise(database.get_value_upper_bound(schema::kSlotValidThrough)) <
         today;
}

std::int64_t parse_day(const std::string& date, const std::string& what) {
  std::optional<std::string> iso = normalize_date(date);
  std::optional<std::int64_t> days = iso ? days_since_epoch(*iso) : std::nullopt;
  if (!days) throw SearchError(what + " takes a date YYYY-MM-DD, not \"" + date + "\"");
  return *days;
}

FilterContext make_context(const SearchRequest& request, const Xapian::Database& database) {
  FilterContext context;
  context.today = request.now.empty() ? real_today() : parse_day(request.now, "now");
  context.hide_expired =
      !request.include_expired && (!request.now.empty() || !is_archive(database, context.today));
  if (!request.near.empty()) context.near = resolve_place(request.near, database);
  if (request.radius_km && !context.near)
    throw SearchError("radius needs near (a place or LAT,LON)");
  if (request.sort == SortOrder::kDistance && !context.near) {
    throw SearchError("sort by distance needs near (a place or LAT,LON)");
  }
  auto locations = request.filters.find(schema::kLocationFacet.name);
  if (locations != request.filters.end()) {
    for (const std::string& value : locations->second)
      context.location_terms[value] = location_terms(value, database);
  }
  return context;
}

Filters::Filters(const SearchRequest& request, const FilterContext& context)
    : location_terms_(context.location_terms) {
  for (const auto& [facet, values] : request.filters) add(facet, value_filter(facet, values));
  if (request.salary_min || request.salary_max)
    add(schema::kSalaryRange.name, salary_filter(request));
  if (request.max_experience_months) {
    add(schema::kExperienceRange.name,
        either(at_most(schema::kSlotExperience, *request.max_experience_months),
               without(schema::kHasExperienceTerm)));
  }
  if (!request.posted_since.empty() || request.posted_within_days) {
    add(schema::kPostedRange.name, posted_filter(request, context.today));
  }
  if (context.hide_expired) {
    add("expired", either(at_least(schema::kSlotValidThrough, static_cast<double>(context.today)),
                          without(schema::kHasValidThroughTerm)));
  }
  Xapian::Query remote(facet_term(schema::kRemoteFacet, schema::kRemoteValue));
  if (context.near && request.radius_km) {
    Xapian::Query nearby = within_radius(*context.near, *request.radius_km);
    add("near", request.remote ? either(nearby, remote) : nearby);
  } else if (request.remote) {
    add("near", remote);
  }
}

Xapian::Query Filters::value_filter(const std::string& facet,
                                    const std::vector<std::string>& values) const {
  if (facet == schema::kLocationFacet.name) return location_filter(values, location_terms_);
  return QueryBuilder::filter_query({{facet, values}});
}

Xapian::Query Filters::value_filter(const std::string& facet, const std::string& value) const {
  return value_filter(facet, std::vector<std::string>{value});
}

void Filters::add(const std::string& dimension, Xapian::Query query) {
  if (!query.empty()) parts_.emplace_back(dimension, std::move(query));
}

bool Filters::restricts(const std::string& dimension) const {
  for (const auto& part : parts_) {
    if (part.first == dimension) return true;
  }
  return false;
}

Xapian::Query Filters::all_except(const std::string& dimension) const {
  std::vector<Xapian::Query> kept;
  for (const auto& [name, query] : parts_) {
    if (name != dimension) kept.push_back(query);
  }
  return Xapian::Query(Xapian::Query::OP_AND, kept.begin(), kept.end());
}

}  // namespace jobsearch
