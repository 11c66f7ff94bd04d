// End to end: `jobindex delete` and `jobindex purge --expired`, on single
// and sharded databases.
#include <gtest/gtest.h>

#include "tests/e2e/live_index_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
using Titles = std::vector<std::string>;

// Three postings, in a database of `shards` shards.
std::string three_postings(const TempDir& tmp, const std::string& shards) {
  const std::string db = tmp.file("db");
  write_jsonl(tmp.file("jobs.jsonl"),
              {job("Welder", "Weld."), job("Painter", "Paint."), job("Driver", "Drive.")});
  CommandResult result = jobindex({"--db", db, "--shards", shards, tmp.file("jobs.jsonl")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return db;
}

class RemovalTest : public ::testing::TestWithParam<const char*> {};

TEST_P(RemovalTest, DeleteRemovesFoundIdsAndReportsMissingOnes) {
  TempDir tmp;
  const std::string db = three_postings(tmp, GetParam());
  const std::string welder = id_of(db, "Welder"), driver = id_of(db, "Driver");
  CommandResult result = jobindex({"delete", "--db", db, welder, "0123456789abcdef", driver});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.out, "deleted " + welder + ": Welder, Acme Works\ndeleted " + driver +
                            ": Driver, Acme Works\ndeleted 2 of 3 postings\n");
  EXPECT_EQ(result.err, "not found: 0123456789abcdef\n");
  EXPECT_EQ(titles(db), (Titles{"Painter"}));

  CommandResult again = jobindex({"delete", "--db", db, id_of(db, "Painter")});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(titles(db).empty());
}

TEST_P(RemovalTest, PurgeRemovesPostingsExpiredBeforeNowMinusGrace) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  write_jsonl(
      tmp.file("jobs.jsonl"),
      {job("Old", "Gone.", {{"validThrough", "2026-11-01"}}),
       job("Recent", "Just gone.", {{"validThrough", "2026-11-20"}}),
       job("Today", "Last day.", {{"validThrough", "2026-11-25"}}), job("Open", "No end date.")});
  ASSERT_EQ(jobindex({"--db", db, "--shards", GetParam(), tmp.file("jobs.jsonl")}).exit_code, 0);
  const std::string old_id = id_of(db, "Old"), recent_id = id_of(db, "Recent");

  CommandResult graced =
      jobindex({"purge", "--db", db, "--expired", "--now", "2026-11-25", "--grace", "10"});
  EXPECT_EQ(graced.exit_code, 0) << graced.err;
  EXPECT_EQ(graced.out, "purged " + old_id +
                            ": Old, Acme Works\npurged 1 expired postings (validThrough before "
                            "2026-11-15)\n");
  CommandResult strict = jobindex({"purge", "--db", db, "--expired", "--now", "2026-11-25"});
  EXPECT_EQ(strict.out, "purged " + recent_id +
                            ": Recent, Acme Works\npurged 1 expired postings (validThrough before "
                            "2026-11-25)\n");
  EXPECT_EQ(titles(db), (Titles{"Open", "Today"}));
  CommandResult nothing = jobindex({"purge", "--db", db, "--expired", "--now", "2026-11-25"});
  EXPECT_EQ(nothing.out, "purged 0 expired postings (validThrough before 2026-11-25)\n");
}

INSTANTIATE_TEST_SUITE_P(SingleAndSharded, RemovalTest, ::testing::Values("1", "3"));

TEST(Removal, BadRequestsAreRefused) {
  TempDir tmp;
  const std::string db = three_postings(tmp, "1");
  for (std::vector<std::string> args : {std::vector<std::string>{"purge", "--db", db},
                                        {"purge", "--db", db, "--expired", "--now", "2026-13-01"},
                                        {"purge", "--db", db, "--expired", "--grace", "-1"},
                                        {"delete", "--db", db}}) {
    CommandResult result = jobindex(args);
    EXPECT_EQ(result.exit_code, 2) << args.back() << result.err;
  }
  CommandResult missing = jobindex({"delete", "--db", tmp.file("nothing"), "0123456789abcdef"});
  EXPECT_EQ(missing.exit_code, 4);
  EXPECT_EQ(missing.err, "jobindex: database " + tmp.file("nothing") + " does not exist\n");
  EXPECT_EQ(titles(db).size(), 3u);
}

}  // namespace
}  // namespace jobsearch::e2e
