#include "searcher/engine/place_resolver.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <sstream>

#include "common/ascii_text.h"
#include "common/facet_terms.h"
#include "common/place_names.h"
#include "common/posting_json.h"
#include "common/region_codes.h"
#include "common/schema.h"
#include "common/stored_data.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

constexpr unsigned kMaxPostingsRead = 50;
constexpr unsigned kMaxPrefixTerms = 20;

struct Sightings {
  std::vector<double> latitudes, longitudes;
};

bool parse_coordinates(const std::string& text, ResolvedPlace& place) {
  double latitude = 0, longitude = 0;
  char rest = 0;
  if (std::sscanf(text.c_str(), " %lf , %lf %c", &latitude, &longitude, &rest) != 2) return false;
  // Written so that NaN, which fails every comparison, is out of range too.
  if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
    throw SearchError("coordinates out of range in \"" + text + "\" (LAT,LON in degrees)");
  }
  place = {text, latitude, longitude, {}};
  return true;
}

double median(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

// Filter terms for the name: the exact key, else known keys it begins.
// "Austin, Texas" -> "Austin, TX": the indexer stores US states and
// Canadian provinces by code, so a name written out in full is looked up so.
std::string with_region_codes(const std::string& text) {
  std::string out;
  std::stringstream parts(text);
  for (std::string part; std::getline(parts, part, ',');) {
    std::string coded = normalize_region(part, "US");
    if (coded == fold_whitespace(part)) coded = normalize_region(part, "CA");
    out += (out.empty() ? "" : ",") + (out.empty() ? fold_whitespace(part) : coded);
  }
  return out;
}

std::vector<std::string> place_terms(const std::string& text, const Xapian::Database& database) {
  const std::string prefix = schema::kLocationFacet.filter_prefix;
  for (const std::string& name : {text, with_region_codes(text)}) {
    if (database.term_exists(prefix + place_key(name))) return {prefix + place_key(name)};
  }
  const std::string exact = prefix + place_key(text);
  std::vector<std::string> terms;
  for (auto it = database.allterms_begin(exact); it != database.allterms_end(exact); ++it) {
    if (terms.size() == kMaxPrefixTerms) break;
    terms.push_back(*it);
  }
  return terms;
}

// Where a posting with a single location is, from its coordinates value
// (cheap); nullopt for postings with several or none.
std::optional<Xapian::LatLongCoord> single_location(const Xapian::Document& document) {
  Xapian::LatLongCoords coordinates;
  coordinates.unserialise(document.get_value(schema::kSlotCoordinates));
  if (coordinates.size() != 1) return std::nullopt;
  return *coordinates.begin();
}

// Coordinates of the locations, among postings filed under `term`, that the term names.
void collect(const std::string& term, const Xapian::Database& database,
             std::map<std::string, Sightings>& places) {
  const std::string key = term.substr(std::string(schema::kLocationFacet.filter_prefix).size());
  unsigned read = 0;
  for (auto it = database.postlist_begin(term);
       it != database.postlist_end(term) && read < kMaxPostingsRead; ++it, ++read) {
    Xapian::Document document = database.get_document(*it);
    // A posting with one place, filed under the term, is at that place:
    // its facet value and coordinates value say where, without the JSON.
    std::optional<Xapian::LatLongCoord> only = single_location(document);
    std::string name = document.get_value(schema::kSlotLocationFacet);
    if (only && !name.empty() && name.find(schema::kValueSeparator) == std::string::npos) {
      places[name].latitudes.push_back(only->latitude);
      places[name].longitudes.push_back(only->longitude);
      continue;
    }
    Posting posting = posting_from_json(nlohmann::json::parse(posting_data(document)));
    for (const Location& location : posting.locations) {
      std::vector<std::string> keys = place_filter_keys(location);
      if (!location.latitude || std::find(keys.begin(), keys.end(), key) == keys.end()) continue;
      Sightings& seen = places[place_display_name(location)];
      seen.latitudes.push_back(*location.latitude);
      seen.longitudes.push_back(*location.longitude);
    }
  }
}

}  // namespace

ResolvedPlace resolve_place(const std::string& text, const Xapian::Database& database) {
  ResolvedPlace place;
  if (parse_coordinates(text, place)) return place;
  std::map<std::string, Sightings> places;
  for (const std::string& term : place_terms(text, database)) collect(term, database, places);
  if (places.empty()) {
    throw SearchError("unknown place \"" + text +
                      "\": no posting with coordinates is there; give LAT,LON");
  }
  auto best = std::max_element(places.begin(), places.end(), [](const auto& a, const auto& b) {
    return a.second.latitudes.size() < b.second.latitudes.size();
  });
  place.name = best->first;
  place.latitude = median(best->second.latitudes);
  place.longitude = median(best->second.longitudes);
  for (const auto& [name, seen] : places) {
    if (name != place.name) place.alternatives.push_back(name);
  }
  return place;
}

}  // namespace jobsearch
