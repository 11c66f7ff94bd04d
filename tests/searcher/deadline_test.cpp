// Tests of searcher/deadline: a request's time budget, kept inside a match.
#include "deadline.h"

#include <unistd.h>

#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

using namespace std::chrono_literals;

std::string timeout_message(const Deadline& deadline) {
  try {
    deadline.check();
  } catch (const SearchTimeout& error) {
    return error.what();
  }
  return "not expired";
}

TEST(Deadline, NoDeadlineNeverExpires) {
  Deadline none;
  EXPECT_FALSE(none.is_set());
  EXPECT_FALSE(none.expired());
  EXPECT_NO_THROW(none.check());
}

TEST(Deadline, ExpiresAfterItsBudgetAndSaysWhichItWas) {
  const auto start = Deadline::Clock::now();
  EXPECT_FALSE(Deadline::after(10s, start).expired());
  EXPECT_EQ(timeout_message(Deadline::after(10s, start - 11s)),
            "the search took longer than its time budget of 10 s");
  EXPECT_EQ(timeout_message(Deadline::after(500ms, start - 1s)),
            "the search took longer than its time budget of 0.5 s");
  EXPECT_EQ(duration_text(250us), "0.25 ms");
}

class DeadlineGuardTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = (std::filesystem::temp_directory_path() / ("deadline-test-" + std::to_string(::getpid()))).string();
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE_OR_OVERWRITE);
    for (int i = 0; i < 1000; ++i) {
      Xapian::Document document;
      document.add_term("word");
      db.add_document(document);
    }
    db.commit();
  }
  static void TearDownTestSuite() { std::filesystem::remove_all(path_); }

  static Xapian::Enquire enquire() {
    Xapian::Enquire enquire{Xapian::Database(path_)};
    enquire.set_query(Xapian::Query("word"));
    return enquire;
  }

  static std::string path_;
};
std::string DeadlineGuardTest::path_;

TEST_F(DeadlineGuardTest, AMatchWithinItsBudgetIsWhole) {
  Xapian::Enquire match = enquire();
  Deadline deadline = Deadline::after(60s);
  DeadlineGuard guard(deadline, match);
  EXPECT_EQ(match.get_mset(0, 0, 1000).get_matches_estimated(), 1000u);
}

TEST_F(DeadlineGuardTest, AnExpiredBudgetStartsNoMatch) {
  Xapian::Enquire match = enquire();
  Deadline deadline = Deadline::after(1s, Deadline::Clock::now() - 2s);
  EXPECT_THROW(DeadlineGuard(deadline, match), SearchTimeout);
}

// Xapian's own time limit would return part of the matches, without a
// word: the guard's spy ends the match with an error instead.
TEST_F(DeadlineGuardTest, AMatchPastItsBudgetThrowsInsteadOfReturningPart) {
  Xapian::Enquire match = enquire();
  Deadline deadline = Deadline::after(50ms);
  DeadlineGuard guard(deadline, match);
  std::this_thread::sleep_for(100ms);
  EXPECT_THROW(match.get_mset(0, 0, 1000), SearchTimeout);
}

}  // namespace
}  // namespace jobsearch
