// sync_snapshot.h: the complete current postings of a source, read in full
// before anything is written.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "common/posting.h"
#include "indexer/source.h"

namespace jobsearch {

struct Snapshot {
  std::vector<Posting> postings;  // in reading order; exact re-posts repeat
  std::uint64_t records = 0;
  std::uint64_t rejected = 0;          // records or postings not read
  std::uint64_t unreadable_paths = 0;  // when not 0 the snapshot is incomplete
};

// Reads every posting of `paths`. Each rejection and unreadable path gets
// one line on `errors` ("origin: rejected: reason"), as jobindex prints them.
Snapshot read_snapshot(const std::vector<std::string>& paths, const SourceLimits& limits,
                       std::ostream& errors);

}  // namespace jobsearch
