#include "searcher/engine/request_params.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>

#include "common/ascii_text.h"
#include "common/facet_table.h"
#include "common/facet_terms.h"
#include "searcher/engine/range_facets.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

constexpr const char* kFilterParam = "filter";

// The parameters that are neither the query nor a facet's (whose help the
// facet tables give).
struct FixedParam {
  const char* name;
  const char* help;
  ParamKind kind;
  bool on_by_default;
};
constexpr FixedParam kFixedParams[] = {
    {"salary_min", "yearly pay the posting reaches at least (hourly x 2080, monthly x 12, ...)",
     ParamKind::kDecimal, false},
    {"salary_max", "yearly pay the posting starts at or below", ParamKind::kDecimal, false},
    {"include_no_salary", "with --salary-min/max, also postings that state no pay",
     ParamKind::kFlag, false},
    {"max_experience", "months of experience you have: postings asking for more are left out",
     ParamKind::kNumber, false},
    {"posted_since", "only postings posted on or after this date (YYYY-MM-DD)", ParamKind::kText,
     false},
    {"posted_within", "only postings posted in the last N days", ParamKind::kNumber, false},
    {"include_expired", "keep postings whose validThrough has passed", ParamKind::kFlag, false},
    {"now", "judge expiry and --posted-within at this date (YYYY-MM-DD) instead of today",
     ParamKind::kText, false},
    {"near", "a place (\"Austin, TX\") or LAT,LON: distances, --radius, --sort distance",
     ParamKind::kText, false},
    {"radius", "with --near: only postings within this distance (50km, 30mi)", ParamKind::kText,
     false},
    {"remote", "remote postings (with --near and --radius: those nearby or remote)",
     ParamKind::kFlag, false},
    {"sort", "relevance (default), newest, salary or distance", ParamKind::kText, false},
    {"recency_boost", "weight added to new postings (halving every 30 days), e.g. 2",
     ParamKind::kDecimal, false},
    // On by default: the help says what turning it off (--no-collapse) does.
    {"collapse", "show every re-post of a job instead of folding them", ParamKind::kFlag, true},
    {"title_weight", "weight of the title as a field of its own (default 1; 0 turns it off)",
     ParamKind::kDecimal, false},
    {"match",
     "all: every word required; relaxed (default): when fewer than 10 postings hold every word, "
     "the least telling words are dropped (those holding all still first)",
     ParamKind::kText, false},
    {"understand",
     "true (default): read remote, part time, full time, contract, internship and a trailing "
     "place as filters, and entry level, new grad, junior, senior as boosts; false: all are words",
     ParamKind::kText, false},
    {"literal",
     "words the understanding leaves as words to find, as typed (\"remote\", \"part time\", "
     "\"chicago\"); repeatable",
     ParamKind::kList, false},
    {"offset", "skip this many results (default 0)", ParamKind::kNumber, false},
    {"limit", "results per page (default 10)", ParamKind::kNumber, false},
    {"page", "page number from 1 (with --per-page)", ParamKind::kNumber, false},
    {"per_page", "results per page, same as --limit", ParamKind::kNumber, false},
    {"ids_only",
     "results carry their rank, score, id and similar_count only (fields=similar_count): no "
     "stored posting read, no snippets",
     ParamKind::kFlag, false},
    {"fields",
     "the fields of each result to answer with, comma-separated (default: all; rank, score and "
     "id always come): what is not asked for is not made, and the stored posting is not read "
     "when nothing asked comes from it",
     ParamKind::kText, false},
};
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
  for (const schema::Facet& facet : schema::kFacets) {
    if (facet.option == nullptr) continue;
    auto it = params.find(facet.option);
    if (it != params.end()) request.filters[facet.name] = it->second;
  }
  auto it = params.find(kFilterParam);
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

bool relaxes(const RequestParams& params) {
  const std::string match = text_param(params, "match");
  if (match.empty() || match == "relaxed") return true;
  if (match == "all") return false;
  throw SearchError("match takes all or relaxed, not \"" + match + "\"");
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
  request.relax = relaxes(params);
  request.understand = flag(params, "understand", true);
  if (auto it = params.find("literal"); it != params.end()) request.literal = it->second;
}

std::string facet_names() {
  std::string names;
  for (const schema::Facet& facet : schema::kFacets) {
    names += (names.empty() ? "" : ", ") + std::string(facet.name);
  }
  return names;
}

std::string facets_help() {
  std::string ranges, defaults;
  for (const schema::RangeFacet& facet : schema::kRangeFacets) {
    ranges += (ranges.empty() ? "" : ", ") + std::string(facet.name);
  }
  for (const char* name : schema::kDefaultFacets) {
    defaults += (defaults.empty() ? "" : ",") + std::string(name);
  }
  return "facets to count, as NAME or NAME:LIMIT, comma-separated: " + facet_names() + "; also " +
         ranges + "; \"none\" for none (default: " + defaults + ")";
}

// The command line's list of every search parameter and the parser's list
// of names, in one (ParamKind says how request_from_params reads each).
std::vector<SearchParam> make_search_params() {
  std::vector<SearchParam> params = {
      {"q", "the query (on the command line, the words)", ParamKind::kWords}};
  for (const schema::Facet& facet : schema::kFacets) {
    if (facet.option != nullptr) params.push_back({facet.option, facet.help, ParamKind::kList});
  }
  params.push_back({kFilterParam, "FACET=VALUE on any facet (" + facet_names() + "); repeatable",
                    ParamKind::kFilter});
  params.push_back({"facets", facets_help(), ParamKind::kText});
  for (const FixedParam& param : kFixedParams) {
    params.push_back({param.name, param.help, param.kind, param.on_by_default});
  }
  return params;
}

}  // namespace

const std::vector<SearchParam>& search_params() {
  static const std::vector<SearchParam> params = make_search_params();
  return params;
}

FacetSelector term_selector(const std::string& facet, const std::string& value) {
  return {kFilterParam, facet + "=" + value};
}

SearchRequest request_from_params(const RequestParams& params) {
  const std::vector<SearchParam>& known = search_params();
  for (const auto& entry : params) {
    const std::string& name = entry.first;  // a lambda may not capture a structured binding
    if (std::none_of(known.begin(), known.end(),
                     [&name](const SearchParam& param) { return param.name == name; })) {
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
  if (auto it = params.find("fields"); it != params.end())
    request.fields = ResultFields::parse(it->second);
  if (flag(params, "ids_only", false)) {
    if (params.count("fields") != 0)
      throw SearchError(
          "ids_only and fields exclude each other (ids_only is fields=similar_count)");
    request.fields = ResultFields::ids();
  }
  request.sort = sort_order(params);
  add_ranges(params, request);
  return request;
}

}  // namespace jobsearch
