#include "searcher/engine/facet_passes.h"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "common/facet_terms.h"
#include "common/place_names.h"
#include "searcher/engine/facet_counter.h"
#include "searcher/engine/facet_sets.h"
#include "searcher/engine/facet_spellings.h"
#include "searcher/engine/range_facets.h"
#include "searcher/engine/request_params.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

// The facets counted in one pass, which leaves out the filter of `dimension`.
struct Pass {
  std::vector<std::size_t> term_facets;   // indexes into request.facets
  std::vector<std::size_t> range_facets;  // indexes into request.facets
};

std::map<std::string, Pass> plan_passes(const Filters& filters, const SearchRequest& request) {
  std::map<std::string, Pass> passes{{"", {}}};  // "" keeps every filter: gives the total
  for (std::size_t i = 0; i < request.facets.size(); ++i) {
    const std::string& name = request.facets[i].name;
    Pass& pass = passes[filters.restricts(name) ? name : ""];
    (is_range_facet(name) ? pass.range_facets : pass.term_facets).push_back(i);
  }
  return passes;
}

bool same_value(const schema::Facet& facet, const std::string& a, const std::string& b) {
  return facet_term(facet, a) == facet_term(facet, b);
}

// Whether the shown place `value` ("San Francisco, CA") is the city that
// `picked` names ("San Francisco"): its first part is.
bool names_city(const std::string& value, const std::string& picked) {
  const std::string city = value.substr(0, value.find(','));
  return city.size() < value.size() && place_key(city) == place_key(picked);
}

// Postings of one picked value that no counted value stands for.
using PickCounter = std::function<std::uint64_t(const std::string& picked)>;

// The top `limit` values, plus every picked value wherever it ranks; the
// rest summed as "other". A place picked by its city alone is shown as the
// places it matched ("San Francisco" as "San Francisco, CA"), selected by
// the pick itself; a pick no value stands for ("India", "Texas", a place
// no posting has) is shown with the postings it matches, counted apart.
FacetCounts with_selected(const FacetCounts& all, const FacetRequest& facet_request,
                          const std::vector<std::string>& picked, const PickCounter& count_pick) {
  const schema::Facet& facet = *find_facet(facet_request.name);
  const bool places = facet.kind == schema::FacetKind::kPlace;
  FacetCounts out;
  out.name = all.name;
  std::vector<bool> exact(picked.size(), false);
  for (const FacetValue& value : all.values) {
    for (std::size_t p = 0; p < picked.size(); ++p) {
      exact[p] = exact[p] || same_value(facet, value.value, picked[p]);
    }
  }
  std::vector<bool> shown(picked.size(), false);
  for (std::size_t i = 0; i < all.values.size(); ++i) {
    FacetValue value = all.values[i];
    value.select = term_selector(out.name, value.value);
    for (std::size_t p = 0; p < picked.size(); ++p) {
      if (same_value(facet, value.value, picked[p])) {
        value.selected = shown[p] = true;
      } else if (places && !exact[p] && names_city(value.value, picked[p])) {
        value.selected = shown[p] = true;
        value.select = term_selector(out.name, picked[p]);
      }
    }
    if (i < facet_request.limit || value.selected) {
      out.values.push_back(value);
    } else {
      out.other_count += value.count;
      ++out.other_values;
    }
  }
  for (std::size_t p = 0; p < picked.size(); ++p) {
    if (!shown[p]) {
      out.values.push_back(
          {picked[p], count_pick(picked[p]), true, term_selector(out.name, picked[p])});
    }
  }
  return out;
}

// Every value with its count, most frequent first (ties by value).
FacetCounts ranked(const std::string& name,
                   const std::unordered_map<std::string, std::uint64_t>& totals) {
  FacetCounts all;
  all.name = name;
  for (const auto& [value, count] : totals) all.values.push_back({value, count, false, {}});
  std::sort(all.values.begin(), all.values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return all;
}

void run_pass(const PassCounter& counter, const Xapian::Query& text, const Xapian::Query& filter,
              const Pass& pass, const Filters& filters, const SearchRequest& request,
              std::int64_t today, FacetResult& result, bool sets_total) {
  std::vector<Xapian::valueno> term_slots;
  for (std::size_t i : pass.term_facets)
    term_slots.push_back(find_facet(request.facets[i].name)->slot);
  std::vector<RangeBuckets> ranges;
  for (std::size_t i : pass.range_facets)
    ranges.push_back(*find_range_facet(request.facets[i].name, today));
  PassCounts counts;
  counts.terms.resize(term_slots.size());
  counts.ranges.resize(ranges.size());
  counter(text, filter, term_slots, ranges, counts);
  if (sets_total) result.total = counts.matches;
  for (std::size_t k = 0; k < pass.term_facets.size(); ++k) {
    const FacetRequest& facet = request.facets[pass.term_facets[k]];
    auto picked = request.filters.find(facet.name);
    PickCounter count_pick = [&](const std::string& value) {
      PassCounts pick;  // no facets: only the matches
      const Xapian::Query value_filter = filters.value_filter(facet.name, value);
      counter(text,
              filter.empty() ? value_filter
                             : Xapian::Query(Xapian::Query::OP_AND, filter, value_filter),
              {}, {}, pick);
      return pick.matches;
    };
    result.facets[pass.term_facets[k]] = with_selected(
        ranked(facet.name, merge_spellings(*find_facet(facet.name), counts.terms[k])), facet,
        picked == request.filters.end() ? std::vector<std::string>{} : picked->second, count_pick);
  }
  for (std::size_t k = 0; k < pass.range_facets.size(); ++k) {
    result.facets[pass.range_facets[k]] = counts.ranges[k];
  }
}

}  // namespace

Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter) {
  Xapian::Query base = query.empty() ? Xapian::Query(std::string()) : query;
  return filter.empty() ? base : Xapian::Query(Xapian::Query::OP_FILTER, base, filter);
}

FacetResult count_facets_by(const PassCounter& counter, const Xapian::Query& text,
                            const Filters& filters, const SearchRequest& request,
                            std::int64_t today) {
  for (const FacetRequest& facet : request.facets) {
    if (find_facet(facet.name) == nullptr && !is_range_facet(facet.name)) {
      throw SearchError("unknown facet \"" + facet.name + "\"");
    }
  }
  FacetResult result;
  result.facets.resize(request.facets.size());
  for (const auto& [dimension, pass] : plan_passes(filters, request)) {
    run_pass(counter, text, filters.all_except(dimension), pass, filters, request, today, result,
             dimension.empty());
  }
  return result;
}

FacetResult count_facets(std::vector<FacetColumns>& shards, const Xapian::Query& text,
                         const Filters& filters, const SearchRequest& request, std::int64_t today,
                         const Deadline& deadline) {
  SetPassCounter counter(shards, deadline);
  std::vector<Xapian::Query> pass_filters;
  for (const auto& [dimension, pass] : plan_passes(filters, request))
    pass_filters.push_back(filters.all_except(dimension));
  counter.prepare(text, pass_filters);
  return count_facets_by(std::ref(counter), text, filters, request, today);
}

}  // namespace jobsearch
