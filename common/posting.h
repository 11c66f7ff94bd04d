// posting.h: what a job posting is, once read from JSON-LD and cleaned.
//
// Plain C++ types only (no JSON, no Xapian), so that parsing and
// normalising are tested without a database.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jobsearch {

// One place of work. Empty strings mean "not given".
struct Location {
  std::string locality;             // "Austin", "Los Angeles Metropolitan Area"
  std::string region;               // "TX", "California"; often empty
  std::string country;              // ISO 3166-1 alpha-2 when known ("US"), else as given
  std::string postal_code;          // "78701"
  std::optional<double> latitude;   // degrees, WGS84
  std::optional<double> longitude;  // degrees, WGS84
};

// Pay as stated, plus the same range on a yearly scale for filtering and sorting.
struct Salary {
  std::optional<double> min;         // in `unit`s of `currency`
  std::optional<double> max;         // in `unit`s of `currency`
  std::string currency;              // ISO 4217 ("USD"), upper case; may be empty
  std::string unit;                  // HOUR, DAY, WEEK, MONTH or YEAR
  std::optional<double> annual_min;  // min scaled to a year (HOUR x 2080, DAY x 260, ...)
  std::optional<double> annual_max;  // max scaled to a year
};

struct Posting {
  // Stable identity: equal for exact re-posts, different when title, company,
  // locations or description differ (see posting_id.h).
  std::string id;
  std::string source_id;  // the site's own requisition id (identifier.value), if any
  std::string title;
  std::string company;
  std::string description;  // clean text: paragraphs and list items separated by '\n'
  std::string url;
  std::vector<Location> locations;
  bool remote = false;                        // jobLocationType TELECOMMUTE
  std::vector<std::string> employment_types;  // schema.org values: FULL_TIME, PART_TIME, ...
  std::vector<std::string> education;         // normalised credential categories
  std::optional<int> experience_months;       // minimum months of experience required
  std::optional<Salary> salary;
  std::string date_posted;    // "YYYY-MM-DD", or empty
  std::string valid_through;  // "YYYY-MM-DD", or empty
  std::vector<std::string> industries;
  std::vector<std::string> skills;
  std::string occupational_category;
  std::string qualifications;                    // clean text, as description
  std::string benefits;                          // jobBenefits, clean text
  std::string work_hours;                        // "40 hours a week", as given
  std::optional<bool> direct_apply;              // applied for on the posting's own page
  std::optional<int> openings;                   // totalJobOpenings
  std::string company_url;                       // hiringOrganization.sameAs or url
  std::vector<std::string> applicant_countries;  // applicantLocationRequirements, ISO codes
};

}  // namespace jobsearch
