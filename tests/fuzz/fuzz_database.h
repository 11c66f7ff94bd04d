// fuzz_database.h: the small real database the searcher fuzz targets query.
#pragma once

#include <string>

#include "searcher/engine/search_engine.h"
#include "searcher/engine/search_request.h"

namespace jobsearch::fuzz {

// An engine on a database built, on the first call, from the first postings
// of the bundled corpus (with the built-in synonyms) in a fresh folder under
// $TMPDIR, removed at exit. Aborts if the corpus cannot be read: a fuzz run
// on an empty database would test nothing.
SearchEngine& engine();

// Runs `request` as the HTTP server does and renders the answer as JSON, so
// the whole path from request to bytes on the wire is exercised. A
// SearchError (the user's mistake) is expected and ignored; anything else
// escapes, and libFuzzer reports it as a crash.
void search_and_render(const SearchRequest& request);

// Aborts with `what` on stderr when `ok` is false: a broken contract is a
// finding just like a crash.
void check(bool ok, const char* what);

}  // namespace jobsearch::fuzz
