// text_analysis.h: how words become terms, shared by indexing and querying.
//
// Both sides must stem and stop words alike or queries miss; this is the
// one place that decides.
#pragma once

#include <xapian.h>

namespace jobsearch {

// The English (Porter2) stemmer used for every free-text field.
Xapian::Stem text_stemmer();

// English stop words ("the", "and", "of", ...). The object lives for the
// whole program; Xapian holds it by pointer.
const Xapian::Stopper& text_stopper();

}  // namespace jobsearch
