// region_codes.h: US states and Canadian provinces by their postal codes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace jobsearch {

// The two-letter postal code of a US state (or DC) or Canadian province
// named in full ("California" -> "CA", "british columbia" -> "BC") when
// `country` is "US" or "CA" (ISO codes); otherwise `region` trimmed, as
// given. Codes stay codes, in upper case ("tx" -> "TX").
std::string normalize_region(std::string_view region, std::string_view country);

// A US state (or DC, or Puerto Rico) or Canadian province.
struct KnownRegion {
  std::string code;     // "TX"
  std::string country;  // "US"
};

// The US state or Canadian province `text` names or codes ("Texas", "tx",
// "Québec"), whatever its case; nullopt for any other text. No code is
// both a state's and a province's.
std::optional<KnownRegion> find_region(std::string_view text);

}  // namespace jobsearch
