// End to end: `jobindex sync` keeps one source's postings those of its
// latest snapshot, leaves other sources alone, refuses a mass removal, and
// readers see a sync whole or not at all.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "tests/e2e/live_index_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;
using Titles = std::vector<std::string>;

json with_url(const std::string& title, const std::string& description, const std::string& path) {
  return job(title, description, {{"url", "https://careers.acme.example/jobs/" + path}});
}

const json kSalary = {
    {"baseSalary",
     {{"@type", "MonetaryAmount"},
      {"currency", "USD"},
      {"value", {{"@type", "QuantitativeValue"}, {"value", 52000}, {"unitText", "YEAR"}}}}}};

class SyncTest : public ::testing::Test {
 protected:
  CommandResult sync(const std::string& source, const std::vector<json>& postings,
                     std::vector<std::string> options = {}) {
    std::string file =
        write_jsonl(tmp_.file(source + "-" + std::to_string(++files_) + ".jsonl"), postings);
    std::vector<std::string> args = {"sync", "--db", db_, "--source", source};
    args.insert(args.end(), options.begin(), options.end());
    args.push_back(file);
    return jobindex(args);
  }

  TempDir tmp_;
  std::string db_ = tmp_.file("db");
  int files_ = 0;
};

TEST_F(SyncTest, AddsReplacesAndRemovesToMatchTheSnapshot) {
  const json welder = with_url("Welder", "Weld steel beams.", "1");
  const json painter = with_url("Painter", "Paint walls.", "2");
  const json nurse = job("Nurse", "Care for patients.", {{"identifier", {{"value", "N-1"}}}});
  const json driver = job("Driver", "Drive trucks.");
  CommandResult first = sync("acme", {welder, painter, nurse, driver});
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, sync_summary("acme", 4, 4, 0, 0, 0, 0, 4));

  json painter_edited = with_url("Painter", "Paint walls and ceilings.", "2");
  json nurse_paid = nurse;
  nurse_paid.update(kSalary);
  CommandResult second =
      sync("acme", {welder, painter_edited, nurse_paid, job("Cook", "Cook meals.")});
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, sync_summary("acme", 4, 1, 2, 1, 1, 0, 4));
  EXPECT_EQ(titles(db_), (Titles{"Cook", "Nurse", "Painter", "Welder"}));
  EXPECT_EQ(result_ids(search_json(db_, {"ceilings"})).size(), 1u);
  EXPECT_EQ(search_json(db_, {"Nurse"})["results"][0]["salary"]["min"], 52000);

  CommandResult again =
      sync("acme", {welder, painter_edited, nurse_paid, job("Cook", "Cook meals.")});
  EXPECT_EQ(again.out, sync_summary("acme", 4, 0, 0, 0, 4, 0, 4));
}

TEST_F(SyncTest, OtherSourcesAndPlainIndexingAreUntouched) {
  const json shared = job("Electrician", "Wire houses.", {{"identifier", {{"value", "E-7"}}}});
  write_jsonl(tmp_.file("plain.jsonl"), {job("Plumber", "Fix pipes.")});
  ASSERT_EQ(index(db_, {tmp_.file("plain.jsonl")}).exit_code, 0);
  ASSERT_EQ(sync("acme", {job("Welder", "Weld."), shared}).exit_code, 0);
  ASSERT_EQ(sync("feed", {job("Baker", "Bake."), shared}).exit_code, 0);
  EXPECT_EQ(titles(db_), (Titles{"Baker", "Electrician", "Plumber", "Welder"}));

  // The feed still lists the electrician: acme's removal keeps it.
  CommandResult emptied = sync("acme", {job("Roofer", "Roof.")}, {"--allow-mass-removal"});
  EXPECT_EQ(emptied.out, sync_summary("acme", 1, 1, 0, 2, 0, 0, 4));
  EXPECT_EQ(titles(db_), (Titles{"Baker", "Electrician", "Plumber", "Roofer"}));
  CommandResult feed = sync("feed", {job("Baker", "Bake.")});
  EXPECT_EQ(feed.out, sync_summary("feed", 1, 0, 0, 1, 1, 0, 3));
  EXPECT_EQ(titles(db_), (Titles{"Baker", "Plumber", "Roofer"}));
}

