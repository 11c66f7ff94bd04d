// sync_plan.h: what a sync of one source changes, decided before writing.
//
// Pure: from the postings a source lists now (stored) and its new snapshot,
// which postings are new, which are edits of stored ones, which go and
// which stay, and whether that removes too much to be believed. No
// database is touched, so the decision is tested on its own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/posting.h"

namespace jobsearch {

struct SyncPlan {
  std::vector<std::string> added;     // ids new to the source, no earlier version
  std::vector<std::string> replaced;  // ids new to the source that edit a stored one
  std::vector<std::string> edited;    // the stored ids they replace (withdrawn)
  std::vector<std::string> removed;   // stored ids absent from the snapshot, not edited
  std::vector<std::string> kept;      // ids both stored and in the snapshot
};

// Plans the sync of `source` from `stored` (what it lists now) to
// `snapshot` (its complete current postings; ids set; re-posts may repeat).
// A stored posting whose id is absent from the snapshot is an edit when a
// new posting has its edit key (any strength: posting_id.h) and no other
// stored posting is paired with that new one yet; otherwise it is removed.
// Each list keeps the order of its input.
SyncPlan plan_sync(const std::vector<Posting>& stored, const std::vector<Posting>& snapshot,
                   const std::string& source);

// True when the plan removes more than `max_percent` of the `stored`
// postings (edits are not removals): a truncated or empty snapshot.
bool removes_too_many(const SyncPlan& plan, std::size_t stored, unsigned max_percent);

}  // namespace jobsearch
