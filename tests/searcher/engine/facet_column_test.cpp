// Tests of searcher/facet_column and database_shards on real databases.
#include "searcher/engine/facet_column.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include "common/schema.h"
#include "searcher/engine/database_shards.h"
#include "searcher/engine/facet_counter.h"
#include "searcher/engine/interval_column.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;

class FacetColumnTest : public ::testing::Test {
 protected:
  // A database whose documents hold `values` in slot 0 ("" = no value).
  std::string database(const std::string& name, const std::vector<std::string>& values) {
    std::string path = (folder_ / name).string();
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    for (const std::string& value : values) {
      Xapian::Document document;
      document.add_boolean_term("Q" + name + std::to_string(db.get_lastdocid() + 1));
      if (!value.empty()) document.add_value(0, value);
      db.add_document(document);
    }
    db.commit();
    return path;
  }

  std::vector<std::string> values_of(const FacetColumn& column, Xapian::docid docid) {
    std::vector<std::string> values;
    for (const std::uint32_t* it = column.begin(docid); it != column.end(docid); ++it) {
      values.push_back(column.value(*it));
    }
    return values;
  }

  test::TempDir temp_;
  fs::path folder_ = temp_.path();
};

TEST_F(FacetColumnTest, GivesEachDocumentItsValuesAndNoneToDocumentsWithout) {
  const std::string sep(1, schema::kValueSeparator);
  FacetColumn column(
      Xapian::Database(database("db", {"", "Austin" + sep + "Dallas", "", "Dallas", ""})), 0);
  EXPECT_EQ(column.value_count(), 2u);
  EXPECT_EQ(values_of(column, 1), std::vector<std::string>{});
  EXPECT_EQ(values_of(column, 2), (std::vector<std::string>{"Austin", "Dallas"}));
  EXPECT_EQ(values_of(column, 3), std::vector<std::string>{});
  EXPECT_EQ(values_of(column, 4), std::vector<std::string>{"Dallas"});
  EXPECT_EQ(values_of(column, 5), std::vector<std::string>{});
  EXPECT_TRUE(column.covers(5));
  EXPECT_FALSE(column.covers(6));
}

// A column where no document holds two values is kept as one ordinal
// per document: the same values, the same counts.
TEST_F(FacetColumnTest, ASingleValuedColumnGivesTheSameValues) {
  FacetColumn column(Xapian::Database(database("one", {"", "Austin", "Dallas", "", "Austin"})), 0);
  EXPECT_EQ(column.value_count(), 2u);
  EXPECT_EQ(values_of(column, 1), std::vector<std::string>{});
  EXPECT_EQ(values_of(column, 2), std::vector<std::string>{"Austin"});
  EXPECT_EQ(values_of(column, 3), std::vector<std::string>{"Dallas"});
  EXPECT_EQ(values_of(column, 4), std::vector<std::string>{});
  EXPECT_EQ(values_of(column, 5), std::vector<std::string>{"Austin"});
  EXPECT_TRUE(column.covers(5));
  EXPECT_FALSE(column.covers(6));
}

// Counting a set column by column gives each value the documents of the
// set holding it, in a column of one value per document and in one of
// several.
// The spellings of one place are merged from the column's groups as from
// a map of spellings: the same values, counts, spellings shown (ties: the
// smaller string) and terms.
TEST_F(FacetColumnTest, MergesSpellingsAsTheMapOfThemDoes) {
  const std::string sep(1, schema::kValueSeparator);
  const Xapian::Database db(
      database("places", {"Pune, Mahārāshtra", "Pune, Maharashtra", "Pune, Mahārāshtra",
                          "Austin, TX", "Pune, Maharashtra", "", "Austin, TX" + sep + "Zürich",
                          "Zurich", "Zürich", "Austin, TX", "Bengaluru", "×"}));
  const FacetColumn column(db, schema::kSlotLocationFacet);
  FacetCounter counter({&column});
  DocSet some(db.get_lastdocid());
  for (Xapian::docid docid : {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12}) some.insert(docid);
  counter.count(some);
  SpellingCounts spellings;
  counter.add_counts(0, spellings);
  auto listed = [](const std::vector<MergedValue>& merged) {
    std::vector<std::tuple<std::string, std::uint64_t, std::string>> out;
    for (const MergedValue& value : merged)
      out.emplace_back(*value.shown, value.count, *value.term);
    std::sort(out.begin(), out.end());
    return out;
  };
  const auto from_groups = listed(counter.merged(0));
  EXPECT_EQ(from_groups, listed(merge_spellings(spellings)));
  // Pune's two spellings tie (2 and 2): the smaller is shown; Zürich's
  // wins (2 against 1). Bengaluru was not counted.
  ASSERT_EQ(from_groups.size(), 4u);
  EXPECT_EQ(std::get<0>(from_groups[1]), "Pune, Maharashtra");
  EXPECT_EQ(std::get<1>(from_groups[1]), 4u);
  EXPECT_EQ(std::get<0>(from_groups[2]), "Zürich");
  EXPECT_EQ(std::get<1>(from_groups[2]), 3u);
}

