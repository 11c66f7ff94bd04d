// Tests of searcher/http_engine_pool: search slots and readers that survive
// a writer's commits.
#include "searcher/http/engine_pool.h"

#include <gtest/gtest.h>

#include <future>
#include <thread>

#include "searcher/engine/search_error.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

using namespace std::chrono_literals;

class EnginePoolTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Posting posting;
    posting.id = "nurse";
    posting.title = "Registered Nurse";
    database_ = new test::TempDatabase({posting});
    path_ = database_->path();
  }
  static void TearDownTestSuite() { delete database_; }

  static test::TempDatabase* database_;
  static std::string path_;
};
test::TempDatabase* EnginePoolTest::database_;
std::string EnginePoolTest::path_;

// "EOF reading block" (a plain DatabaseError) was let through as a 500.
TEST_F(EnginePoolTest, AnyDatabaseErrorIsTriedAgainOnAFreshReader) {
  EnginePool pool(path_, 250ms, 4);
  std::vector<const Reader*> readers;
  int answer = pool.with_reader([&](Reader& reader) {
    readers.push_back(&reader);
    if (readers.size() == 1) throw Xapian::DatabaseError("EOF reading block");
    if (readers.size() == 2) throw Xapian::DatabaseCorruptError("a block caught mid-rewrite");
    if (readers.size() == 3) throw Xapian::DatabaseModifiedError("the revision is gone");
    return static_cast<int>(reader.engine.stats().documents);
  });
  EXPECT_EQ(answer, 1);
  ASSERT_EQ(readers.size(), 4u);
}

TEST_F(EnginePoolTest, ADatabaseChangingAtEveryTryIsBusyNotBroken) {
  EnginePool pool(path_, 250ms, 4);
  int tries = 0;
  try {
    pool.with_reader([&](Reader&) -> int {
      ++tries;
      throw Xapian::DatabaseModifiedError("the revision is gone");
    });
    FAIL() << "no error";
  } catch (const ServerBusy& error) {
    EXPECT_STREQ(
        error.what(),
        "the database kept changing under this search (an indexer is committing often); try again");
  }
  EXPECT_EQ(tries, kReadAttempts);
  EXPECT_THROW(
      pool.with_reader([](Reader&) -> int { throw Xapian::DatabaseCorruptError("damaged"); }),
      Xapian::DatabaseCorruptError);
}

TEST_F(EnginePoolTest, OtherErrorsPassAtOnceAndTheReaderIsKept) {
  EnginePool pool(path_, 250ms, 1);
  const Reader* first = nullptr;
  int tries = 0;
  EXPECT_THROW(pool.with_reader([&](Reader& reader) -> int {
    first = &reader;
    ++tries;
    throw SearchError("bad request");
  }),
               SearchError);
  EXPECT_EQ(tries, 1);
  EXPECT_EQ(pool.with_reader([](Reader& reader) { return &reader; }), first);
}

// Searches are bounded apart from connections: past `slots` a search
// waits, until its deadline.
TEST_F(EnginePoolTest, SearchesPastTheSlotsWaitUntilTheirDeadline) {
  EnginePool pool(path_, 250ms, 1);
  std::promise<void> holding, release;
  std::shared_future<void> released = release.get_future().share();
  std::thread holder([&] {
    pool.with_reader([&](Reader&) {
      holding.set_value();
      released.wait();
      return 0;
    });
  });
  holding.get_future().wait();
  try {
    pool.with_reader([](Reader&) { return 0; }, Deadline::after(100ms));
    ADD_FAILURE() << "no error";
  } catch (const ServerBusy& error) {
    EXPECT_STREQ(error.what(),
                 "the server is busy: all 1 search slots stayed taken for 0.1 s; try again");
  }
  auto waiting =
      std::async(std::launch::async, [&] { return pool.with_reader([](Reader&) { return 7; }); });
  EXPECT_EQ(waiting.wait_for(100ms), std::future_status::timeout);
  release.set_value();
  EXPECT_EQ(waiting.get(), 7);
  holder.join();
}

// The server reads it to choose what a search runs in parallel.
TEST_F(EnginePoolTest, SlotsTakenCountsTheSearchesRunning) {
  EnginePool pool(path_, 250ms, 4);
  EXPECT_EQ(pool.slots_taken(), 0u);
  EXPECT_EQ(pool.with_reader([&](Reader&) { return pool.slots_taken(); }), 1u);
  EXPECT_EQ(pool.with_reader([&](Reader&) {
    return pool.with_reader([&](Reader&) { return pool.slots_taken(); });
  }),
            2u);
  EXPECT_THROW(pool.with_reader([](Reader&) -> int { throw SearchError("bad request"); }),
               SearchError);
  EXPECT_EQ(pool.slots_taken(), 0u);
}

}  // namespace
}  // namespace jobsearch
