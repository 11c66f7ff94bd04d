// distance_units.h: the one conversion between the kilometres users speak
// and the metres Xapian measures.
#pragma once

namespace jobsearch {

// Metres in a kilometre: Xapian::GreatCircleMetric measures in metres, while
// requests (--radius-km), explanations and scores speak kilometres.
inline constexpr double kMetresPerKm = 1000.0;

}  // namespace jobsearch