TEST_F(FacetColumnTest, CountsASetsValues) {
  const std::string sep(1, schema::kValueSeparator);
  const std::vector<std::vector<std::string>> columns = {
      {"", "Austin", "Dallas", "", "Austin", "Austin"},
      {"", "Austin" + sep + "Dallas", "Dallas", "", "Austin", "Dallas" + sep + "Houston"},
  };
  for (std::size_t c = 0; c < columns.size(); ++c) {
    FacetColumn column(Xapian::Database(database("c" + std::to_string(c), columns[c])), 0);
    DocSet set(6);
    for (Xapian::docid docid : {1u, 2u, 3u, 5u, 6u}) set.insert(docid);
    std::vector<std::uint64_t> counts(column.value_count(), 0);
    column.count(set, counts);
    std::map<std::string, std::uint64_t> by_value;
    for (std::uint32_t o = 0; o < counts.size(); ++o) by_value[column.value(o)] = counts[o];
    const std::map<std::string, std::uint64_t> expected =
        c == 0 ? std::map<std::string, std::uint64_t>{{"Austin", 3}, {"Dallas", 1}}
               : std::map<std::string, std::uint64_t>{{"Austin", 2}, {"Dallas", 3}, {"Houston", 1}};
    EXPECT_EQ(by_value, expected) << "column " << c;
  }
}

// Re-posts: repost_key()'s 16 hex digits are the key itself; any other
// value is hashed; documents without a value have none (0).
// Each document's interval among a range facet's bounds, kept as a byte:
// the counts of every interval and of the documents without a number.
TEST_F(FacetColumnTest, IntervalsCountEachNumberWhereItFallsAndTheMissingApart) {
  auto number = [](double value) { return Xapian::sortable_serialise(value); };
  const Xapian::Database db(database(
      "db", {number(5), "", number(10), number(25), number(10.5), "", number(-1), number(99)}));
  const NumberColumn numbers(db, 0);
  RangeBuckets facet{"n", 0, {{"10+", 10, 1e300, ""}, {"10-20", 10, 20, ""}}, "none", ""};
  const RangeIntervals intervals(facet);  // bounds 10, 20, 1e300: 4 intervals
  ASSERT_EQ(intervals.size(), 4u);
  const IntervalColumn column(numbers, intervals);
  DocSet every = DocSet::all(db.get_lastdocid());
  std::vector<std::uint64_t> counts(5, 0);
  column.count(every, counts);
  EXPECT_EQ(counts, (std::vector<std::uint64_t>{2, 2, 2, 0, 2}));  // <10, 10-20, 20+, 1e300+, none
  DocSet some(db.get_lastdocid());
  for (Xapian::docid docid : {2u, 3u, 8u}) some.insert(docid);
  std::vector<std::uint64_t> some_counts(5, 0);
  column.count(some, some_counts);
  EXPECT_EQ(some_counts, (std::vector<std::uint64_t>{0, 1, 1, 0, 1}));
}

TEST_F(FacetColumnTest, DocumentsSharingAValueShareAKey) {
  Xapian::Database db(database(
      "keys", {"00000000000000ff", "", "other", "00000000000000ff", "other", "0000000000000000"}));
  KeyColumn keys(db, 0);
  EXPECT_EQ(keys.at(1), 0xffu);
  EXPECT_EQ(keys.at(2), 0u);
  EXPECT_EQ(keys.at(3), keys.at(5));
  EXPECT_NE(keys.at(3), 0u);
  EXPECT_EQ(keys.at(6), 1u);  // 0 stands for none
  EXPECT_EQ(keys.at(7), 0u);  // past the last document
}

TEST_F(FacetColumnTest, AStubOfLocalShardsOpensEachShardAndTheWhole) {
  database("shard-0", {"a", "b"});
  database("shard-1", {"c"});
  temp_.write("XAPIANDB",
              "# two shards\nauto shard-0\n\nglass " + (folder_ / "shard-1").string() + "\n");
  DatabaseShards opened = open_database_shards(folder_.string());
  ASSERT_EQ(opened.shards.size(), 2u);
  EXPECT_EQ(opened.shards[0].get_doccount(), 2u);
  EXPECT_EQ(opened.shards[1].get_doccount(), 1u);
  EXPECT_EQ(opened.whole.get_doccount(), 3u);
  // Xapian interleaves the shards' documents: 1 = shard 0's first, 2 = shard 1's first.
  EXPECT_EQ(opened.whole.get_document(2).get_value(0), "c");
}

TEST_F(FacetColumnTest, ASingleDatabaseIsItsOnlyShard) {
  DatabaseShards opened = open_database_shards(database("db", {"a"}));
  ASSERT_EQ(opened.shards.size(), 1u);
  EXPECT_EQ(opened.shards[0].get_doccount(), 1u);
  EXPECT_EQ(opened.whole.get_doccount(), 1u);
}

TEST_F(FacetColumnTest, AStubWithAnotherKindOfShardIsLeftToXapianWithoutShards) {
  database("shard-0", {"a"});
  temp_.write("XAPIANDB", "auto shard-0\ninmemory\n");
  DatabaseShards opened = open_database_shards(folder_.string());
  EXPECT_TRUE(opened.shards.empty());
  EXPECT_EQ(opened.whole.get_doccount(), 1u);
}

TEST_F(FacetColumnTest, AMissingDatabaseThrowsAsXapianDoes) {
  EXPECT_THROW(open_database_shards((folder_ / "nothing").string()), Xapian::DatabaseOpeningError);
}

}  // namespace
}  // namespace jobsearch
