// schema.h: how each posting field is stored in the Xapian database.
//
// The one table of term prefixes and value slots (the facets' rows, with
// their prefixes, are facet_table.h); the indexer and the searcher read
// only these. Follows Xapian's conventions (docs/termprefixes):
// Q is the unique id, S the title, user-defined prefixes start with X.
#pragma once

#include <xapian.h>

#include <cstddef>

namespace jobsearch::schema {

// Free-text fields: words indexed with positions under a prefix, and the
// query syntax name that searches them ("title:nurse").
struct TextField {
  const char* query_name;  // field name in the query syntax
  const char* prefix;      // term prefix
  unsigned weight;         // wdf increment per word (title counts more)
};
inline constexpr TextField kTitle{"title", "S", 3};
inline constexpr TextField kCompany{"company", "XC", 2};
inline constexpr TextField kLocation{"location", "XL", 1};
inline constexpr TextField kIndustry{"industry", "XI", 1};
inline constexpr TextField kSkill{"skill", "XS", 2};
inline constexpr TextField kTextFields[] = {kTitle, kCompany, kLocation, kIndustry, kSkill};
// Words of every field are also indexed without a prefix, so a plain query
// searches all of them; the description is indexed only there.
inline constexpr unsigned kDescriptionWeight = 1;
// Words are indexed as stems, after this and the field's prefix ("ZSengin"
// for "Engineers" in a title): Xapian's convention for stemmed terms.
inline constexpr const char* kStemPrefix = "Z";

// Boolean terms.
inline constexpr const char* kIdPrefix = "Q";        // Q + posting id
inline constexpr const char* kRepostPrefix = "XRP";  // XRP + repost_key()
// XSRC: + the name of a source the posting belongs to ("" when indexed
// without --source); one term per source, so a source's postings are one
// posting list. The colon keeps a name that starts with a capital apart.
inline constexpr const char* kSourcePrefix = "XSRC:";
// XEK + edit_key(posting, source), for strong keys only: the stored version
// a re-indexed edit replaces (posting_id.h).
inline constexpr const char* kEditKeyPrefix = "XEK";
// XTE + word_key(title), with wdf 1 so that it carries weight: a query that
// is a whole title ranks postings with exactly that title first.
inline constexpr const char* kExactTitlePrefix = "XTE";
// XTP + the stems of two adjacent words of the title (title_terms.h), with wdf 1: a
// query's words in the title's order.
inline constexpr const char* kTitlePairPrefix = "XTP";
inline constexpr std::size_t kMaxTermLength = 240;  // Xapian's limit is 245 bytes
// Present when the posting states the field, so that filters on a range of
// the field can keep or drop postings that do not state it.
inline constexpr const char* kHasSalaryTerm = "XHASsalary";
inline constexpr const char* kHasExperienceTerm = "XHASexperience";
inline constexpr const char* kHasValidThroughTerm = "XHASvalidthrough";

// Value slots.
enum Slot : Xapian::valueno {
  kSlotLocationFacet = 0,    // facet: display place names, joined by kValueSeparator
  kSlotEmploymentFacet = 1,  // facet: employment types, joined
  kSlotEducationFacet = 2,   // facet: education categories, joined
  kSlotDatePosted = 3,       // sortable_serialise(days since epoch)
  kSlotValidThrough = 4,     // sortable_serialise(days since epoch)
  kSlotSalaryMin = 5,        // sortable_serialise(annual minimum)
  kSlotSalaryMax = 6,        // sortable_serialise(annual maximum)
  kSlotExperience = 7,       // sortable_serialise(months)
  kSlotCoordinates = 8,      // Xapian::LatLongCoords::serialise()
  kSlotCompanyFacet = 9,     // facet: company name
  kSlotIndustryFacet = 10,   // facet: industries, joined
  kSlotCountryFacet = 11,    // facet: country codes, joined
  kSlotRemoteFacet = 12,     // facet: "remote" or "on-site"
  kSlotRepostKey = 13,       // repost_key(): collapse key for re-posts
  kSlotCurrency = 14,        // facet: salary currency ("USD")
  kSlotRegionFacet = 15,     // facet: "TX, US" region with country, joined
  kSlotPostingId = 16,       // the posting id: breaks ties the same in any shard layout
  kSlotPositions = 17,       // position_record(): where the unprefixed words stand
};

// The facets (which slot, which prefix, which values) are facet_table.h.

// Separates the values of a multi-valued facet slot (a byte that cannot
// appear in cleaned UTF-8 text).
inline constexpr char kValueSeparator = '\x1f';

}  // namespace jobsearch::schema
