// experience.h: the experience a posting or profile asks for, read from
// free text.
#pragma once

#include <optional>
#include <string_view>

namespace jobsearch {

// Months of experience in free text ("3+ years of experience" -> 36,
// "18 months" -> 18, "1-2 years" -> 12, "1 year 6 months" -> 18, "no
// requirements" -> nullopt): the first duration stated, the lower end of a
// range; numbers over fifty years are not durations. Never throws.
std::optional<int> months_of_experience(std::string_view text);

}  // namespace jobsearch
