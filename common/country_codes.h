// country_codes.h: ISO 3166-1 alpha-2 codes and the names postings use for them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace jobsearch {

// Upper-case alpha-2 code for `key`, a country name, alias or code as
// country_name_key() gives it ("united states", "usa", "us", "uk", "grc",
// "greece", "deutschland", "holland"); "" when unknown. Knows every ISO
// 3166-1 country (Debian's iso-codes, compiled in: alpha-2 and alpha-3
// codes, names, common and official names, and the short form of a formal
// name, "Korea, Republic of" -> "korea", when only one country has it),
// and native names and everyday aliases of the countries that post jobs.
std::string country_code(std::string_view key);

// `text` as country_code() looks it up: lower case (ASCII and Latin-1
// capitals), ASCII punctuation removed, single spaces, trimmed.
std::string country_name_key(std::string_view text);

// One row of ISO 3166-1 as iso-codes gives it ("" for a name it lacks).
struct IsoCountry {
  const char* alpha_2;
  const char* alpha_3;
  const char* name;
  const char* common_name;
  const char* official_name;
};
// The table generated from iso-codes at build time (iso_countries.cmake).
extern const IsoCountry kIsoCountries[];
extern const std::size_t kIsoCountryCount;

}  // namespace jobsearch
