// End to end: phrases checked against each posting's position record (the
// default) answer exactly as Xapian's own positions do (jobindex
// --positions xapian, as remote shards are built), and the record makes
// the database smaller.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

class WordPositionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    xapian_ =
        new CommandResult(run_command({JOBINDEX_BIN, "--db", tmp_->file("xapian"), "--positions",
                                       "xapian", source_path("corpus/postings")}));
  }
  static void TearDownTestSuite() {
    delete xapian_;
    delete tmp_;
  }
  static TempDir* tmp_;
  static CommandResult* xapian_;
};
TempDir* WordPositionsTest::tmp_;
CommandResult* WordPositionsTest::xapian_;

std::uintmax_t folder_bytes(const std::string& folder) {
  std::uintmax_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) bytes += entry.file_size();
  return bytes;
}

// Phrases of every kind: quoted, hyphenated, with stop words, repeated
// words, words out of order, NEAR, a synonym that is a phrase ("sre"), a
// phrase no posting holds though each holds its words; with and without
// facets (whose counting keeps the phrase's set), filters, and pages; the
// same hits, scores and marks.
TEST_F(WordPositionsTest, PhrasesAnswerAsFromXapiansPositions) {
  ASSERT_EQ(xapian_->exit_code, 0) << xapian_->err;
  const std::vector<std::vector<std::string>> requests = {
      {"\"registered nurse\"", "--limit", "50"},
      {"\"nurse registered\""},
      {"\"software engineer\" remote", "--limit", "50", "--facets", "location,employment_type"},
      {"\"paid time off\"", "--limit", "50"},
      {"on-call", "--limit", "50", "--facets", "education"},
      {"\"years of professional experience\"", "--limit", "50"},
      {"\"patient care\" OR \"patient privacy\"", "--limit", "50", "--sort", "newest"},
      {"\"care care\""},
      {"nurse NEAR patient", "--limit", "50"},
      {"sre", "--limit", "50", "--facets", "location"},
      {"\"work with\" -\"python\"", "--limit", "30", "--employment-type", "FULL_TIME"},
      {"\"equal opportunity employer\"", "--offset", "10", "--limit", "20", "--facets", "company"},
      {"title:\"software engineer\"", "--limit", "50"},
  };
  for (const std::vector<std::string>& request : requests) {
    json records = search_json(bundled_corpus_db(), request);
    json xapian = search_json(tmp_->file("xapian"), request);
    ASSERT_EQ(result_ids(records), result_ids(xapian)) << request[0];
    EXPECT_EQ(records["total"], xapian["total"]) << request[0];
    EXPECT_EQ(records["facets"], xapian["facets"]) << request[0];
    for (std::size_t i = 0; i < records["results"].size(); ++i) {
      EXPECT_NEAR(records["results"][i]["score"].get<double>(),
                  xapian["results"][i]["score"].get<double>(), 1e-9)
          << request[0];
      // A phrase's words are marked alike, each on its own.
      EXPECT_EQ(records["results"][i]["snippet"], xapian["results"][i]["snippet"]) << request[0];
      EXPECT_EQ(records["results"][i]["title_html"], xapian["results"][i]["title_html"])
          << request[0];
    }
  }
  EXPECT_EQ(search_json(bundled_corpus_db(), {"\"nurse registered\""})["total"], 0);
  EXPECT_GT(search_json(bundled_corpus_db(), {"\"registered nurse\""})["total"], 10);
}

TEST_F(WordPositionsTest, RecordsTakeLessRoomThanXapiansPositions) {
  ASSERT_EQ(xapian_->exit_code, 0) << xapian_->err;
  EXPECT_LT(folder_bytes(bundled_corpus_db()), folder_bytes(tmp_->file("xapian")));
  EXPECT_LT(std::filesystem::file_size(bundled_corpus_db() + "/position.glass"),
            std::filesystem::file_size(tmp_->file("xapian") + "/position.glass") / 2);
}

TEST_F(WordPositionsTest, AnUnknownChoiceIsRefused) {
  CommandResult run = run_command({JOBINDEX_BIN, "--db", tmp_->file("bad"), "--positions", "none",
                                   source_path("corpus/postings")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--positions must be records or xapian (got \"none\")"), std::string::npos)
      << run.err;
  EXPECT_FALSE(std::filesystem::exists(tmp_->file("bad")));
}

}  // namespace
}  // namespace jobsearch::e2e
