// lexicon.h: a database of words only, for the machine that searches remote
// shards.
//
// Xapian's remote protocol carries no spelling or synonym table, so a stub
// that lists remote shards only has neither: no "did you mean", no
// "swe" read as "software engineer". `jobindex --lexicon --db LEX FEED`
// reads the whole feed, as each shard's machine does, and keeps its words
// (every posting's spelling words and the synonym rules) but no posting.
// Listed in the stub beside the remote shards ("auto LEX"), it gives the
// searching side both tables, while totals, scores and facets stay the
// shards' own: it holds no document and no term.
#pragma once

#include <xapian.h>

#include <string>

namespace jobsearch {

// Whether the database at `path` (created when missing; named `db` in
// messages) is a lexicon, settled with `given` (--lexicon on the command
// line): a new database becomes one when given (recorded in its metadata),
// a lexicon stays one without it. Throws DatabaseFailure
// (database_errors.h) when --lexicon names a database that holds postings
// or one shard of several.
bool settle_lexicon(const std::string& path, const std::string& db, bool given);

// Throws DatabaseFailure when `database` (named `db`) is a lexicon, for
// the commands that only mean something for postings (`sync`): what they
// would write there is not words.
void refuse_lexicon(const Xapian::Database& database, const std::string& db,
                    const std::string& command);

}  // namespace jobsearch
