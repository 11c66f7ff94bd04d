#include "searcher/engine/request_params.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>

#include "common/facet_terms.h"
#include "common/normalize.h"
#include "searcher/engine/range_facets.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

const std::vector<std::string> kNames = {"q",
                                         "location",
                                         "employment_type",
                                         "education",
                                         "filter",
                                         "facets",
                                         "offset",
                                         "limit",
                                         "page",
                                         "per_page",
                                         "sort",
                                         "salary_min",
                                         "salary_max",
                                         "include_no_salary",
                                         "currency",
                                         "max_experience",
                                         "posted_since",
                                         "posted_within",
                                         "include_expired",
                                         "now",
                                         "near",
                                         "radius",
                                         "remote",
                                         "recency_boost",
                                         "collapse",
                                         "title_weight"};
constexpr double kKmPerMile = 1.609344;
constexpr unsigned kMaxLimit = 10000;        // results per page, values per facet
constexpr unsigned kMaxNumber = 1000000000;  // offsets, pages, months, days

const std::string* last_value(const RequestParams& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() || it->second.empty() ? nullptr : &it->second.back();
}

// A whole number from 0 to `max`; the message says which when it is not.
unsigned number(const RequestParams& params, const std::string& name, unsigned fallback,
                unsigned max = kMaxNumber) {
  const std::string* text = last_value(params, name);
  if (text == nullptr) return fallback;
  bool digits =
      !text->empty() && text->size() <= 10 &&
      std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || std::stoull(*text) > max) {
    throw SearchError(name + " takes a whole number from 0 to " + std::to_string(max) + ", not \"" +
                      *text + "\"");
  }
  return static_cast<unsigned>(std::stoul(*text));
}

std::optional<double> decimal(const RequestParams& params, const std::string& name) {
  const std::string* text = last_value(params, name);
  if (text == nullptr) return std::nullopt;
  char* end = nullptr;
  double value = std::strtod(text->c_str(), &end);
  if (text->empty() || *end != '\0' || !std::isfinite(value) || value < 0) {
    throw SearchError(name + " takes a number, 0 or more, not \"" + *text + "\"");
  }
  return value;
}

// A flag given without a value, or as true/false, 1/0, yes/no.
bool flag(const RequestParams& params, const std::string& name, bool fallback) {
  const std::string* text = last_value(params, name);
  if (text == nullptr) return fallback;
  if (*text == "" || *text == "true" || *text == "1" || *text == "yes") return true;
  if (*text == "false" || *text == "0" || *text == "no") return false;
  throw SearchError(name + " takes true or false, not \"" + *text + "\"");
}

// "50", "50km", "50 km", "30mi", "30 miles" -> kilometres.
std::optional<double> radius_km(const RequestParams& params) {
  const std::string* text = last_value(params, "radius");
  if (text == nullptr) return std::nullopt;
  std::size_t unit_start = std::min(text->find_first_not_of("0123456789. "), text->size());
  std::string number = fold_whitespace(text->substr(0, unit_start));
  std::string unit = to_lower_ascii(fold_whitespace(text->substr(unit_start)));
  char* end = nullptr;
  double value = std::strtod(number.c_str(), &end);
  bool read = !number.empty() && *end == '\0' && std::isfinite(value);
  if (read && (unit == "" || unit == "km")) return value;
  if (read && (unit == "mi" || unit == "mile" || unit == "miles")) return value * kKmPerMile;
  throw SearchError("radius takes a distance of 0 or more, such as 50km or 30mi, not \"" + *text +
                    "\"");
}

FacetRequest parse_facet(const std::string& item) {
  FacetRequest facet;
  std::size_t colon = item.find(':');
  facet.name = item.substr(0, colon);
  if (find_facet(facet.name) == nullptr && !is_range_facet(facet.name)) {
    throw SearchError("facets: unknown facet \"" + facet.name + "\"");
  }
  if (colon != std::string::npos) {
    facet.limit = number({{"facets", {item.substr(colon + 1)}}}, "facets", 10, kMaxLimit);
  }
  return facet;
}

