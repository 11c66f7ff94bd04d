// accent_fold.h: letters compared without their accents, for place names
// and other facet values written by many hands.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// `text` (UTF-8) with accents and other combining marks removed and Latin
// letters that have no decomposition spelled in ASCII ("Mahārāshtra" ->
// "Maharashtra", "Zürich" -> "Zurich", "Łódź" -> "Lodz", "Straße" ->
// "Strasse"), by ICU's transforms. Other scripts and case are kept. ASCII
// text comes back unchanged without calling ICU. Never throws: text ICU
// cannot read comes back as given.
std::string fold_accents(std::string_view text);

}  // namespace jobsearch
