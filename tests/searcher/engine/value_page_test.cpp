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
// ties (none in every thirteenth); every fourth one a re-post, in one of
// nine groups whose members lie far apart (and so in both shards).
void write_database(const std::string& path, unsigned first, unsigned last) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  for (unsigned id = first; id <= last; ++id) {
    Xapian::Document document;
    document.add_term("a", 1 + id % 5);
    if (id % 3 == 0) document.add_term("b");
    for (unsigned i = 0; i < id % 11; ++i) document.add_term("x" + std::to_string(i));
    if (id % 13 != 0) document.add_value(kValue, Xapian::sortable_serialise(id % 17));
    if (id % 4 == 0) document.add_value(kGroup, "group " + std::to_string(id % 9));
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
      shards_.push_back({shard, shard.get_uuid(), std::make_shared<ShardCache>(1 << 20)});
      whole_.add_database(shard);
    }
  }

  test::TempDir temp_;
  std::vector<PageShard> shards_;
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
  Xapian::Enquire enquire(whole_);
  enquire.set_query(*candidates);
  std::map<std::string, int> groups;
  Xapian::MSet mset = enquire.get_mset(0, 400);
  for (auto it = mset.begin(); it != mset.end(); ++it)
    ++groups[it.get_document().get_value(kGroup)];
  // Every posting of a group with a candidate is one: 400 postings, each
  // group of re-posts holds 100 / 9 of them, 11 or 12.
  for (const auto& [group, count] : groups) {
    if (group.empty()) continue;
    EXPECT_GE(count, 11) << group;
  }
}

TEST_F(ValuePageTest, NothingWhenThePageHoldsEveryPostingWithAValue) {
  // "b": 133 postings, 123 of them with a value.
  EXPECT_FALSE(value_page_candidates(shards_, Q("b"), Q(), ValuePage{kValue, {}, 124}, Deadline()));
  EXPECT_TRUE(value_page_candidates(shards_, Q("b"), Q(), ValuePage{kValue, {}, 123}, Deadline()));
  // Of all 400, 370 hold one (every thirteenth does not).
  EXPECT_TRUE(value_page_candidates(shards_, Q("a"), Q(), ValuePage{kValue, {}, 370}, Deadline()));
  EXPECT_FALSE(value_page_candidates(shards_, Q("a"), Q(), ValuePage{kValue, {}, 371}, Deadline()));
}

}  // namespace
}  // namespace jobsearch
