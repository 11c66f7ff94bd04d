// education_level.h: one name for each level of education postings and
// profiles state, and their order.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// The education categories, degrees from the lowest, then the certificate,
// which ranks beside none of them: the only values normalize_education gives.
inline constexpr std::string_view kEducationLevels[] = {"high school", "associate degree",
                                                        "bachelor degree", "postgraduate degree",
                                                        "professional certificate"};

// Education category for a schema.org credentialCategory or free text
// ("bachelor degree", "Bachelor's degree in CS", "BSc", "PhD", "High school
// diploma"): one of kEducationLevels. A text naming several levels ("BS or
// MS") gets the lowest, as that is what a posting requires. Returns "" when
// unrecognised; never throws.
std::string normalize_education(std::string_view text);

// Rank of an education category: 1 high school, 2 associate degree,
// 3 bachelor degree, 4 postgraduate degree; 0 for anything else
// (professional certificate, unknown).
int education_rank(std::string_view category);

}  // namespace jobsearch
