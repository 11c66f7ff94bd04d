// source_terms.h: which sources a stored posting belongs to.
//
// A posting (one Q id) may be listed by several sources at once: the same
// content crawled from a careers page and from a feed. Each source it
// belongs to is a term (schema::kSourcePrefix), with its edit-key term when
// the key is strong, so that a sync of one source removes the posting only
// when no other source still lists it. Postings indexed without --source
// belong to the source named "".
#pragma once

#include <xapian.h>

#include <set>
#include <string>

#include "common/posting.h"

namespace jobsearch {

// The term listing a posting in `source`.
std::string source_term(const std::string& source);

// The edit-key term of `posting` in `source`, or "" when its key is weak.
std::string edit_key_term(const Posting& posting, const std::string& source);

// The sources `document` belongs to. A document written before sources
// existed has no source term: it belongs to "", as if indexed without one.
std::set<std::string> document_sources(const Xapian::Document& document);

// Adds the source and edit-key terms of `posting` for each of `sources`.
void add_source_terms(Xapian::Document& document, const Posting& posting,
                      const std::set<std::string>& sources);

// Removes the terms that list `posting` in `source`; returns true if other
// sources still list it (false: it belongs to none and should be deleted).
bool remove_source_terms(Xapian::Document& document, const Posting& posting,
                         const std::string& source);

}  // namespace jobsearch
