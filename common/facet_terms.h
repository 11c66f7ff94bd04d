// facet_terms.h: facet values <-> the boolean terms that filter on them.
//
// The indexer and the searcher both derive terms here, so a value shown in
// a facet list always works as a filter ("Austin, TX" ticked -> XPLaustin,tx).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/facet_table.h"
#include "common/posting.h"

namespace jobsearch {

// The boolean term that selects postings whose `facet` has `value`, with the
// value normalised as the facet's kind requires (employment types and
// education by their normalisers, countries to ISO codes, other values by
// place_key). Returns "" for a value that normalises to nothing.
std::string facet_term(const schema::Facet& facet, std::string_view value);

// `prefix` + `key`, cut to schema::kMaxTermLength bytes (at a UTF-8
// character boundary): Xapian refuses longer terms, and one over-long
// company or place name must not stop an indexing run. Every filter term is
// made here, by the indexer and the searcher alike, so a cut value still
// filters.
std::string filter_term(std::string_view prefix, std::string_view key);

// The facet by its name ("location", "employment_type", ...), or nullptr.
const schema::Facet* find_facet(std::string_view name);

// The facet counted from value slot `slot`, or nullptr.
const schema::Facet* find_facet_by_slot(Xapian::valueno slot);

// How a place is shown in the location facet: "Austin, TX" (locality and
// region), "London, GB" (locality and country when there is no region),
// else whatever parts exist. "" for a location with no names.
std::string place_display_name(const Location& location);

// Every name a user may filter a place by: locality; locality with region,
// with country, with both; region; region with country; country; postal
// code; all as place_key()s. No duplicates.
std::vector<std::string> place_filter_keys(const Location& location);

}  // namespace jobsearch
