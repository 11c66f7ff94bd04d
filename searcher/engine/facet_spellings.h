// facet_spellings.h: one facet value for each place or name, however its
// postings spell it.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>

#include "common/facet_table.h"

namespace jobsearch {

// `counts` (shown value -> postings) with the values that `facet` files
// under one term ("Pune, Mahārāshtra" and "Pune, Maharashtra") added
// together under the spelling most postings use (ties: the smaller
// string), so the facet lists the place once and picking it selects every
// spelling. A posting whose locations spell one place twice counts twice.
std::unordered_map<std::string, std::uint64_t> merge_spellings(
    const schema::Facet& facet, const std::unordered_map<std::string, std::uint64_t>& counts);

}  // namespace jobsearch
