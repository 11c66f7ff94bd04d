// Tests of the test support itself: a test that trusts a broken helper
// passes for the wrong reason.
#include <gtest/gtest.h>
#include <xapian.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "tests/support/command.h"
#include "tests/support/files.h"
#include "tests/support/posting_builder.h"
#include "tests/support/temp_database.h"
#include "tests/support/temp_dir.h"
#include "tests/support/wait.h"

namespace jobsearch::test {
namespace {

namespace fs = std::filesystem;

TEST(TestSupport, ATempDirIsFreshAndGoesAway) {
  std::string path;
  {
    TempDir one, two;
    path = one.path();
    EXPECT_NE(one.path(), two.path());
    EXPECT_TRUE(fs::is_directory(path));
    EXPECT_TRUE(fs::is_empty(path));
    EXPECT_EQ(read_file(one.write("a/b.txt", "text")), "text");
    EXPECT_EQ(one.file("a/b.txt"), path + "/a/b.txt");
  }
  EXPECT_FALSE(fs::exists(path));
}

TEST(TestSupport, ATempDatabaseHoldsThePostingsGiven) {
  std::string path;
  {
    TempDatabase database({PostingBuilder("a").title("Welder"), PostingBuilder("b").title("Cook")});
    path = database.path();
    EXPECT_EQ(Xapian::Database(path).get_doccount(), 2u);
    EXPECT_TRUE(Xapian::Database(path).term_exists("Qa"));
  }
  EXPECT_FALSE(fs::exists(path));
}

TEST(TestSupport, ATempDatabaseReadsCorpusFilesAsJobindexDoes) {
  TempDir folder;
  const std::string file = folder.write(
      "jobs.jsonl", PostingBuilder().title("Welder").place("Austin", "TX", "US").jsonld_line() +
                        "\n" + PostingBuilder().title("Cook").jsonld_line() + "\n");
  TempDatabase database(CorpusFiles{{file}});
  EXPECT_EQ(Xapian::Database(database.path()).get_doccount(), 2u);
  EXPECT_THROW(TempDatabase(CorpusFiles{{folder.file("missing.jsonl")}}), std::runtime_error);
  const std::string bad = folder.write("bad.jsonl", "{not json\n");
  EXPECT_THROW(TempDatabase(CorpusFiles{{bad}}), std::runtime_error);
}

TEST(TestSupport, CommandsReportExitCodeAndOutput) {
  CommandResult result = run_command({"sh", "-c", "echo out; echo err >&2; exit 3"});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_EQ(result.out, "out\n");
  EXPECT_EQ(result.err, "err\n");
  EXPECT_EQ(run_command({"printf", "%s", "it's \"quoted\" $HOME"}).out, "it's \"quoted\" $HOME");
}

TEST(TestSupport, WaitingEndsWithTheEventOrThePatience) {
  std::atomic<bool> happened{false};
  std::thread later([&] { happened = true; });
  EXPECT_TRUE(wait_until([&] { return happened.load(); }));
  later.join();
  EXPECT_FALSE(wait_until([] { return false; }, std::chrono::milliseconds(30)));
  int calls = 0;
  finish_within("counting", [&] { ++calls; });
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace jobsearch::test
