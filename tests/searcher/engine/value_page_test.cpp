// Tests of searcher/engine/value_page on real databases: a page ordered by
// a value, asked of its candidates alone, is the page of the full match.
#include "searcher/engine/value_page.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "searcher/engine/sort_keys.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

using Q = Xapian::Query;
constexpr Xapian::valueno kValue = 0;
constexpr Xapian::valueno kGroup = 1;

// Document `id`: "a" in every one, "b" in every third; a value with many
// ties (none in every thirteenth), the highest for 207; every fourth one a
// re-post, in one of nine groups whose members lie far apart (and so in
// both shards), and 7 and 207 a pair of re-posts, one in each shard.
void write_database(const std::string& path, unsigned first, unsigned last) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  for (unsigned id = first; id <= last; ++id) {
    Xapian::Document document;
    document.add_term("a", 1 + id % 5);
    if (id % 3 == 0) document.add_term("b");
    for (unsigned i = 0; i < id % 11; ++i) document.add_term("x" + std::to_string(i));
    if (id % 13 != 0)
      document.add_value(kValue, Xapian::sortable_serialise(id == 207 ? 99 : id % 17));
    if (id % 4 == 0) document.add_value(kGroup, "group " + std::to_string(id % 9));
    if (id == 7 || id == 207) document.add_value(kGroup, "pair");  // one in each shard
    db.add_document(document);
  }
  db.commit();
}

struct Item {
  Xapian::docid docid;
  double weight;
  Xapian::doccount collapsed;
};

std::vector<Item> page(const Xapian::Database& db, const Q& query, Xapian::doccount offset,
                       Xapian::doccount limit, bool collapse) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_sort_by_key_then_relevance(by_value(kValue), false);
  if (collapse) enquire.set_collapse_key(kGroup);
  std::vector<Item> out;
  Xapian::MSet mset = enquire.get_mset(offset, limit, 1);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    out.push_back({*it, it.get_weight(), it.get_collapse_count()});
  return out;
}

class ValuePageTest : public ::testing::Test {
 protected:
  // Two shards of 200 documents, and the database of both.
  void SetUp() override {
    write_database(temp_.file("one"), 1, 200);
    write_database(temp_.file("two"), 201, 400);
    for (const char* name : {"one", "two"}) {
      Xapian::Database shard(temp_.file(name));
      shards_.emplace_back(shard);
      whole_.add_database(shard);
    }
  }

  test::TempDir temp_;
  std::vector<FacetColumns> shards_;
  Xapian::Database whole_;
};

TEST_F(ValuePageTest, ThePageOfTheCandidatesIsThePageOfEveryMatch) {
  const Q filter(Q::OP_VALUE_GE, kValue, Xapian::sortable_serialise(2));
  for (const Q& text : {Q("a"), Q("b"), Q(Q::OP_OR, Q("b"), Q("x7")), Q()}) {
    for (bool collapse : {false, true}) {
      for (Xapian::doccount offset : {0u, 9u, 40u}) {
        const std::string what = text.get_description() + (collapse ? " collapsed" : "") +
                                 " from " + std::to_string(offset);
        ValuePage asked{kValue, std::nullopt, offset + 10};
        if (collapse) asked.collapse_slot = kGroup;
        const std::optional<Q> candidates =
            value_page_candidates(shards_, text, filter, asked, Deadline());
        ASSERT_TRUE(candidates) << what;
        const Q all = text.empty() ? Q(Q::OP_FILTER, Q(std::string()), filter)
                                   : Q(Q::OP_FILTER, text, filter);
        const std::vector<Item> full = page(whole_, all, offset, 10, collapse);
        const std::vector<Item> from_sets =
            page(whole_, Q(Q::OP_FILTER, all, *candidates), offset, 10, collapse);
        ASSERT_EQ(from_sets.size(), full.size()) << what;
        ASSERT_EQ(full.size(), 10u) << what;
        for (std::size_t i = 0; i < full.size(); ++i) {
          EXPECT_EQ(from_sets[i].docid, full[i].docid) << what << " rank " << i;
          EXPECT_NEAR(from_sets[i].weight, full[i].weight, 1e-12) << what << " rank " << i;
          // Xapian's count is a lower bound (a collapsed posting sorting
          // below the page is not counted): whole groups count no fewer.
          EXPECT_GE(from_sets[i].collapsed, full[i].collapsed) << what << " rank " << i;
        }
        if (offset > 0) continue;
        // The point: far fewer postings are ranked than match.
        Xapian::Enquire candidates_only(whole_);
        candidates_only.set_query(*candidates);
        const Xapian::doccount ranked = candidates_only.get_mset(0, 400).size();
        EXPECT_LT(ranked, page(whole_, all, 0, 400, false).size() / 2) << what;
      }
    }
  }
}

