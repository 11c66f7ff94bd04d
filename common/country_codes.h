// country_codes.h: ISO 3166-1 alpha-2 codes and the names postings use for them.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// Upper-case alpha-2 code for `key`, a country name, alias or code in lower
// case with punctuation removed and single spaces ("united states", "usa",
// "us", "uk", "deutschland", "holland"); "" when unknown. Knows every
// assigned alpha-2 code, the alpha-3 codes and names of about 80 countries
// that post jobs, and common aliases.
std::string country_code(std::string_view key);

}  // namespace jobsearch
