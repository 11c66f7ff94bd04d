// schema_version.h: which layout of terms and values a database holds.
//
// What jobindex writes changes as the product grows; a database written
// under an older layout would answer wrongly without a word (phrases and
// wildcards match nothing), so each database carries its layout's number
// and both programs refuse another one.
#pragma once

#include <xapian.h>

namespace jobsearch {

// Bumped whenever an older database would answer wrongly. 2: words stored
// as stems only, title word pairs. 3: words of the trade kept, plural
// acronyms stemmed to their singular (text_analysis.h). 4: place and
// facet keys with accents folded (place_names.h). 5: the positions of
// unprefixed words in one record per posting (position_record.h). 6: the
// postings' data compressed against a dictionary (stored_data.h); a layout
// 5 database reads the same, so it is still searched and written (and then
// marked 6, which older versions refuse).
inline constexpr const char* kSchemaVersion = "6";
inline constexpr const char* kReadableOlderLayout = "5";

// Throws Xapian::DatabaseVersionError, whose message says to index again,
// when `database` holds postings written under another layout (an empty
// database holds none).
void check_schema_version(const Xapian::Database& database);

// Records this layout in `database` (kept at its next commit).
void set_schema_version(Xapian::WritableDatabase& database);

}  // namespace jobsearch
