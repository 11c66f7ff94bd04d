// facet_spellings.h: one facet value for each place or name, however its
// postings spell it.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace jobsearch {

// Postings counted under one spelling of a facet value, with the term the
// facet files that spelling under (facet_term; "" when it normalises to
// nothing). The term is derived where the spelling is first counted (a
// facet column derives its values' terms once per revision), not per
// request.
struct SpellingCount {
  std::uint64_t count = 0;
  std::string term;
};
using SpellingCounts = std::unordered_map<std::string, SpellingCount>;  // by spelling

// A facet value as listed: the spelling shown and the postings of every
// spelling of its term. The pointers are into the SpellingCounts merged.
struct MergedValue {
  const std::string* shown;
  std::uint64_t count;
  const std::string* term;  // "" for a value that normalises to nothing
};

// `counts` with the spellings filed under one term ("Pune, Mahārāshtra"
// and "Pune, Maharashtra") added together under the spelling most
// postings use (ties: the smaller string), so the facet lists the place
// once and picking it selects every spelling; in no particular order. A
// spelling without a term stands alone. A posting whose locations spell
// one place twice counts twice.
std::vector<MergedValue> merge_spellings(const SpellingCounts& counts);

}  // namespace jobsearch
