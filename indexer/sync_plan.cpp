#include "indexer/sync_plan.h"

#include <map>
#include <set>

#include "common/posting_id.h"

namespace jobsearch {
namespace {

// The postings of `postings` whose ids are not in `ids`, each id once.
std::vector<const Posting*> missing_from(const std::vector<Posting>& postings,
                                         const std::set<std::string>& ids) {
  std::vector<const Posting*> missing;
  std::set<std::string> seen;
  for (const Posting& posting : postings) {
    if (ids.count(posting.id) == 0 && seen.insert(posting.id).second) {
      missing.push_back(&posting);
    }
  }
  return missing;
}

std::set<std::string> ids_of(const std::vector<Posting>& postings) {
  std::set<std::string> ids;
  for (const Posting& posting : postings) ids.insert(posting.id);
  return ids;
}

}  // namespace

SyncPlan plan_sync(const std::vector<Posting>& stored, const std::vector<Posting>& snapshot,
                   const std::string& source) {
  SyncPlan plan;
  const std::set<std::string> stored_ids = ids_of(stored);
  const std::set<std::string> snapshot_ids = ids_of(snapshot);
  for (const Posting& posting : stored) {
    if (snapshot_ids.count(posting.id) > 0) plan.kept.push_back(posting.id);
  }
  // New postings by edit key, first come first paired.
  std::multimap<std::string, std::string> fresh_by_key;
  std::vector<const Posting*> fresh = missing_from(snapshot, stored_ids);
  for (const Posting* posting : fresh) {
    fresh_by_key.emplace(edit_key(*posting, source).value, posting->id);
  }
  std::set<std::string> paired;
  for (const Posting* gone : missing_from(stored, snapshot_ids)) {
    auto match = fresh_by_key.find(edit_key(*gone, source).value);
    if (match == fresh_by_key.end()) {
      plan.removed.push_back(gone->id);
      continue;
    }
    plan.edited.push_back(gone->id);
    paired.insert(match->second);
    fresh_by_key.erase(match);
  }
  for (const Posting* posting : fresh) {
    (paired.count(posting->id) > 0 ? plan.replaced : plan.added).push_back(posting->id);
  }
  return plan;
}

bool removes_too_many(const SyncPlan& plan, std::size_t stored, unsigned max_percent) {
  return plan.removed.size() * 100 > static_cast<std::size_t>(max_percent) * stored;
}

}  // namespace jobsearch
