#include "searcher/engine/place_readings.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "common/ascii_text.h"
#include "common/country_codes.h"
#include "common/facet_table.h"
#include "common/facet_terms.h"
#include "common/place_names.h"
#include "common/region_codes.h"

namespace jobsearch {
namespace {

// Parts of a place read part by part ("City, Region, Country").
constexpr std::size_t kMostParts = 3;

// An empty key (a value of only punctuation) matches nothing: the bare id
// prefix is a term no posting has.
std::string location_term(const std::string& key) {
  return key.empty() ? std::string(schema::kIdPrefix)
                     : filter_term(schema::kLocationFacet.filter_prefix, key);
}

std::string known_country(const std::string& text) { return country_code(country_name_key(text)); }

bool is_two_letter_code(const std::string& text) {
  return text.size() == 2 && is_ascii_alpha(text[0]) && is_ascii_alpha(text[1]);
}

std::vector<std::string> split_parts(const std::string& value) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = value.find(',', start);
    parts.push_back(fold_whitespace(value.substr(start, comma - start)));
    if (comma == std::string::npos) return parts;
    start = comma + 1;
  }
}

// The keys one part may stand for: as written, and as the code of the
// state, province or (last part only) country it names.
std::vector<std::string> part_keys(const std::string& part, bool last) {
  std::vector<std::string> keys{place_key(part)};
  auto add = [&keys](const std::string& code) {
    std::string key = place_key(code);
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  };
  if (auto region = find_region(part)) add(region->code);
  if (std::string country = known_country(part); last && !country.empty()) add(country);
  return keys;
}

// "Austin, Texas" -> "austin,texas", "austin,tx": every combination of
// the parts' keys, each a key the indexer files places under.
std::vector<std::string> combined_keys(const std::vector<std::string>& parts) {
  std::vector<std::string> keys{""};
  for (std::size_t i = 0; i < parts.size(); ++i) {
    std::vector<std::string> longer;
    for (const std::string& prefix : keys) {
      for (const std::string& key : part_keys(parts[i], i + 1 == parts.size())) {
        longer.push_back(prefix.empty() ? key : prefix + "," + key);
      }
    }
    keys = std::move(longer);
  }
  return keys;
}

// A state's or province's postings: "tx,us", and a bare "tx" from postings
// that give no country, unless "tx" is a country's code too.
std::vector<std::string> region_terms(const KnownRegion& region) {
  std::vector<std::string> terms{location_term(place_key(region.code + "," + region.country))};
  if (known_country(region.code).empty()) terms.push_back(location_term(place_key(region.code)));
  return terms;
}

std::vector<std::string> single_part_terms(const std::string& value,
                                           const Xapian::Database& database) {
  std::optional<KnownRegion> region = find_region(value);
  std::string country = known_country(value);
  std::vector<std::string> country_terms;
  if (!country.empty()) country_terms.push_back(facet_term(schema::kCountryFacet, country));
  std::vector<std::string> state_terms;
  if (region) state_terms = region_terms(*region);
  if (region && !country.empty()) {
    // Canada or California: the reading with more postings.
    const bool state =
        database.get_termfreq(state_terms[0]) >= database.get_termfreq(country_terms[0]);
    (state ? country_terms : state_terms).clear();
  }
  std::vector<std::string> terms = country_terms;
  terms.insert(terms.end(), state_terms.begin(), state_terms.end());
  // A code's own key is ambiguous ("ca": Canada's and California's); a
  // name's is a place as written.
  const bool code = is_two_letter_code(value) || (!country.empty() && value.size() == 3);
  if (terms.empty() || !code) terms.push_back(location_term(place_key(value)));
  return terms;
}

}  // namespace

std::vector<std::string> location_terms(const std::string& value,
                                        const Xapian::Database& database) {
  std::vector<std::string> parts = split_parts(value);
  if (parts.size() == 1) return single_part_terms(parts[0], database);
  // City, region, country at most: each part doubles the keys to try, so a
  // value of more parts is read only as written.
  if (parts.size() > kMostParts) return {location_term(place_key(value))};
  std::vector<std::string> terms;
  for (const std::string& key : combined_keys(parts)) terms.push_back(location_term(key));
  return terms;
}

}  // namespace jobsearch
