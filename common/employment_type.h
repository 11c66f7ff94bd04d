// employment_type.h: one spelling for the employment types postings write.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// schema.org employment type for "FULL_TIME", "Full-time", "full time",
// "Contract", "Internship", "Per diem", ...: one of FULL_TIME, PART_TIME,
// CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER. Returns "" for
// empty or unrecognised text; never throws.
std::string normalize_employment_type(std::string_view text);

}  // namespace jobsearch
