#include "searcher/engine/facet_listing.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "common/facet_terms.h"
#include "common/place_names.h"
#include "searcher/engine/request_params.h"

namespace jobsearch {
namespace {

// Whether the shown place `value` ("San Francisco, CA") is the city that
// `picked` names ("San Francisco"): its first part is.
bool names_city(const std::string& value, const std::string& picked) {
  const std::string city = value.substr(0, value.find(','));
  return city.size() < value.size() && place_key(city) == place_key(picked);
}

// Most frequent first, ties by value.
bool ranks_before(const MergedValue& a, const MergedValue& b) {
  return a.count != b.count ? a.count > b.count : *a.shown < *b.shown;
}

// A facet's values as listed: how each is shown and selected, given what
// the request picked.
class Listing {
 public:
  Listing(const std::string& name, const std::vector<MergedValue>& values,
          const std::vector<std::string>& picked)
      : name_(name),
        facet_(*find_facet(name)),
        picked_(picked),
        exact_(picked.size(), false),
        shown_(picked.size(), false) {
    for (const std::string& pick : picked) picked_terms_.push_back(facet_term(facet_, pick));
    for (const MergedValue& value : values) {
      for (std::size_t p = 0; p < picked.size(); ++p)
        exact_[p] = exact_[p] || *value.term == picked_terms_[p];
    }
  }

  // Whether the picks select `value`, and the pick that names it when a
  // city picked alone does ("San Francisco" for "San Francisco, CA"),
  // unless a value is that pick itself. Notes the picks that selected.
  struct Selection {
    bool selected = false;
    std::optional<std::size_t> city_pick;
  };
  Selection selection(const MergedValue& value) {
    Selection out;
    for (std::size_t p = 0; p < picked_.size(); ++p) {
      if (*value.term == picked_terms_[p]) {
        out.selected = shown_[p] = true;
      } else if (facet_.kind == schema::FacetKind::kPlace && !exact_[p] &&
                 names_city(*value.shown, picked_[p])) {
        out.selected = shown_[p] = true;
        out.city_pick = p;
      }
    }
    return out;
  }
  // `value` as listed, with the filter that selects it.
  FacetValue listed(const MergedValue& value, const Selection& selection) const {
    const std::string& selects = selection.city_pick ? picked_[*selection.city_pick] : *value.shown;
    return {*value.shown, value.count, selection.selected, term_selector(name_, selects)};
  }
  bool picks() const { return !picked_.empty(); }
  // Each pick no listed value stood for ("India", "Texas", a place no
  // posting has), with the postings it matches, counted apart.
  void add_unshown_picks(FacetCounts& out, const PickCounter& count_pick) const {
    for (std::size_t p = 0; p < picked_.size(); ++p) {
      if (!shown_[p])
        out.values.push_back(
            {picked_[p], count_pick(picked_[p]), true, term_selector(name_, picked_[p])});
    }
  }

 private:
  const std::string& name_;
  const schema::Facet& facet_;
  const std::vector<std::string>& picked_;
  std::vector<std::string> picked_terms_;
  std::vector<bool> exact_;  // by pick: some value is the pick itself
  std::vector<bool> shown_;  // by pick: some listed value is selected by it
};

}  // namespace

FacetCounts with_selected(const std::string& name, std::vector<MergedValue> values, unsigned limit,
                          const std::vector<std::string>& picked, const PickCounter& count_pick) {
  Listing listing(name, values, picked);
  FacetCounts out;
  out.name = name;
  const std::size_t top = std::min<std::size_t>(limit, values.size());
  std::partial_sort(values.begin(), values.begin() + top, values.end(), ranks_before);
  for (std::size_t i = 0; i < top; ++i)
    out.values.push_back(listing.listed(values[i], listing.selection(values[i])));
  // Below the top, only values a pick selects are listed (and given a filter).
  std::vector<std::pair<MergedValue, FacetValue>> selected_below;
  for (std::size_t i = top; i < values.size(); ++i) {
    if (listing.picks()) {
      const auto selection = listing.selection(values[i]);
      if (selection.selected) {
        selected_below.emplace_back(values[i], listing.listed(values[i], selection));
        continue;
      }
    }
    out.other_count += values[i].count;
    ++out.other_values;
  }
  std::sort(selected_below.begin(), selected_below.end(),
            [](const auto& a, const auto& b) { return ranks_before(a.first, b.first); });
  for (auto& [merged, value] : selected_below) out.values.push_back(std::move(value));
  listing.add_unshown_picks(out, count_pick);
  return out;
}

}  // namespace jobsearch
