// place_readings.h: what a location a seeker types names, as a filter.
//
// Postings store countries as ISO codes and US states and Canadian
// provinces as postal codes ("Austin, TX, US"), while seekers type
// "India", "USA", "Texas", "Austin, Texas" or "CA". The rule (README,
// "Places"):
// - a name or code of a country finds the postings in that country;
// - a name or code of a US state or Canadian province finds the postings
//   in it;
// - any other value, and every name, also finds the places it names as
//   written (a city, "City, Region", a region, a postal code): "New York"
//   finds New York City and New York State;
// - a value that names both a country and a state or province ("CA":
//   Canada or California, "IN": India or Indiana, "Georgia") means the one
//   with more postings in the database, the state or province when they
//   have as many;
// - in "A, B" or "A, B, C" each part may be a name or a code ("Austin,
//   Texas" is "Austin, TX"; "Pune, India" is "Pune, IN"); a value of more
//   parts is read as written.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace jobsearch {

// The filter terms (to be OR-ed) that location `value` stands for in
// `database`; a term no posting has when it names nothing.
std::vector<std::string> location_terms(const std::string& value, const Xapian::Database& database);

}  // namespace jobsearch
