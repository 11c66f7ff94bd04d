// newer_documents.h: a filter on documents added after a given one.
#pragma once

#include <xapian.h>

namespace jobsearch {

// Matches the document ids above `after` (Xapian gives each new document a
// higher id than any before and never reuses one), without weight: as a
// FILTER it keeps a match to what was added since `after`, and the matcher
// skips straight past the older documents. For a single database: a
// sharded one interleaves its shards' ids.
Xapian::Query newer_documents(Xapian::docid after);

}  // namespace jobsearch
