// The readers of where a posting is: jobLocation (places, addresses,
// coordinates) and jobLocationType (remote work).
#include <algorithm>

#include "common/ascii_text.h"
#include "common/html_text.h"
#include "common/place_names.h"
#include "common/posting_fields.h"
#include "common/region_codes.h"

namespace jobsearch::posting_fields {
namespace {

using nlohmann::json;

// Coordinates on the Place itself (LinkedIn) or in its `geo` (schema.org).
void read_coordinates(const json& place, const std::string& field, FieldWarnings& notes,
                      Location* out) {
  const json* holder = &place;
  std::string name = field;
  if (!json_member(place, "latitude") && !json_member(place, "longitude")) {
    holder = json_member(place, "geo");
    name = field + ".geo";
    if (holder == nullptr) return;
    if (!holder->is_object()) return notes.wrong_type(name, "GeoCoordinates", *holder);
  }
  const json* lat = json_member(*holder, "latitude");
  const json* lon = json_member(*holder, "longitude");
  if (lat == nullptr && lon == nullptr) return;
  if (lat == nullptr || lon == nullptr) return notes.add(name, "latitude without longitude");
  auto latitude = number_field(lat, name + ".latitude", notes, -90, 90);
  auto longitude = number_field(lon, name + ".longitude", notes, -180, 180);
  if (!latitude || !longitude) return;
  out->latitude = latitude;
  out->longitude = longitude;
}

void read_address(const json& place, const std::string& field, FieldWarnings& notes,
                  Location* out) {
  const json* address = json_member(place, "address");
  if (address == nullptr) return;
  std::string name = field + ".address";
  if (address->is_string()) {
    out->locality = html_to_line(address->get_ref<const std::string&>());
    return;
  }
  if (!address->is_object()) return notes.wrong_type(name, "a PostalAddress or text", *address);
  out->locality = line_member(*address, "addressLocality", name + ".addressLocality", notes);
  out->region = line_member(*address, "addressRegion", name + ".addressRegion", notes);
  std::string country = line_member(*address, "addressCountry", name + ".addressCountry", notes);
  if (!country.empty()) out->country = normalize_country(country);
  out->region = normalize_region(out->region, out->country);
  out->postal_code = line_member(*address, "postalCode", name + ".postalCode", notes, true);
  // LinkedIn names the country as the locality of nationwide (often remote)
  // jobs: "United States", postal code 99999. That place is the country.
  if (!out->country.empty() && normalize_country(out->locality) == out->country) {
    out->locality.clear();
    if (out->postal_code == "99999") out->postal_code.clear();
  }
}

void add_place(const json& place, const std::string& field, FieldWarnings& notes,
               std::vector<Location>* out) {
  Location location;
  if (place.is_string()) {
    location.locality = html_to_line(place.get_ref<const std::string&>());
  } else if (place.is_object()) {
    read_address(place, field, notes, &location);
    read_coordinates(place, field, notes, &location);
  } else if (!place.is_null()) {
    notes.wrong_type(field, "a Place or text", place);
  }
  bool empty = location.locality.empty() && location.region.empty() && location.country.empty() &&
               location.postal_code.empty() && !location.latitude;
  if (!empty) out->push_back(std::move(location));
}

}  // namespace

std::vector<Location> read_locations(const json& node, FieldWarnings& notes) {
  std::vector<Location> locations;
  const json* value = json_member(node, "jobLocation");
  if (value == nullptr) return locations;
  if (!value->is_array()) {
    add_place(*value, "jobLocation", notes, &locations);
    return locations;
  }
  for (size_t i = 0; i < value->size(); ++i) {
    add_place((*value)[i], "jobLocation[" + std::to_string(i) + "]", notes, &locations);
  }
  return locations;
}

bool read_remote(const json& node, FieldWarnings& notes) {
  std::vector<std::string> types = text_list_field(node, "jobLocationType", notes);
  return std::any_of(types.begin(), types.end(), [](const std::string& type) {
    return to_lower_ascii(fold_whitespace(type)) == "telecommute";
  });
}

}  // namespace jobsearch::posting_fields
