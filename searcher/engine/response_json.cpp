#include "searcher/engine/response_json.h"

#include <cmath>

#include "common/facet_table.h"
#include "common/posting_json.h"
#include "searcher/engine/request_params.h"

namespace jobsearch {
namespace {

using json = nlohmann::ordered_json;

json facets_to_json(const std::vector<FacetCounts>& facets) {
  json out = json::object();
  for (const FacetCounts& facet : facets) {
    json values = json::array();
    for (const FacetValue& value : facet.values) {
      json entry = {{"value", value.value}, {"count", value.count}};
      if (value.selected) entry["selected"] = true;
      if (!value.select.param.empty()) {
        entry["param"] = value.select.param;
        entry["param_value"] = value.select.value;
      }
      values.push_back(std::move(entry));
    }
    out[facet.name] = {{"values", std::move(values)},
                       {"other_count", facet.other_count},
                       {"other_values", facet.other_values}};
  }
  return out;
}

// The fields of `hit` that `fields` asks for, in a full hit's order.
json hit_to_json(const SearchHit& hit, const ResultFields& fields) {
  json result = {{"rank", hit.rank}, {"score", hit.score}};
  if (fields.has("title_html")) result["title_html"] = hit.title_html;
  if (fields.has("snippet")) result["snippet"] = hit.snippet;
  if (fields.has("similar_count")) result["similar_count"] = hit.similar_count;
  if (hit.distance_km && fields.has("distance_km"))
    result["distance_km"] = std::round(*hit.distance_km * 10) / 10;
  json posting = posting_to_json(hit.posting);
  for (auto& member : posting.items()) {
    if (fields.has(member.key())) result[member.key()] = std::move(member.value());
  }
  return result;
}

}  // namespace

json facet_table_json() {
  json facets = json::array();
  for (const schema::Facet& facet : schema::kFacets) {
    facets.push_back({{"name", facet.name},
                      {"label", facet.label},
                      {"kind", "terms"},
                      {"param", term_selector(facet.name, "").param},
                      {"page_limit", facet.page_limit}});
  }
  for (const schema::RangeFacet& facet : schema::kRangeFacets) {
    facets.push_back({{"name", facet.name},
                      {"label", facet.label},
                      {"kind", "range"},
                      {"param", facet.param ? json(facet.param) : json(nullptr)},
                      {"chart", facet.chart}});
  }
  json defaults = json::array();
  for (const char* name : schema::kDefaultFacets) defaults.push_back(name);
  return {{"facets", std::move(facets)}, {"default", std::move(defaults)}};
}

std::string indented_json(const json& value) {
  return value.dump(2, ' ', false, json::error_handler_t::replace);
}

json response_to_json(const SearchResponse& response) {
  json results = json::array();
  for (const SearchHit& hit : response.hits) {
    results.push_back(hit_to_json(hit, response.fields));
  }
  json query = {{"text", response.query},
                {"parsed", response.parsed_query},
                {"suggestion", response.suggestion},
                {"corrected", response.corrected},
                {"relaxed", response.relaxed},
                {"dropped", response.dropped_words},
                {"now", response.now},
                {"expired_hidden", response.expired_hidden}};
  json understood = json::array();
  for (const UnderstoodWords& words : response.understood) {
    understood.push_back(
        {{"text", words.text}, {"as", words.as}, {"param", words.param}, {"value", words.value}});
  }
  query["understood"] = std::move(understood);
  if (response.near) {
    query["near"] = {{"name", response.near->name},
                     {"latitude", response.near->latitude},
                     {"longitude", response.near->longitude},
                     {"alternatives", response.near->alternatives}};
  }
  return {{"query", std::move(query)},
          {"total", response.total},
          {"total_exact", response.total_exact},
          {"offset", response.offset},
          {"limit", response.limit},
          {"results", std::move(results)},
          {"facets", facets_to_json(response.facets)}};
}

}  // namespace jobsearch
