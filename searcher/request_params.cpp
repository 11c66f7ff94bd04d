#include "request_params.h"

#include <algorithm>
#include <sstream>

#include "facet_terms.h"
#include "search_error.h"

namespace jobsearch {
namespace {

const std::vector<std::string> kNames = {"q",      "location", "employment_type", "education",
                                         "filter", "facets",   "offset",          "limit",
                                         "page",   "per_page", "sort"};
constexpr unsigned kMaxLimit = 10000;

const std::string* last_value(const RequestParams& params, const std::string& name) {
  auto it = params.find(name);
  return it == params.end() || it->second.empty() ? nullptr : &it->second.back();
}

unsigned number(const RequestParams& params, const std::string& name, unsigned fallback) {
  const std::string* text = last_value(params, name);
  if (text == nullptr) return fallback;
  bool digits = !text->empty() && text->size() <= 9 &&
                std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) throw SearchError(name + " takes a whole number, not \"" + *text + "\"");
  return static_cast<unsigned>(std::stoul(*text));
}

FacetRequest parse_facet(const std::string& item) {
  FacetRequest facet;
  std::size_t colon = item.find(':');
  facet.name = item.substr(0, colon);
  if (find_facet(facet.name) == nullptr) throw SearchError("facets: unknown facet \"" + facet.name + "\"");
  if (colon != std::string::npos) {
    facet.limit = number({{"facets", {item.substr(colon + 1)}}}, "facets", 10);
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
  for (const char* facet : {"location", "employment_type", "education"}) {
    auto it = params.find(facet);
    if (it != params.end()) request.filters[facet] = it->second;
  }
  auto it = params.find("filter");
  if (it == params.end()) return;
  for (const std::string& filter : it->second) {
    std::size_t equals = filter.find('=');
    if (equals == std::string::npos) throw SearchError("filter takes FACET=VALUE, not \"" + filter + "\"");
    std::string facet = filter.substr(0, equals);
    if (find_facet(facet) == nullptr) throw SearchError("filter: unknown facet \"" + facet + "\"");
    request.filters[facet].push_back(filter.substr(equals + 1));
  }
}

SortOrder sort_order(const RequestParams& params) {
  const std::string* sort = last_value(params, "sort");
  if (sort == nullptr || *sort == "relevance") return SortOrder::kRelevance;
  if (*sort == "newest") return SortOrder::kNewest;
  throw SearchError("sort takes relevance or newest, not \"" + *sort + "\"");
}

}  // namespace

const std::vector<std::string>& request_param_names() { return kNames; }

SearchRequest request_from_params(const RequestParams& params) {
  for (const auto& [name, values] : params) {
    if (std::find(kNames.begin(), kNames.end(), name) == kNames.end()) {
      throw SearchError("unknown parameter \"" + name + "\"");
    }
  }
  SearchRequest request;
  if (auto it = params.find("q"); it != params.end()) {
    for (const std::string& words : it->second) request.query += (request.query.empty() ? "" : " ") + words;
  }
  add_filters(params, request);
  request.facets = parse_facets(params);
  unsigned per_page = number(params, "per_page", 0);
  request.limit = std::min(per_page > 0 ? per_page : number(params, "limit", 10), kMaxLimit);
  unsigned page = number(params, "page", 0);
  request.offset = page > 0 ? (page - 1) * request.limit : number(params, "offset", 0);
  request.sort = sort_order(params);
  return request;
}

}  // namespace jobsearch
