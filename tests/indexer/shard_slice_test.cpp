// Tests of indexer/shard_slice: reading --shard K/N, which postings a
// shard holds, and a database keeping the shard it was built as.
#include "indexer/shard_slice.h"

#include <gtest/gtest.h>

#include "indexer/database_errors.h"
#include "indexer/shard_layout.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

TEST(ShardSlice, ReadsKOfNCountedFromZero) {
  const struct {
    const char* text;
    unsigned index, count;
  } good[] = {{"0/1", 0, 1}, {"0/3", 0, 3}, {"2/3", 2, 3}, {"63/64", 63, 64}};
  for (const auto& c : good) {
    std::optional<ShardSlice> slice = parse_shard_slice(c.text);
    ASSERT_TRUE(slice) << c.text;
    EXPECT_EQ(slice->index, c.index);
    EXPECT_EQ(slice->count, c.count);
    EXPECT_EQ(slice->text(), c.text);
  }
}

TEST(ShardSlice, RefusesWhatIsNotKOfN) {
  for (const char* bad : {"", "3", "3/3", "4/3", "0/0", "0/65", "-1/3", "1/-3", "a/3", "1/b",
                          "1/3/4", " 1/3", "1/3 ", "1.0/3", "/3", "1/"}) {
    EXPECT_FALSE(parse_shard_slice(bad)) << '"' << bad << '"';
  }
}

TEST(ShardSlice, HoldsThePostingsShardsRoutesToIt) {
  const std::vector<std::string> ids = {"0000000000000000", "0000000000000001", "00000000000000ff",
                                        "ffffffffffffffff", "1234abcd5678ef90"};
  for (const std::string& id : ids) {
    int holders = 0;
    for (unsigned k = 0; k < 3; ++k) {
      bool held = ShardSlice{k, 3}.holds(id);
      EXPECT_EQ(held, shard_for_id(id, 3) == k) << id;
      holders += held;
    }
    EXPECT_EQ(holders, 1) << id;
    EXPECT_TRUE(ShardSlice{}.holds(id));
  }
}

TEST(ShardSlice, ADatabaseKeepsTheShardItWasBuiltAs) {
  test::TempDir tmp;
  const std::string path = tmp.file("db");
  EXPECT_TRUE(settle_shard_slice(path, std::nullopt).whole());
  EXPECT_EQ(settle_shard_slice(path, ShardSlice{1, 3}).text(), "1/3");
  EXPECT_EQ(settle_shard_slice(path, std::nullopt).text(), "1/3");
  EXPECT_EQ(settle_shard_slice(path, ShardSlice{1, 3}).text(), "1/3");
  try {
    settle_shard_slice(path, ShardSlice{2, 3});
    FAIL() << "another shard was taken";
  } catch (const DatabaseFailure& failure) {
    EXPECT_EQ(std::string(failure.what()),
              "database " + path + " holds shard 1/3, not --shard 2/3");
  }
}

TEST(ShardSlice, ADatabaseOfEveryShardCannotBecomeOne) {
  test::TempDir tmp;
  const std::string path = tmp.file("db");
  {
    Xapian::WritableDatabase database(path, Xapian::DB_CREATE);
    database.add_document(Xapian::Document());
    database.commit();
  }
  EXPECT_THROW(settle_shard_slice(path, ShardSlice{0, 2}), DatabaseFailure);
  EXPECT_TRUE(settle_shard_slice(path, std::nullopt).whole());
}

}  // namespace
}  // namespace jobsearch
