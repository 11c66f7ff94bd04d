// facet_table.h: every facet, described once.
//
// A term facet lists the values postings have (places, job types,
// companies); a range facet counts postings in buckets of a number or a
// date (pay, experience, date posted). Each row says where the facet is
// stored, how a posting's values are drawn, which request parameter
// selects a value and how the search page titles it. The document builder,
// the filters, the request parameters, the command line's help and the
// search page (through /api/facets) all read these rows, so a new term
// facet on data postings already have is one row here (and its test).
#pragma once

#include <cstddef>
#include <iterator>
#include <string>
#include <vector>

#include "common/posting.h"
#include "common/schema.h"

namespace jobsearch::schema {

// How a term facet's value is normalised into its filter term (facet_terms.h).
enum class FacetKind { kPlace, kEmploymentType, kEducation, kCountry, kKeyword };

// A posting's values of one facet, as shown ("Austin, TX"); empty ones are
// left out when stored.
using PostingValues = std::vector<std::string> (*)(const Posting&);

// A term facet: its values are stored in `slot` (joined by
// kValueSeparator) for counting, and each is a boolean term (filter_prefix
// + the normalised value) for filtering. It is selected by the request
// parameter `filter=NAME=VALUE`, and also by `option=VALUE` when it has one.
struct Facet {
  const char* name;           // as in --facets, filter=NAME=VALUE and JSON output
  Xapian::valueno slot;       // a slot of schema.h's Slot, this facet's alone
  const char* filter_prefix;  // boolean filter term prefix (X..., docs/termprefixes)
  FacetKind kind;             // how a value is normalised into a term
  PostingValues values;       // a posting's values, as shown and counted
  // The posting's filter keys, already normalised (place_key), when they
  // are more than its shown values (a place is found by city, region,
  // postal code...); nullptr: each shown value's term.
  PostingValues filter_keys;
  const char* label;    // the search page's title for it
  const char* option;   // a request parameter of its own ("location"), or nullptr
  const char* help;     // its values, for the option's --help (with `option`)
  unsigned page_limit;  // values the search page lists (0: not on the page)
};

// Values of the remote facet.
inline constexpr const char* kRemoteValue = "remote";
inline constexpr const char* kOnSiteValue = "on-site";

// Row helpers for the place facets (facet_table.cpp).
std::vector<std::string> place_names(const Posting& posting);   // "Austin, TX" per location
std::vector<std::string> place_keys(const Posting& posting);    // every name a place goes by
std::vector<std::string> region_names(const Posting& posting);  // "TX, US" per location
// Each country a posting is in, or takes applicants from (a remote one), once.
std::vector<std::string> country_codes(const Posting& posting);

inline constexpr Facet kLocationFacet{
    "location",
    kSlotLocationFacet,
    "XPL",
    FacetKind::kPlace,
    place_names,
    place_keys,
    "Location",
    "location",
    "only postings in this place (city, \"City, Region\", region, country or postal code); "
    "repeatable, values OR-ed",
    8};
inline constexpr Facet kEmploymentFacet{
    "employment_type",
    kSlotEmploymentFacet,
    "XET",
    FacetKind::kEmploymentType,
    [](const Posting& p) { return p.employment_types; },
    nullptr,
    "Job type",
    "employment_type",
    "FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER (or "
    "\"Full-time\", ...); repeatable",
    8};
inline constexpr Facet kRemoteFacet{
    "remote",
    kSlotRemoteFacet,
    "XRM",
    FacetKind::kKeyword,
    [](const Posting& p) {
      return std::vector<std::string>{p.remote ? kRemoteValue : kOnSiteValue};
    },
    nullptr,
    "Workplace",
    nullptr,
    nullptr,
    2};
inline constexpr Facet kEducationFacet{
    "education",
    kSlotEducationFacet,
    "XED",
    FacetKind::kEducation,
    [](const Posting& p) { return p.education; },
    nullptr,
    "Education",
    "education",
    "\"high school\", \"associate degree\", \"bachelor degree\", \"postgraduate degree\", "
    "\"professional certificate\"; repeatable",
    6};
inline constexpr Facet kCompanyFacet{
    "company",
    kSlotCompanyFacet,
    "XCO",
    FacetKind::kKeyword,
    [](const Posting& p) { return std::vector<std::string>{p.company}; },
    nullptr,
    "Company",
    nullptr,
    nullptr,
    8};
inline constexpr Facet kIndustryFacet{"industry",
                                      kSlotIndustryFacet,
                                      "XIN",
                                      FacetKind::kKeyword,
                                      [](const Posting& p) { return p.industries; },
                                      nullptr,
                                      "Industry",
                                      nullptr,
                                      nullptr,
                                      8};
inline constexpr Facet kRegionFacet{
    "region", kSlotRegionFacet, "XRG",   FacetKind::kPlace, region_names,
    nullptr,  "Region",         nullptr, nullptr,           8};
inline constexpr Facet kCountryFacet{
    "country", kSlotCountryFacet, "XCY", FacetKind::kCountry, country_codes, nullptr, "Country",
    nullptr,   nullptr,           0};
inline constexpr Facet kCurrencyFacet{
    "currency",
    kSlotCurrency,
    "XCU",
    FacetKind::kKeyword,
    [](const Posting& p) {
      return p.salary ? std::vector<std::string>{p.salary->currency} : std::vector<std::string>{};
    },
    nullptr,
    "Currency",
    "currency",
    "salary currency (USD, EUR, ...); repeatable",
    0};

// Every term facet, in the search page's order.
inline constexpr Facet kFacets[] = {kEmploymentFacet, kRemoteFacet,  kLocationFacet,
                                    kEducationFacet,  kCompanyFacet, kIndustryFacet,
                                    kRegionFacet,     kCountryFacet, kCurrencyFacet};

// How a range facet's buckets are cut from its `bounds`.
enum class RangeKind {
  kAtLeast,     // one bucket per bound, open above ("40,000+"): a posting counts in each it reaches
  kBands,       // bounds are months, bands between them shown in years ("1-3 years", "10+ years")
  kWithinDays,  // bounds are days before today ("within 7 days"), then "older" than the last
};

// A range facet: postings counted by the number or date in `slot` (a
// sortable_serialise()d value that the document builder stores for
// filtering and sorting too). `name` is also the name of its filter's
// dimension (filters.h), whose filter it ignores when counted.
struct RangeFacet {
  const char* name;           // as in --facets and JSON output
  Xapian::valueno slot;       // the number counted
  RangeKind kind;             // how buckets are cut
  const double* bounds;       // ascending
  std::size_t bound_count;    // of `bounds`
  const char* missing_label;  // the bucket of postings without the value
  // The request parameter a bucket sets to its bound ("salary_min=60000"),
  // or nullptr when buckets do not select (experience bands).
  const char* param;
  const char* label;  // the search page's title for it
  bool chart;         // drawn on the page as bars rather than a list
};

inline constexpr double kSalaryFloors[] = {20000, 40000, 60000, 80000, 100000, 150000, 200000};
inline constexpr double kExperienceMonths[] = {0, 12, 36, 60, 120};
inline constexpr double kPostedDays[] = {1, 3, 7, 14, 30};

// Yearly pay a posting reaches (its range's top).
inline constexpr RangeFacet kSalaryRange{
    "salary",     kSlotSalaryMax, RangeKind::kAtLeast, kSalaryFloors, std::size(kSalaryFloors),
    "not stated", "salary_min",   "Salary (yearly)",   true};
// Experience required.
inline constexpr RangeFacet kExperienceRange{"experience",
                                             kSlotExperience,
                                             RangeKind::kBands,
                                             kExperienceMonths,
                                             std::size(kExperienceMonths),
                                             "not stated",
                                             nullptr,
                                             "Experience",
                                             false};
// Date posted.
inline constexpr RangeFacet kPostedRange{
    "posted",  kSlotDatePosted, RangeKind::kWithinDays, kPostedDays, std::size(kPostedDays),
    "unknown", "posted_within", "Date posted",          true};

// Every range facet, in the search page's order.
inline constexpr RangeFacet kRangeFacets[] = {kSalaryRange, kPostedRange, kExperienceRange};

// The facet counted when a request names none.
inline constexpr const char* kDefaultFacets[] = {"location", "employment_type", "education"};

}  // namespace jobsearch::schema