TEST_F(SyncTest, MassRemovalIsRefusedUnlessAllowed) {
  std::vector<json> four = {job("A1", "a."), job("B1", "b."), job("C1", "c."), job("D1", "d.")};
  ASSERT_EQ(sync("acme", four).exit_code, 0);
  CommandResult refused = sync("acme", {four[0]});
  EXPECT_EQ(refused.exit_code, 7);
  EXPECT_EQ(refused.out, "");
  EXPECT_EQ(refused.err,
            "jobindex sync: the snapshot of source acme would remove 3 of its 4 postings, more "
            "than --max-removal 50%: nothing changed (a truncated feed?); pass "
            "--allow-mass-removal to remove them\n");
  EXPECT_EQ(titles(db_), (Titles{"A1", "B1", "C1", "D1"}));

  EXPECT_EQ(sync("acme", {four[0], four[1]}).exit_code, 0);  // exactly half is allowed
  EXPECT_EQ(sync("acme", {}, {"--max-removal", "40"}).exit_code, 7);
  CommandResult allowed = sync("acme", {}, {"--allow-mass-removal"});
  EXPECT_EQ(allowed.exit_code, 1) << allowed.err;  // the empty file is a rejected record
  EXPECT_EQ(allowed.out, sync_summary("acme", 0, 0, 0, 2, 0, 1, 0));
}

TEST_F(SyncTest, AnUnreadablePathChangesNothing) {
  ASSERT_EQ(sync("acme", {job("Welder", "Weld.")}).exit_code, 0);
  CommandResult result = jobindex({"sync", "--db", db_, "--source", "acme", tmp_.file("missing")});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.err.find("the snapshot of source acme is incomplete"), std::string::npos)
      << result.err;
  EXPECT_EQ(titles(db_), (Titles{"Welder"}));
}

TEST_F(SyncTest, ShardedDatabasesSyncShardByShard) {
  std::vector<json> snapshot;
  for (int i = 0; i < 12; ++i)
    snapshot.push_back(with_url("Job " + std::to_string(i), "Work.", std::to_string(i)));
  ASSERT_EQ(sync("acme", snapshot, {"--shards", "3"}).exit_code, 0);
  snapshot[0] = with_url("Job 0", "Work harder.", "0");
  snapshot.pop_back();
  CommandResult second = sync("acme", snapshot);
  EXPECT_EQ(second.out, sync_summary("acme", 11, 0, 1, 1, 10, 0, 11));
  EXPECT_EQ(titles(db_).size(), 11u);
  EXPECT_EQ(result_ids(search_json(db_, {"harder"})).size(), 1u);
}

// Searches while a source flips between two sets of postings: each sees
// one set whole, never a mix (a sync is one commit).
TEST_F(SyncTest, SearchesDuringASyncSeeTheOldOrTheNewSet) {
  std::vector<json> old_set, new_set;
  for (int i = 0; i < 300; ++i) old_set.push_back(job("Alpha " + std::to_string(i), "Old work."));
  for (int i = 0; i < 200; ++i) new_set.push_back(job("Beta " + std::to_string(i), "New work."));
  ASSERT_EQ(sync("acme", old_set).exit_code, 0);
  std::atomic<bool> syncing{true};
  std::set<long> totals;
  int searches = 0;
  std::thread reader([&] {
    while (syncing || searches < 3) {
      totals.insert(
          search_json(db_, {"--limit", "0", "--facets", "employment_type"})["total"].get<long>());
      ++searches;
    }
  });
  for (int round = 0; round < 6; ++round) {
    CommandResult result =
        sync("acme", round % 2 == 0 ? new_set : old_set, {"--allow-mass-removal"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
  }
  syncing = false;
  reader.join();
  for (long total : totals) EXPECT_TRUE(total == 300 || total == 200) << total;
  EXPECT_GE(searches, 3);
}

TEST_F(SyncTest, BadSourceNamesAndOptionsAreRefused) {
  for (std::vector<std::string> args :
       {std::vector<std::string>{"sync", "--db", db_, "--source", "a b", "x.jsonl"},
        {"sync", "--db", db_, "--source", "", "x.jsonl"},
        {"sync", "--db", db_, "x.jsonl"},
        {"sync", "--db", db_, "--source", "acme"},
        {"sync", "--db", db_, "--source", "acme", "--max-removal", "101", "x.jsonl"}}) {
    EXPECT_EQ(jobindex(args).exit_code, 2) << args[4];
  }
}

}  // namespace
}  // namespace jobsearch::e2e
