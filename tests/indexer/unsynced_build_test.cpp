// Tests of indexer/unsynced_build: a database built from empty is marked
// while it is written unsynced, and a stopped build is checked before it
// is written again.
#include "indexer/unsynced_build.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "indexer/index_writer.h"
#include "indexer/parallel_writer.h"
#include "indexer/removal.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;

Posting make_posting(const std::string& id) {
  Posting posting;
  posting.id = id;
  posting.title = "Registered Nurse";
  posting.description = "Patient care on a busy ward.";
  posting.date_posted = "2026-10-01";
  return posting;
}

class UnsyncedBuildTest : public ::testing::Test {
 protected:
  bool marked() const { return fs::exists(fs::path(path_) / kUnsyncedMarker); }

  // What a build that stopped leaves: postings committed, the marker kept.
  void leave_stopped_build(int postings) {
    {
      IndexWriter writer(path_, 100);
      for (int i = 0; i < postings; ++i) writer.write(make_posting("p" + std::to_string(i)));
      writer.commit();
    }
    std::ofstream(fs::path(path_) / kUnsyncedMarker) << "left by a stopped build\n";
  }

  Xapian::doccount documents() const { return Xapian::Database(path_).get_doccount(); }

  test::TempDir folder_;
  std::string path_ = folder_.file("db");
};

TEST_F(UnsyncedBuildTest, ABuildFromEmptyIsMarkedUntilItsWriterEnds) {
  {
    IndexWriter writer(path_, 1, "", WordPositions::kRecords, Durability::kAtEndWhenEmpty);
    EXPECT_TRUE(marked());
    writer.write(make_posting("a1"));
    writer.write(make_posting("a2"));  // batches of one: two commits
    EXPECT_EQ(documents(), 2u);
    writer.commit();
    EXPECT_TRUE(marked());
  }
  EXPECT_FALSE(marked());
  EXPECT_EQ(documents(), 2u);
  EXPECT_EQ(Xapian::Database::check(path_), 0u);
}

TEST_F(UnsyncedBuildTest, WhatTheWriterDidNotCommitIsCommittedWhenItEnds) {
  {
    IndexWriter writer(path_, 100, "", WordPositions::kRecords, Durability::kAtEndWhenEmpty);
    writer.write(make_posting("a1"));
  }
  EXPECT_FALSE(marked());
  EXPECT_EQ(documents(), 1u);
}

TEST_F(UnsyncedBuildTest, ADatabaseHoldingPostingsSyncsEachCommit) {
  {
    IndexWriter writer(path_, 100);
    writer.write(make_posting("a1"));
    writer.commit();
  }
  IndexWriter writer(path_, 100, "", WordPositions::kRecords, Durability::kAtEndWhenEmpty);
  EXPECT_FALSE(marked());
}

// The server's writes and jobindex sync open their writers so.
TEST_F(UnsyncedBuildTest, EveryCommitIsSyncedByDefault) {
  IndexWriter writer(path_, 100);
  EXPECT_FALSE(marked());
}

TEST_F(UnsyncedBuildTest, AStoppedBuildIsCheckedThenWrittenOn) {
  leave_stopped_build(2);
  {
    IndexWriter writer(path_, 100);
    EXPECT_FALSE(marked());
    writer.write(make_posting("a3"));
    writer.commit();
  }
  EXPECT_EQ(documents(), 3u);
}

TEST_F(UnsyncedBuildTest, AStoppedBuildThatWroteNothingIsBuiltUnsyncedAgain) {
  leave_stopped_build(0);
  IndexWriter writer(path_, 100, "", WordPositions::kRecords, Durability::kAtEndWhenEmpty);
  EXPECT_TRUE(marked());
}

// jobindex's writer (ParallelWriter) is the one that asks for it.
TEST_F(UnsyncedBuildTest, JobindexBuildsANewDatabaseUnsyncedAndAnOldOneSynced) {
  {
    ParallelWriter writer({path_}, 100, {});
    EXPECT_TRUE(marked());
    writer.write(make_posting("a1"));
    EXPECT_EQ(writer.finish().added, 1u);
  }
  EXPECT_FALSE(marked());
  EXPECT_EQ(documents(), 1u);
  ParallelWriter again({path_}, 100, {});
  EXPECT_FALSE(marked());
}

// delete and purge write through the same check.
TEST_F(UnsyncedBuildTest, DeleteAndPurgeRefuseADamagedStoppedBuild) {
  leave_stopped_build(2);
  fs::resize_file(fs::path(path_) / "postlist.glass", 0);
  EXPECT_THROW(open_existing_for_writing(path_), Xapian::DatabaseCorruptError);
  EXPECT_TRUE(marked());
}

// A marker while another writer holds the lock is that writer's build,
// running: it is neither checked nor called damaged.
TEST_F(UnsyncedBuildTest, AMarkedDatabaseLockedByAnotherWriterIsLocked) {
  leave_stopped_build(2);
  Xapian::WritableDatabase holder(path_, Xapian::DB_OPEN);
  EXPECT_THROW(IndexWriter(path_, 100), Xapian::DatabaseLockError);
  EXPECT_TRUE(marked());
}

TEST_F(UnsyncedBuildTest, ADamagedStoppedBuildIsRefusedAndStaysMarked) {
  leave_stopped_build(2);
  fs::resize_file(fs::path(path_) / "postlist.glass", 0);
  try {
    IndexWriter writer(path_, 100);
    FAIL() << "a damaged database was opened";
  } catch (const Xapian::DatabaseCorruptError& error) {
    const std::string start =
        "a build from empty stopped before it reached the disk, and Xapian's check finds it "
        "damaged (";
    const std::string end = "): remove it and index again";
    EXPECT_EQ(error.get_msg().rfind(start, 0), 0u) << error.get_msg();
    EXPECT_EQ(error.get_msg().substr(error.get_msg().size() - end.size()), end);
  }
  EXPECT_TRUE(marked());
}

}  // namespace
}  // namespace jobsearch
