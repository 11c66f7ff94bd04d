// place_resolver.h: "Austin, TX" -> coordinates, from the places the index has seen.
#pragma once

#include <xapian.h>

#include <string>

#include "searcher/engine/search_response.h"

namespace jobsearch {

// Resolves `text`: "LAT,LON" in degrees, or a place name as postings give
// it (city, "City, Region", ...; a name that only starts a known one, such
// as "Los Angeles" for "Los Angeles Metropolitan Area", also works). The
// place most postings use wins; the others it could mean are listed as
// alternatives. Throws SearchError when nothing matches or coordinates are
// out of range.
ResolvedPlace resolve_place(const std::string& text, const Xapian::Database& database);

}  // namespace jobsearch
