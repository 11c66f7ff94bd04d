// Tests of searcher/deadline: a request's time budget, kept inside a match.
#include "searcher/engine/deadline.h"

#include <gtest/gtest.h>

#include <thread>

#include "tests/support/temp_dir.h"

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

class WithinTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new test::TempDir;
    path_ = folder_->file("db");
    Xapian::WritableDatabase db(path_, Xapian::DB_CREATE);
    for (int i = 0; i < 1000; ++i) {
      Xapian::Document document;
      document.add_term("word", 1 + i % 7);
      db.add_document(document);
    }
    db.commit();
  }
  static void TearDownTestSuite() { delete folder_; }

  static Xapian::MSet match(const Deadline& deadline, Xapian::doccount check_at_least = 0) {
    Xapian::Enquire enquire{Xapian::Database(path_)};
    enquire.set_query(within(deadline, Xapian::Query("word")));
    limit_time(deadline, enquire);
    return enquire.get_mset(0, 10, check_at_least);
  }

  static test::TempDir* folder_;
  static std::string path_;
};
test::TempDir* WithinTest::folder_;
std::string WithinTest::path_;

TEST_F(WithinTest, AMatchWithinItsBudgetIsUnchanged) {
  Xapian::Enquire plain{Xapian::Database(path_)};
  plain.set_query(Xapian::Query("word"));
  Xapian::MSet expected = plain.get_mset(0, 10);
  Xapian::MSet got = match(Deadline::after(60s));
  ASSERT_EQ(got.size(), expected.size());
  for (Xapian::doccount i = 0; i < got.size(); ++i) {
    EXPECT_EQ(*got[i], *expected[i]);
    EXPECT_EQ(got[i].get_weight(), expected[i].get_weight());
  }
  EXPECT_EQ(got.get_matches_lower_bound(), expected.get_matches_lower_bound());
  EXPECT_EQ(got.get_matches_upper_bound(), expected.get_matches_upper_bound());
  EXPECT_EQ(match(Deadline()).size(), 10u);
}

TEST_F(WithinTest, AnExpiredBudgetStartsNoMatch) {
  Xapian::Enquire enquire{Xapian::Database(path_)};
  EXPECT_THROW(limit_time(Deadline::after(1s, Deadline::Clock::now() - 2s), enquire),
               SearchTimeout);
}

// Xapian's own time limit would return part of the matches, without a
// word, and a match spy never sees the documents a ranked match rejects:
// the match ends with an error instead, whichever documents it looks at.
TEST_F(WithinTest, AMatchPastItsBudgetThrowsInsteadOfReturningPart) {
  Xapian::Enquire enquire{Xapian::Database(path_)};
  Deadline deadline = Deadline::after(50ms);
  enquire.set_query(within(deadline, Xapian::Query("word")));
  std::this_thread::sleep_for(100ms);
  EXPECT_THROW(enquire.get_mset(0, 1), SearchTimeout);
  EXPECT_THROW(enquire.get_mset(0, 0, 1000), SearchTimeout);
}

// A ranked match rejects, unweighed by any spy, each document lighter than
// the best so far: a query repeating one word 2,000 times spends its time
// there. The deadline stops it all the same, within the match: in less than
// half the time the whole match takes on the same machine (about 3 s on a
// busy one), a bound relative to the machine's speed rather than a fixed
// one that a loaded or instrumented build could miss.
TEST(Within, ARankedMatchIsStoppedAmongTheDocumentsItRejects) {
  test::TempDir folder;
  const std::string path = folder.file("db");
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    for (int i = 0; i < 20000; ++i) {
      Xapian::Document document;
      document.add_term("word", i == 0 ? 50 : 1);  // the first outweighs all the others
      db.add_document(document);
    }
    db.commit();
  }
  Xapian::Enquire enquire{Xapian::Database(path)};
  const std::vector<Xapian::Query> words(2000, Xapian::Query("word"));
  Deadline deadline = Deadline::after(100ms);
  enquire.set_query(
      within(deadline, Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end())));
  auto start = Deadline::Clock::now();
  EXPECT_THROW(enquire.get_mset(0, 1), SearchTimeout);  // not after the match: during it
  const auto stopped = Deadline::Clock::now() - start;
  Xapian::Enquire whole{Xapian::Database(path)};
  whole.set_query(Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()));
  start = Deadline::Clock::now();
  EXPECT_EQ(whole.get_mset(0, 1).size(), 1u);
  const auto unbounded = Deadline::Clock::now() - start;
  EXPECT_LT(stopped, unbounded / 2) << "stopped after " << duration_text(stopped) << ", the whole "
                                    << "match takes " << duration_text(unbounded);
}

}  // namespace
}  // namespace jobsearch
