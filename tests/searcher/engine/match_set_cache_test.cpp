// Tests of searcher/engine/doc_set and match_set_cache on a real database.
#include "searcher/engine/match_set_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "searcher/engine/doc_set.h"
#include "searcher/engine/query_set.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

std::vector<Xapian::docid> ids(const DocSet& set) {
  std::vector<Xapian::docid> out;
  set.for_each([&](Xapian::docid docid) { out.push_back(docid); });
  return out;
}

class MatchSetCacheTest : public ::testing::Test {
 protected:
  // 200 documents (so that sets span several words): each has term "Tn"
  // for each n in 2, 3, 5 dividing its id, and "Xlast" for id 200; then
  // documents 7 and 130 are deleted.
  void SetUp() override {
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE);
    for (Xapian::docid id = 1; id <= 200; ++id) {
      Xapian::Document document;
      for (int n : {2, 3, 5})
        if (id % n == 0) document.add_boolean_term("T" + std::to_string(n));
      if (id == 200) document.add_boolean_term("Xlast");
      db.add_document(document);
    }
    db.delete_document(7);
    db.delete_document(130);
    db.commit();
  }

  std::vector<Xapian::docid> multiples(int n) {
    std::vector<Xapian::docid> out;
    for (Xapian::docid id = n; id <= 200; id += n)
      if (id != 130) out.push_back(id);
    return out;
  }

  test::TempDir temp_;
  std::string path_ = temp_.path() + "/db";
};

TEST_F(MatchSetCacheTest, AMatchSetHoldsExactlyTheDocumentsMatched) {
  Xapian::Database db(path_);
  DocSet every = match_set(db, Xapian::Query(), {});
  EXPECT_EQ(every.count(), 198u);
  EXPECT_FALSE(every.contains(7));
  EXPECT_FALSE(every.contains(0));
  EXPECT_TRUE(every.contains(200));
  EXPECT_EQ(ids(match_set(db, Xapian::Query("T5"), {})), multiples(5));
  EXPECT_EQ(ids(match_set(db, Xapian::Query("Xlast"), {})), std::vector<Xapian::docid>{200});
}

TEST_F(MatchSetCacheTest, SetsIntersectUniteAndCountAsTheirIds) {
  Xapian::Database db(path_);
  DocSet twos = match_set(db, Xapian::Query("T2"), {});
  const DocSet threes = match_set(db, Xapian::Query("T3"), {});
  DocSet only_twos = twos;
  only_twos.subtract(threes);
  EXPECT_EQ(only_twos.count(), multiples(2).size() - multiples(6).size());
  EXPECT_EQ(threes.first_from(4), 6u);
  EXPECT_EQ(threes.first_from(198), 198u);
  EXPECT_EQ(threes.first_from(199), 0u);  // none left
  DocSet either = twos;
  either.unite(threes);
  EXPECT_EQ(either.count(), 132u);  // 100 + 66 - 33 multiples of 2, 3, 6; 130 deleted
  twos.intersect(threes);
  EXPECT_EQ(ids(twos), multiples(6));
  EXPECT_EQ(DocSet::all(200).count(), 200u);
}

TEST_F(MatchSetCacheTest, ASetIsMatchedOnceThenServedFromTheCache) {
  Xapian::Database db(path_);
  MatchSetCache cache;
  auto first = cache.get(db, Xapian::Query("T3"), {});
  auto again = cache.get(db, Xapian::Query("T3"), {});
  EXPECT_EQ(first.get(), again.get());
  EXPECT_EQ(cache.matched(), 1u);
  EXPECT_EQ(ids(*again), multiples(3));
}

TEST_F(MatchSetCacheTest, TheLeastRecentlyUsedSetGoesFirstAndTheBoundHolds) {
  const std::size_t set_bytes = DocSet(200).bytes();
  // Room for two sets and their keys, not three.
  Xapian::Database db(path_);
  MatchSetCache cache(2 * (set_bytes + 16));
  cache.get(db, Xapian::Query("T2"), {});
  cache.get(db, Xapian::Query("T3"), {});
  cache.get(db, Xapian::Query("T2"), {});  // T3 is now the least recently used
  cache.get(db, Xapian::Query("T5"), {});
  EXPECT_LE(cache.bytes(), 2 * (set_bytes + 16));
  EXPECT_EQ(cache.matched(), 3u);
  cache.get(db, Xapian::Query("T2"), {});
  EXPECT_EQ(cache.matched(), 3u);
  cache.get(db, Xapian::Query("T3"), {});
  EXPECT_EQ(cache.matched(), 4u);
}

TEST_F(MatchSetCacheTest, AnExpiredDeadlineRefusesTheSetAndKeepsNothing) {
  Xapian::Database db(path_);
  MatchSetCache cache;
  const Deadline past =
      Deadline::after(std::chrono::seconds(1), Deadline::Clock::now() - std::chrono::seconds(2));
  EXPECT_THROW(cache.get(db, Xapian::Query("T2"), past), SearchTimeout);
  EXPECT_EQ(cache.bytes(), 0u);
  EXPECT_EQ(ids(*cache.get(db, Xapian::Query("T2"), {})), multiples(2));
}

TEST_F(MatchSetCacheTest, AQuerySetFromTermSetsIsWhatXapianMatches) {
  using Q = Xapian::Query;
  Xapian::Database db(path_);
  MatchSetCache cache;
  const Q two("T2"), three("T3"), five("T5");
  const std::vector<Q> queries = {
      Q(Q::OP_AND, two, three),
      Q(Q::OP_OR, Q(Q::OP_AND, two, five), three),
      Q(Q::OP_SYNONYM, five, Q("Xlast")),
      Q(Q::OP_AND_NOT, two, Q(Q::OP_OR, three, five)),
      Q(Q::OP_AND_MAYBE, five, Q(Q::OP_SCALE_WEIGHT, three, 0.0)),
      Q(Q::OP_XOR, two, three),  // matched by Xapian
      Q(Q::OP_FILTER, Q(std::string()), Q("Tmissing")),
  };
  for (const Q& query : queries) {
    SCOPED_TRACE(query.get_description());
    EXPECT_EQ(ids(*query_set(db, query, &cache, {})), ids(match_set(db, query, {})));
    EXPECT_EQ(ids(*query_set(db, query, nullptr, {})), ids(match_set(db, query, {})));
  }
}

}  // namespace
}  // namespace jobsearch