TEST_F(ValuePageTest, AWholeGroupIsRankedWithTheReposts) {
  const ValuePage asked{kValue, kGroup, 1};
  const std::optional<Q> candidates =
      value_page_candidates(shards_, Q("a"), Q(), asked, Deadline());
  ASSERT_TRUE(candidates);
  auto group_sizes = [&](const Q& query) {
    Xapian::Enquire enquire(whole_);
    enquire.set_query(query);
    std::map<std::string, int> sizes;
    Xapian::MSet mset = enquire.get_mset(0, 400);
    for (auto it = mset.begin(); it != mset.end(); ++it)
      ++sizes[it.get_document().get_value(kGroup)];
    sizes.erase("");  // not re-posts
    return sizes;
  };
  // Every posting of a group with a candidate is one.
  const std::map<std::string, int> chosen = group_sizes(*candidates);
  const std::map<std::string, int> every = group_sizes(Q("a"));
  EXPECT_FALSE(chosen.empty());
  for (const auto& [group, size] : chosen) EXPECT_EQ(size, every.at(group)) << group;
}

// Document 207 (docid 7 of the second shard) is the first: its re-post,
// alone in the first shard, comes with it.
TEST_F(ValuePageTest, AGroupAcrossShardsComesWhole) {
  const std::optional<Q> candidates =
      value_page_candidates(shards_, Q("a"), Q(), ValuePage{kValue, kGroup, 1}, Deadline());
  ASSERT_TRUE(candidates);
  Xapian::Enquire enquire(whole_);
  enquire.set_query(*candidates);
  std::vector<std::string> pair;
  Xapian::MSet mset = enquire.get_mset(0, 400);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    if (it.get_document().get_value(kGroup) == "pair") pair.push_back(std::to_string(*it));
  }
  // Interleaved: docid 7 of the first shard is 13, of the second 14.
  EXPECT_EQ(pair, (std::vector<std::string>{"13", "14"}));
  const std::vector<Item> first = page(whole_, Q(Q::OP_FILTER, Q("a"), *candidates), 0, 1, true);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].docid, 14u);
  EXPECT_EQ(first[0].collapsed, 1u);
}

TEST_F(ValuePageTest, NothingWhenThePageHoldsEveryPostingWithAValue) {
  // "b": 133 postings, 123 of them with a value.
  EXPECT_FALSE(value_page_candidates(shards_, Q("b"), Q(), ValuePage{kValue, {}, 124}, Deadline()));
  EXPECT_TRUE(value_page_candidates(shards_, Q("b"), Q(), ValuePage{kValue, {}, 123}, Deadline()));
  // A page past the last match, far past: nothing, before any column is read.
  EXPECT_FALSE(value_page_candidates(shards_, Q("a"), Q(), ValuePage{kValue, kGroup, 1000000000},
                                     Deadline()));
  // Of all 400, 370 hold one (every thirteenth does not).
  EXPECT_TRUE(value_page_candidates(shards_, Q("a"), Q(), ValuePage{kValue, {}, 370}, Deadline()));
  EXPECT_FALSE(value_page_candidates(shards_, Q("a"), Q(), ValuePage{kValue, {}, 371}, Deadline()));
}

}  // namespace
}  // namespace jobsearch
