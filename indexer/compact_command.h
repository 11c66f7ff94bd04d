// compact_command.h: `jobindex compact`: a database (or its shards) merged into one.
#pragma once

namespace jobsearch {

// `jobindex compact --db DB --output OUT`: writes the postings of DB (one
// database or the shards its stub lists) into the new, compacted database
// OUT with Xapian's compaction; DB is left as it was. Returns an exit code.
int run_compact_command(int argc, char** argv);

}  // namespace jobsearch
