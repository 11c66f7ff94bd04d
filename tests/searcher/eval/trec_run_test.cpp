// Tests of searcher/trec_run: TREC run files.
#include "searcher/eval/trec_run.h"

#include <gtest/gtest.h>

#include <sstream>

#include "searcher/engine/search_error.h"
#include "searcher/eval/evaluation.h"

namespace jobsearch {
namespace {

std::string written(const std::vector<RunDoc>& ranking, const std::string& qid = "q1") {
  std::ostringstream out;
  write_run_topic(out, qid, ranking, "tag");
  return out.str();
}

TEST(TrecRunFile, WritesSixColumnsWithRanksFromOne) {
  EXPECT_EQ(written({{"a", 2.5}, {"b", 1.25}}), "q1 Q0 a 1 2.500000 tag\nq1 Q0 b 2 1.250000 tag\n");
}

TEST(TrecRunFile, TiesAndRoundingBecomeStrictlyDecreasingScores) {
  EXPECT_EQ(written({{"a", 3.5}, {"b", 3.5}, {"c", 2.0000004}, {"d", 2.0000001}}),
            "q1 Q0 a 1 3.500000 tag\n"
            "q1 Q0 b 2 3.499999 tag\n"
            "q1 Q0 c 3 2.000000 tag\n"
            "q1 Q0 d 4 1.999999 tag\n");
  EXPECT_EQ(written({{"a", 0.0}, {"b", 0.0}, {"c", -0.5}}),
            "q1 Q0 a 1 0.000000 tag\nq1 Q0 b 2 -0.000001 tag\nq1 Q0 c 3 -0.500000 tag\n");
}

TEST(TrecRunFile, RoundTripKeepsTheOrderTrecEvalSees) {
  // Ties on purpose, with docnos that trec_eval would otherwise reorder.
  std::vector<RunDoc> ranking = {{"a", 7.0}, {"b", 7.0}, {"c", 7.0}, {"z", 1.0}};
  std::istringstream in(written(ranking, "t1") + written({{"x", 1.0}}, "t2"));
  TrecRun run = read_run(in, "run");
  EXPECT_EQ(run.tag, "tag");
  ASSERT_EQ(run.topics.size(), 2u);
  const std::vector<RunDoc>& docs = run.topics["t1"];
  ASSERT_EQ(docs.size(), 4u);
  Judgments judged = {{"a", 1}, {"b", 2}, {"c", 3}, {"z", 4}};
  EXPECT_EQ(rank_relevance(docs, judged).relevance, (std::vector<int>{1, 2, 3, 4}));
  EXPECT_DOUBLE_EQ(docs[1].score, 6.999999);
}

TEST(TrecRunFile, SkipsBlankAndCommentLinesAndExtraFields) {
  std::istringstream in("# a comment\n\nq1 Q0 d1 1 3.5 tag extra\n  q1 0 d2 2 1e0 tag\n");
  TrecRun run = read_run(in, "run");
  ASSERT_EQ(run.topics["q1"].size(), 2u);
  EXPECT_EQ(run.topics["q1"][1].docno, "d2");
  EXPECT_DOUBLE_EQ(run.topics["q1"][1].score, 1.0);
}

TEST(TrecRunFile, EmptyInputIsAnEmptyRun) {
  std::istringstream in("");
  EXPECT_TRUE(read_run(in, "run").topics.empty());
}

TEST(TrecRunFile, MalformedLinesNameTheLine) {
  const std::pair<const char*, const char*> cases[] = {
      {"q1 Q0 d1 1 2.0\n", "run:1: expected \"qid Q0 docno rank score tag\", got 5 fields"},
      {"q1 Q0 d1 1 2.0 t\nq1 Q0 d2 2 high t\n", "run:2: score \"high\" is not a number"},
  };
  for (const auto& [text, message] : cases) {
    std::istringstream in(text);
    try {
      read_run(in, "run");
      ADD_FAILURE() << text;
    } catch (const SearchError& error) {
      EXPECT_EQ(std::string(error.what()), message);
    }
  }
}

TEST(TrecRunFile, TagAndTopicMustBeOneWord) {
  std::ostringstream out;
  EXPECT_THROW(write_run_topic(out, "q1", {{"a", 1.0}}, "two words"), SearchError);
  EXPECT_THROW(write_run_topic(out, "", {{"a", 1.0}}, "tag"), SearchError);
}

TEST(TrecRunFile, MissingFileIsAUserError) {
  EXPECT_THROW(read_run_file("/nonexistent/run.txt"), SearchError);
}

}  // namespace
}  // namespace jobsearch
