// Tests of indexer/sync_plan: what a sync adds, replaces, removes and keeps.
#include "indexer/sync_plan.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

using Ids = std::vector<std::string>;

Posting posting(const std::string& id, const std::string& url,
                const std::string& title = "Welder") {
  Posting p;
  p.id = id;
  p.url = url;
  p.title = title;
  p.company = "Acme";
  return p;
}

TEST(SyncPlan, SortsPostingsIntoAddedReplacedRemovedAndKept) {
  std::vector<Posting> stored = {posting("a1", "u/a"), posting("b1", "u/b"), posting("c1", "u/c")};
  std::vector<Posting> snapshot = {posting("a1", "u/a"), posting("b2", "u/b"),
                                   posting("d1", "u/d")};
  SyncPlan plan = plan_sync(stored, snapshot, "acme");
  EXPECT_EQ(plan.kept, Ids{"a1"});
  EXPECT_EQ(plan.replaced, Ids{"b2"});
  EXPECT_EQ(plan.edited, Ids{"b1"});
  EXPECT_EQ(plan.removed, Ids{"c1"});
  EXPECT_EQ(plan.added, Ids{"d1"});
}

TEST(SyncPlan, RepostsInTheSnapshotCountOnce) {
  std::vector<Posting> snapshot = {posting("a1", "u/a"), posting("a1", "u/a")};
  SyncPlan plan = plan_sync({}, snapshot, "acme");
  EXPECT_EQ(plan.added, Ids{"a1"});
}

// Without url or requisition id, the key is company, title and places: weak
// for a plain run, but a sync pairs by it since the old version goes anyway.
TEST(SyncPlan, PairsAnEditByAWeakKeyToo) {
  SyncPlan plan = plan_sync({posting("a1", "")}, {posting("a2", "")}, "acme");
  EXPECT_EQ(plan.replaced, Ids{"a2"});
  EXPECT_EQ(plan.edited, Ids{"a1"});
  EXPECT_TRUE(plan.removed.empty());
}

TEST(SyncPlan, OneNewPostingReplacesOneStoredVersion) {
  std::vector<Posting> stored = {posting("a1", "u/a"), posting("a2", "u/a")};
  SyncPlan plan = plan_sync(stored, {posting("a3", "u/a")}, "acme");
  EXPECT_EQ(plan.edited, Ids{"a1"});
  EXPECT_EQ(plan.removed, Ids{"a2"});
  EXPECT_EQ(plan.replaced, Ids{"a3"});
}

TEST(SyncPlan, ATitleChangeWithoutUrlIsAnotherPosting) {
  SyncPlan plan = plan_sync({posting("a1", "", "Welder")}, {posting("a2", "", "Painter")}, "acme");
  EXPECT_EQ(plan.added, Ids{"a2"});
  EXPECT_EQ(plan.removed, Ids{"a1"});
}

TEST(SyncPlan, GuardCountsRemovalsNotEdits) {
  SyncPlan plan;
  plan.removed = {"a", "b"};
  plan.edited = {"c", "d", "e"};
  EXPECT_FALSE(removes_too_many(plan, 4, 50));  // 2 of 4: exactly half
  EXPECT_TRUE(removes_too_many(plan, 3, 50));   // 2 of 3
  EXPECT_FALSE(removes_too_many(plan, 3, 70));
  EXPECT_TRUE(removes_too_many(plan, 100, 0));
  EXPECT_FALSE(removes_too_many(SyncPlan{}, 0, 0));  // a new source
}

}  // namespace
}  // namespace jobsearch
