// Tests of searcher/engine/kept_sets on real databases: a phrase or a
// filter answered from its kept set ranks exactly as Xapian's own match.
#include "searcher/engine/kept_sets.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "searcher/engine/query_set.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

using Q = Xapian::Query;
using Ranking = std::vector<std::pair<Xapian::docid, double>>;

// Document `id`'s words: "a b" side by side in every third one, "b a" in
// every fifth, "c" in the even ones, and a tail of "x" whose length
// varies, so that BM25 weighs each document its own way.
std::vector<std::string> words_of(unsigned id) {
  std::vector<std::string> words;
  if (id % 3 == 0) words.insert(words.end(), {"a", "b"});
  if (id % 5 == 0) words.insert(words.end(), {"b", "x", "a"});
  if (id % 2 == 0) words.push_back("c");
  if (id % 7 == 0) words.insert(words.end(), {"a", "c", "b"});
  for (unsigned i = 0; i < id % 11; ++i) words.push_back("x");
  return words;
}

void write_database(const std::string& path, unsigned first, unsigned last) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  for (unsigned id = first; id <= last; ++id) {
    Xapian::Document document;
    Xapian::termpos position = 0;
    for (const std::string& word : words_of(id)) document.add_posting(word, ++position);
    document.add_value(0, Xapian::sortable_serialise(id));
    db.add_document(document);
  }
  db.commit();
}

Ranking ranking(const Xapian::Database& db, const Q& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Ranking out;
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
  return out;
}

void expect_same_ranking(const Ranking& kept, const Ranking& own, const std::string& what) {
  ASSERT_EQ(kept.size(), own.size()) << what;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    EXPECT_EQ(kept[i].first, own[i].first) << what << " rank " << i;
    EXPECT_NEAR(kept[i].second, own[i].second, 1e-12) << what << " rank " << i;
  }
}

// The lower bound, estimate and upper bound of the total that Xapian gives
// with a page of `size` matches of `query`.
std::vector<Xapian::doccount> bounds(const Xapian::Database& db, const Q& query,
                                     Xapian::doccount size) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Xapian::MSet mset = enquire.get_mset(0, size);
  return {mset.get_matches_lower_bound(), mset.get_matches_estimated(),
          mset.get_matches_upper_bound()};
}

class KeptSetsTest : public ::testing::Test {
 protected:
  test::TempDir temp_;
  const Q phrase_ = Q(Q::OP_PHRASE, Q("a"), Q("b"));
  const Q near_ = Q(Q::OP_NEAR, Q("a"), Q("b"));
  const Q late_ = Q(Q::OP_VALUE_GE, 0, Xapian::sortable_serialise(150));
  const std::vector<Q> queries_ = {
      phrase_,
      near_,
      Q(Q::OP_OR, Q("c"), phrase_),
      Q(Q::OP_AND, Q("c"), phrase_),
      Q(Q::OP_AND_NOT, Q("c"), phrase_),
      Q(Q::OP_AND_MAYBE, Q(Q::OP_OR, near_, Q("c")), Q("x")),
      Q(Q::OP_FILTER, Q(Q::OP_OR, Q("a"), Q("c")), Q(Q::OP_AND, late_, Q("x"))),
      Q(Q::OP_FILTER, Q(Q::OP_AND_MAYBE, Q("c"), Q("x")), Q(Q::OP_FILTER, Q("b"), late_)),
  };
  // Keeps the sets of every phrase and filter of queries_ in `shard`, as
  // counting facets would.
  void keep_sets(FacetColumns& shard) {
    for (const Q& query : queries_) query_set(shard.database(), query, &shard.sets(), {});
    shard.set(late_, {});
  }
};

TEST_F(KeptSetsTest, KeptPhrasesAndFiltersRankAsXapiansOwnMatch) {
  write_database(temp_.file("db"), 1, 300);
  Xapian::Database db(temp_.file("db"));
  std::vector<FacetColumns> shards{FacetColumns(db)};
  keep_sets(shards[0]);
  for (const Q& query : queries_) {
    const Q kept = with_kept_sets(query, shards, true);
    EXPECT_NE(kept.get_description().find("kept set of"), std::string::npos)
        << kept.get_description();
    expect_same_ranking(ranking(db, kept), ranking(db, query), query.get_description());
  }
}

// A page of 3 matches is not all of them: the total is Xapian's estimate,
// and without filters taken from sets it is the same whether a phrase's
// set was kept or not.
TEST_F(KeptSetsTest, TheEstimatesAreXapiansOwn) {
  write_database(temp_.file("db"), 1, 300);
  Xapian::Database db(temp_.file("db"));
  std::vector<FacetColumns> shards{FacetColumns(db)};
  keep_sets(shards[0]);
  for (const Q& query : queries_) {
    EXPECT_EQ(bounds(db, with_kept_sets(query, shards, false), 3), bounds(db, query, 3))
        << query.get_description();
  }
}

