// region_codes.h: US states and Canadian provinces by their postal codes.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// The two-letter postal code of a US state (or DC) or Canadian province
// named in full ("California" -> "CA", "british columbia" -> "BC") when
// `country` is "US" or "CA" (ISO codes); otherwise `region` trimmed, as
// given. Codes stay codes, in upper case ("tx" -> "TX").
std::string normalize_region(std::string_view region, std::string_view country);

}  // namespace jobsearch
