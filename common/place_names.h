// place_names.h: one spelling for countries, and the key place names are
// compared by.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// ISO 3166-1 alpha-2 code for a country name or code ("United States",
// "USA", "us", "United Kingdom", "Deutschland" -> "US", "US", "US", "GB",
// "DE"); unknown names come back trimmed, as given. Never throws.
std::string normalize_country(std::string_view text);

// Key used to compare place names (and other facet values): accents
// folded (fold_accents), lower case (ASCII), '.' and '\'' removed, other punctuation except ','
// made a space, runs of spaces folded, spaces around commas dropped. "  Austin ,TX " ->
// "austin,tx"; "Winston-Salem" -> "winston salem"; "Pune, Mahārāshtra" -> "pune,maharashtra".
std::string place_key(std::string_view text);

}  // namespace jobsearch
