// Tests of searcher/engine/shard_cache: readers of one revision share its
// columns and sets; a commit gives the next readers fresh ones.
#include "searcher/engine/shard_cache.h"

#include <gtest/gtest.h>

#include "common/schema.h"
#include "searcher/engine/search_engine.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

constexpr std::size_t kBytes = std::size_t{1} << 20;

Posting posting(const std::string& id, const std::string& title, const std::string& city) {
  Posting p;
  p.id = id;
  p.title = title;
  p.description = title + " wanted.";
  p.locations = {{city, "", "GB", "", {}, {}}};
  p.employment_types = {"FULL_TIME"};
  return p;
}

class ShardCacheTest : public ::testing::Test {
 protected:
  test::TempDatabase database_{{posting("n1", "Registered Nurse", "London"),
                                posting("n2", "Night Nurse", "Leeds"),
                                posting("d1", "Software Developer", "London")}};
};

TEST_F(ShardCacheTest, ReadersOfOneRevisionShareOneCache) {
  ShardCaches caches;
  const Xapian::Database first(database_.path()), second(database_.path());
  std::shared_ptr<ShardCache> cache = caches.of(0, first, kBytes);
  EXPECT_EQ(caches.of(0, second, kBytes), cache);
  EXPECT_NE(caches.of(1, second, kBytes), cache);  // another shard
  // A column read through one reader's handle is the other's too.
  EXPECT_EQ(&cache->column(first, schema::kSlotEmploymentFacet),
            &caches.of(0, second, kBytes)->column(second, schema::kSlotEmploymentFacet));
}

TEST_F(ShardCacheTest, ACommitGivesTheNextReadersAFreshCache) {
  ShardCaches caches;
  const Xapian::Database before(database_.path());
  std::shared_ptr<ShardCache> old = caches.of(0, before, kBytes);
  {
    Xapian::WritableDatabase writer(database_.path());
    writer.add_document(Xapian::Document());
    writer.commit();
  }
  const Xapian::Database after(database_.path());
  EXPECT_NE(caches.of(0, after, kBytes), old);
  EXPECT_EQ(caches.of(0, before, kBytes), old);  // still held: still its revision's
}

TEST_F(ShardCacheTest, ACacheNoReaderHoldsIsForgotten) {
  ShardCaches caches;
  const Xapian::Database db(database_.path());
  caches.of(0, db, kBytes)->sets().get(db, Xapian::Query("XTnurse"), {});
  EXPECT_EQ(caches.of(0, db, kBytes)->sets().matched(), 0u);  // the first was let go
}

// The intervals of one slot's numbers are kept per set of bounds (the
// posted facet's move every day), a bounded number of them: a column
// dropped from the cache lives on while a caller holds it.
TEST_F(ShardCacheTest, IntervalColumnsAreKeptPerBoundsAndHeldWhileUsed) {
  ShardCaches caches;
  const Xapian::Database db(database_.path());
  std::shared_ptr<ShardCache> cache = caches.of(0, db, kBytes);
  auto facet = [](double bound) {
    return RangeBuckets{"salary", schema::kSlotSalaryMax, {{"+", bound, 1e300, ""}}, "none", ""};
  };
  const RangeIntervals first_bounds(facet(1));
  std::shared_ptr<const IntervalColumn> first =
      cache->intervals(db, schema::kSlotSalaryMax, first_bounds);
  EXPECT_EQ(cache->intervals(db, schema::kSlotSalaryMax, RangeIntervals(facet(1))), first);
  for (int bound = 2; bound < 40; ++bound)
    cache->intervals(db, schema::kSlotSalaryMax, RangeIntervals(facet(bound)));
  EXPECT_NE(cache->intervals(db, schema::kSlotSalaryMax, first_bounds), first);  // dropped
  std::vector<std::uint64_t> counts(first_bounds.size() + 1, 0);
  first->count(DocSet::all(db.get_lastdocid()), counts);        // still whole
  EXPECT_EQ(counts, (std::vector<std::uint64_t>{0, 0, 0, 3}));  // no posting has a salary
}

// Two engines opened with the same caches: what the first matched to
// count its facets, the second finds.
TEST_F(ShardCacheTest, EnginesSharingCachesMatchAFilterOnce) {
  ShardCaches caches;
  SearchRequest request;
  request.query = "nurse";
  request.filters = {{"location", {"London"}}};
  request.facets = {{"location", 10}};
  SearchEngine first(database_.path(), {}, &caches);
  SearchEngine second(database_.path(), {}, &caches);
  const Xapian::Database db(database_.path());
  MatchSetCache& sets = caches.of(0, db, kBytes)->sets();
  EXPECT_EQ(first.search(request).total, 1u);
  const std::size_t matched = sets.matched();
  EXPECT_GT(matched, 0u);
  EXPECT_EQ(second.search(request).total, 1u);
  EXPECT_EQ(sets.matched(), matched);
  request.filters = {{"location", {"Leeds"}}};  // new to both: matched once, by the second
  EXPECT_EQ(second.search(request).total, 1u);
  EXPECT_GT(sets.matched(), matched);
  const std::size_t shared = sets.matched();
  EXPECT_EQ(first.search(request).total, 1u);
  SearchEngine alone(database_.path());  // an engine of its own keeps its own
  EXPECT_EQ(alone.search(request).total, 1u);
  EXPECT_EQ(sets.matched(), shared);
}

}  // namespace
}  // namespace jobsearch
