#include "searcher/engine/facet_passes.h"

#include <algorithm>
#include <functional>
#include <map>

#include "common/facet_terms.h"
#include "searcher/engine/facet_counter.h"
#include "searcher/engine/facet_listing.h"
#include "searcher/engine/facet_sets.h"
#include "searcher/engine/facet_spellings.h"
#include "searcher/engine/range_facets.h"
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
  counts.merged.resize(term_slots.size());
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
        facet.name,
        counts.merged[k] ? std::move(*counts.merged[k]) : merge_spellings(counts.terms[k]),
        facet.limit, picked == request.filters.end() ? std::vector<std::string>{} : picked->second,
        count_pick);
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
