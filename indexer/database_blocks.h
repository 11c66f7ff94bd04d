// database_blocks.h: the block size of the databases jobindex writes.
//
// Glass reads its B-trees a block per system call, and a query reads a
// few hundred blocks of posting lists (300 for "data engineer" at 200,000
// postings), each a pread that costs more than the decoding it feeds.
// Blocks of 64 KiB (Xapian's largest; 8 KiB by default) read the same
// lists in fewer calls. Measured with scripts/bench's 300 queries on
// 200,000 postings, compacted: top-10 with ids only p50 0.71x, with three
// facets 0.79x; indexing 30,000 postings 0.87x the time; the same size;
// commits of one posting no slower (scripts/benchmark/README.md).
#pragma once

#include <xapian.h>

#include <string>

namespace jobsearch {

inline constexpr unsigned kDatabaseBlockBytes = 65536;

// The database at `path`, created with kDatabaseBlockBytes blocks when it
// does not exist yet (an existing one keeps the block size it has); one
// whose unsynced build stopped is checked first (unsynced_build.h).
Xapian::WritableDatabase create_or_open_database(const std::string& path);

}  // namespace jobsearch