std::vector<FacetRequest> parse_facets(const RequestParams& params) {
  auto it = params.find("facets");
  if (it == params.end()) return default_facets();
  std::vector<FacetRequest> facets;
  for (const std::string& spec : it->second) {
    std::stringstream items(spec);
    for (std::string item; std::getline(items, item, ',');) {
      if (!item.empty() && item != "none") facets.push_back(parse_facet(item));
    }
  }
  return facets;
}

void add_filters(const RequestParams& params, SearchRequest& request) {
  for (const char* facet : {"location", "employment_type", "education", "currency"}) {
    auto it = params.find(facet);
    if (it != params.end()) request.filters[facet] = it->second;
  }
  auto it = params.find("filter");
  if (it == params.end()) return;
  for (const std::string& filter : it->second) {
    std::size_t equals = filter.find('=');
    if (equals == std::string::npos)
      throw SearchError("filter takes FACET=VALUE, not \"" + filter + "\"");
    std::string facet = filter.substr(0, equals);
    if (find_facet(facet) == nullptr) throw SearchError("filter: unknown facet \"" + facet + "\"");
    request.filters[facet].push_back(filter.substr(equals + 1));
  }
}

// offset, or the first result of `page` (from 1) of `limit` results.
unsigned offset(const RequestParams& params, unsigned limit) {
  unsigned page = number(params, "page", 0);
  if (page == 0) return number(params, "offset", 0);
  std::uint64_t first = std::uint64_t{page - 1} * limit;
  if (first > kMaxNumber) {
    throw SearchError("page " + std::to_string(page) + " of " + std::to_string(limit) +
                      " results starts past the last result that can be asked for (" +
                      std::to_string(kMaxNumber) + ")");
  }
  return static_cast<unsigned>(first);
}

SortOrder sort_order(const RequestParams& params) {
  const std::string* sort = last_value(params, "sort");
  if (sort == nullptr || *sort == "relevance") return SortOrder::kRelevance;
  if (*sort == "newest") return SortOrder::kNewest;
  if (*sort == "salary") return SortOrder::kSalary;
  if (*sort == "distance") return SortOrder::kDistance;
  throw SearchError("sort takes relevance, newest, salary or distance, not \"" + *sort + "\"");
}

std::string text_param(const RequestParams& params, const std::string& name) {
  const std::string* text = last_value(params, name);
  return text == nullptr ? std::string() : *text;
}

void add_ranges(const RequestParams& params, SearchRequest& request) {
  request.salary_min = decimal(params, "salary_min");
  request.salary_max = decimal(params, "salary_max");
  request.include_no_salary = flag(params, "include_no_salary", false);
  if (last_value(params, "max_experience")) {
    request.max_experience_months = static_cast<int>(number(params, "max_experience", 0));
  }
  request.posted_since = text_param(params, "posted_since");
  if (last_value(params, "posted_within")) {
    request.posted_within_days = static_cast<int>(number(params, "posted_within", 0));
  }
  request.include_expired = flag(params, "include_expired", false);
  request.now = text_param(params, "now");
  request.near = text_param(params, "near");
  request.radius_km = radius_km(params);
  request.remote = flag(params, "remote", false);
  request.recency_boost = decimal(params, "recency_boost").value_or(0);
  request.collapse_reposts = flag(params, "collapse", true);
  request.title_weight = decimal(params, "title_weight").value_or(1.0);
}

}  // namespace

SearchRequest request_from_params(const RequestParams& params) {
  for (const auto& [name, values] : params) {
    if (std::find(kNames.begin(), kNames.end(), name) == kNames.end()) {
      throw SearchError("unknown parameter \"" + name + "\"");
    }
  }
  SearchRequest request;
  if (auto it = params.find("q"); it != params.end()) {
    for (const std::string& words : it->second)
      request.query += (request.query.empty() ? "" : " ") + words;
  }
  add_filters(params, request);
  request.facets = parse_facets(params);
  unsigned per_page = number(params, "per_page", 0, kMaxLimit);
  request.limit = per_page > 0 ? per_page : number(params, "limit", 10, kMaxLimit);
  request.offset = offset(params, request.limit);
  request.sort = sort_order(params);
  add_ranges(params, request);
  return request;
}

}  // namespace jobsearch
