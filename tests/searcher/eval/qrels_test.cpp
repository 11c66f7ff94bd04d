// Tests of searcher/qrels: TREC relevance judgments.
#include "searcher/eval/qrels.h"

#include <gtest/gtest.h>

#include <sstream>

#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

TEST(Qrels, ReadsJudgmentsByTopicAndWritesThemBack) {
  std::istringstream in("q2 0 d9 2\n# comment\nq1 0 d1 1\nq1 Q0 d2 0\n\nq1 0 d3 -1\n");
  Qrels qrels = read_qrels(in, "qrels");
  EXPECT_EQ(qrels, (Qrels{{"q1", {{"d1", 1}, {"d2", 0}, {"d3", -1}}}, {"q2", {{"d9", 2}}}}));
  std::ostringstream out;
  write_qrels(out, qrels);
  EXPECT_EQ(out.str(), "q1 0 d1 1\nq1 0 d2 0\nq1 0 d3 -1\nq2 0 d9 2\n");
}

TEST(Qrels, MalformedLinesNameTheLine) {
  const std::pair<const char*, const char*> cases[] = {
      {"q1 0 d1\n", "qrels:1: expected \"qid iter docno relevance\", got 3 fields"},
      {"q1 0 d1 1 extra\n", "qrels:1: expected \"qid iter docno relevance\", got 5 fields"},
      {"q1 0 d1 yes\n", "qrels:1: relevance \"yes\" is not an integer"},
      {"q1 0 d1 1.5\n", "qrels:1: relevance \"1.5\" is not an integer"},
      {"q1 0 d1 1\nq1 0 d1 2\n", "qrels:2: topic q1 judges document d1 twice"},
  };
  for (const auto& [text, message] : cases) {
    std::istringstream in(text);
    try {
      read_qrels(in, "qrels");
      ADD_FAILURE() << text;
    } catch (const SearchError& error) {
      EXPECT_EQ(std::string(error.what()), message);
    }
  }
}

TEST(Qrels, MissingFileIsAUserError) {
  EXPECT_THROW(read_qrels_file("/nonexistent/qrels.txt"), SearchError);
}

}  // namespace
}  // namespace jobsearch