// A filter's set tells Xapian its size, where Xapian guesses a value
// range's from its bounds: over the whole collection the estimate is then
// the count itself.
TEST_F(KeptSetsTest, AKeptFilterTellsItsSize) {
  write_database(temp_.file("db"), 1, 300);
  Xapian::Database db(temp_.file("db"));
  std::vector<FacetColumns> shards{FacetColumns(db)};
  const Q late_or_seventh(Q::OP_OR, late_, Q(Q::OP_VALUE_LE, 0, Xapian::sortable_serialise(7)));
  shards[0].set(late_or_seventh, {});
  const Q every(Q::OP_FILTER, Q(std::string()), late_or_seventh);
  // Ids 150 to 300 and 1 to 7.
  EXPECT_EQ(bounds(db, with_kept_sets(every, shards, true), 0),
            (std::vector<Xapian::doccount>{158, 158, 158}));
  EXPECT_NE(bounds(db, every, 0)[1], 158u);  // Xapian's own guess
}

// A request without facets keeps its filters' sets first, the parts
// that are not single terms (a term's posting list is as quick).
TEST_F(KeptSetsTest, FilterSetsAreKeptButTerms) {
  write_database(temp_.file("db"), 1, 300);
  Xapian::Database db(temp_.file("db"));
  std::vector<FacetColumns> shards{FacetColumns(db)};
  const Q filter(Q::OP_AND, late_, Q("x"));
  keep_filter_sets(shards, filter, {});
  EXPECT_TRUE(shards[0].sets().find(late_));
  EXPECT_FALSE(shards[0].sets().find(Q("x")));
  const Q kept = with_kept_sets(Q(Q::OP_FILTER, Q("c"), filter), shards, true);
  EXPECT_NE(kept.get_description().find("kept set of"), std::string::npos)
      << kept.get_description();
}

TEST_F(KeptSetsTest, APartWhoseSetIsNotKeptStaysAsItIs) {
  write_database(temp_.file("db"), 1, 50);
  Xapian::Database db(temp_.file("db"));
  std::vector<FacetColumns> shards{FacetColumns(db)};
  query_set(db, near_, &shards[0].sets(), {});  // the NEAR is kept, not the phrase
  shards[0].set(Q("x"), {});                    // a term filter stays a term
  const Q query(Q::OP_FILTER, Q(Q::OP_OR, phrase_, Q(Q::OP_SCALE_WEIGHT, near_, 2.0)),
                Q(Q::OP_AND, late_, Q("x")));
  EXPECT_EQ(with_kept_sets(query, shards, true).get_description(), query.get_description());
}

TEST_F(KeptSetsTest, EachShardAnswersFromItsOwnSet) {
  write_database(temp_.file("one"), 1, 300);
  write_database(temp_.file("two"), 301, 500);
  write_database(temp_.file("single"), 1, 500);
  Xapian::Database whole(temp_.file("one"));
  whole.add_database(Xapian::Database(temp_.file("two")));
  std::vector<FacetColumns> shards{FacetColumns(Xapian::Database(temp_.file("one"))),
                                   FacetColumns(Xapian::Database(temp_.file("two")))};
  for (FacetColumns& shard : shards) keep_sets(shard);
  Xapian::Database single(temp_.file("single"));
  for (const Q& query : queries_) {
    const Q kept = with_kept_sets(query, shards, true);
    ASSERT_NE(kept.get_description().find("kept set of"), std::string::npos);
    Ranking sharded = ranking(whole, kept);
    Ranking own = ranking(single, query);
    ASSERT_EQ(sharded.size(), own.size()) << query.get_description();
    // The same documents (the shards interleave their ids) with the same scores.
    auto by_score = [](const Ranking& r) {
      std::vector<double> scores;
      for (const auto& hit : r) scores.push_back(hit.second);
      return scores;
    };
    std::vector<double> a = by_score(sharded), b = by_score(own);
    for (std::size_t i = 0; i < a.size(); ++i) EXPECT_NEAR(a[i], b[i], 1e-9) << i;
  }
}

TEST_F(KeptSetsTest, OnlyTheSameShardsAtTheSameRevisionsQualify) {
  write_database(temp_.file("one"), 1, 10);
  write_database(temp_.file("two"), 11, 20);
  std::filesystem::copy(temp_.file("one"), temp_.file("copy"));
  const Xapian::Database one(temp_.file("one")), two(temp_.file("two"));
  EXPECT_TRUE(same_revisions({one, two}, {Xapian::Database(temp_.file("one")), two}));
  EXPECT_FALSE(same_revisions({one, two}, {two, one}));
  EXPECT_FALSE(same_revisions({one, two}, {one}));
  // A copied shard has its original's UUID: its sets could not be told apart.
  const Xapian::Database copy(temp_.file("copy"));
  EXPECT_FALSE(same_revisions({one, copy}, {one, copy}));
  Xapian::WritableDatabase writer(temp_.file("two"));
  writer.add_document(Xapian::Document());
  writer.commit();
  EXPECT_FALSE(same_revisions({one, two}, {one, Xapian::Database(temp_.file("two"))}));
}

}  // namespace
}  // namespace jobsearch
