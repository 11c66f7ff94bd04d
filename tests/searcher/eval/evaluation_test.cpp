// Tests of searcher/evaluation: every measure against values worked out by
// hand from trec_eval's definitions (relevance level 1, -c).
#include "searcher/eval/evaluation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

RankedRelevance ranked(const std::vector<RunDoc>& docs, const Judgments& judgments) {
  return rank_relevance(docs, judgments);
}

// d1 rel 1, d2 rel 0, d3 rel 2, d4 rel 1 (three relevant); retrieved
// d1, d2, d5 (unjudged), d3, d6 (unjudged): relevances 1, 0, -, 2, -.
const Judgments kGraded = {{"d1", 1}, {"d2", 0}, {"d3", 2}, {"d4", 1}};
const std::vector<RunDoc> kFiveRetrieved = {
    {"d1", 5.0}, {"d2", 4.0}, {"d5", 3.0}, {"d3", 2.0}, {"d6", 1.0}};

TEST(Evaluation, MeasuresOfOneTopicMatchHandComputedValues) {
  RankedRelevance r = ranked(kFiveRetrieved, kGraded);
  EXPECT_EQ(r.num_rel, 3);
  EXPECT_DOUBLE_EQ(precision_at(r, 5), 2.0 / 5);
  EXPECT_DOUBLE_EQ(precision_at(r, 10), 2.0 / 10);  // missing ranks are not relevant
  EXPECT_DOUBLE_EQ(average_precision(r), (1.0 / 1 + 2.0 / 4) / 3);
  EXPECT_DOUBLE_EQ(reciprocal_rank(r), 1.0);
  EXPECT_DOUBLE_EQ(recall_at(r, 100), 2.0 / 3);
  EXPECT_DOUBLE_EQ(recall_at(r, 1), 1.0 / 3);
  // DCG: gain 1 at rank 1, gain 2 at rank 4; ideal: 2, 1, 1.
  double dcg = 1.0 / std::log2(2) + 2.0 / std::log2(5);
  double ideal = 2.0 / std::log2(2) + 1.0 / std::log2(3) + 1.0 / std::log2(4);
  EXPECT_NEAR(ndcg_at(r, 10), dcg / ideal, 1e-12);
  EXPECT_NEAR(ndcg_at(r, 10), 0.594505, 1e-6);
}

TEST(Evaluation, TiesAreBrokenByDocnoDescendingNotFileOrder) {
  // Equal scores: trec_eval ranks "b" before "a", and "9" before "10".
  RankedRelevance r = ranked({{"a", 1.0}, {"b", 1.0}}, {{"a", 1}});
  EXPECT_EQ(r.relevance, (std::vector<int>{RankedRelevance::kNotJudged, 1}));
  EXPECT_DOUBLE_EQ(reciprocal_rank(r), 0.5);
  EXPECT_DOUBLE_EQ(average_precision(r), 0.5);
  RankedRelevance numbers = ranked({{"10", 2.0}, {"9", 2.0}, {"11", 3.0}}, {{"10", 1}});
  EXPECT_DOUBLE_EQ(reciprocal_rank(numbers), 1.0 / 3);
}

TEST(Evaluation, ScoresNotFileOrderDecideTheRanking) {
  RankedRelevance r = ranked({{"low", 0.5}, {"high", 9.0}}, {{"high", 1}});
  EXPECT_DOUBLE_EQ(reciprocal_rank(r), 1.0);
  EXPECT_DOUBLE_EQ(precision_at(r, 5), 0.2);
}

TEST(Evaluation, UnjudgedDocumentsCountAsNotRelevant) {
  RankedRelevance r = ranked({{"x", 3.0}, {"y", 2.0}, {"d1", 1.0}}, kGraded);
  EXPECT_DOUBLE_EQ(reciprocal_rank(r), 1.0 / 3);
  EXPECT_DOUBLE_EQ(average_precision(r), (1.0 / 3) / 3);
  EXPECT_NEAR(ndcg_at(r, 10), (1.0 / std::log2(4)) / (2.0 + 1.0 / std::log2(3) + 0.5), 1e-12);
}

TEST(Evaluation, EmptyRankingScoresZero) {
  RankedRelevance r = ranked({}, kGraded);
  EXPECT_EQ(r.num_rel, 3);
  for (double value : {precision_at(r, 5), average_precision(r), reciprocal_rank(r),
                       recall_at(r, 1000), ndcg_at(r, 10)}) {
    EXPECT_EQ(value, 0.0);
  }
}

TEST(Evaluation, TopicWithoutRelevantDocumentsScoresZero) {
  RankedRelevance r = ranked({{"d2", 1.0}}, {{"d2", 0}, {"d7", 0}});
  EXPECT_EQ(r.num_rel, 0);
  EXPECT_EQ(average_precision(r), 0.0);
  EXPECT_EQ(recall_at(r, 100), 0.0);
  EXPECT_EQ(ndcg_at(r, 10), 0.0);
}

TEST(Evaluation, GradedGainsAndIdealOrder) {
  // rel 1 at rank 1, rel 2 at rank 2; the ideal puts the 2 first.
  RankedRelevance r = ranked({{"one", 2.0}, {"two", 1.0}}, {{"one", 1}, {"two", 2}});
  EXPECT_NEAR(ndcg_at(r, 10), (1.0 + 2.0 / std::log2(3)) / (2.0 + 1.0 / std::log2(3)), 1e-12);
  EXPECT_DOUBLE_EQ(average_precision(r), 1.0);  // both relevant at level 1
}

TEST(Evaluation, CutoffsLimitDcgButNotTheIdealPool) {
  // Twelve relevant documents retrieved first: nDCG@10 is 1; a run that
  // finds only the eleventh and twelfth scores 0 at 10.
  Judgments all;
  std::vector<RunDoc> docs;
  for (int i = 0; i < 12; ++i) {
    std::string docno = "r" + std::string(1, static_cast<char>('a' + i));
    all[docno] = 1;
    docs.push_back({docno, 100.0 - i});
  }
  EXPECT_DOUBLE_EQ(ndcg_at(ranked(docs, all), 10), 1.0);
  std::vector<RunDoc> late;
  for (int i = 0; i < 10; ++i) late.push_back({"n" + std::to_string(i), 50.0 - i});
  late.push_back({"ra", 1.0});
  RankedRelevance r = ranked(late, all);
  EXPECT_EQ(ndcg_at(r, 10), 0.0);
  EXPECT_DOUBLE_EQ(recall_at(r, 10), 0.0);
  EXPECT_DOUBLE_EQ(recall_at(r, 100), 1.0 / 12);
}

TEST(Evaluation, PrecisionDividesByTheCutoffEvenWhenFewerAreRetrieved) {
  RankedRelevance r = ranked({{"d1", 3.0}, {"d3", 2.0}, {"d4", 1.0}}, kGraded);
  EXPECT_DOUBLE_EQ(precision_at(r, 5), 0.6);
  EXPECT_DOUBLE_EQ(precision_at(r, 10), 0.3);
  EXPECT_DOUBLE_EQ(average_precision(r), 1.0);
}

TEST(Evaluation, NegativeJudgmentsAreInThePoolButNotRelevant) {
  RankedRelevance r = ranked({{"u", 1.0}}, {{"u", -1}, {"d1", 1}});
  EXPECT_EQ(r.num_rel, 1);
  EXPECT_EQ(reciprocal_rank(r), 0.0);
}

TEST(Evaluation, DuplicateDocumentInATopicIsRefused) {
  EXPECT_THROW(ranked({{"d1", 2.0}, {"d1", 1.0}}, kGraded), SearchError);
}

TEST(Evaluation, AveragesCoverEveryQrelsTopicAsTrecEvalDashC) {
  Qrels qrels = {{"q1", kGraded}, {"q2", {{"z", 1}}}};
  TrecRun run;
  run.tag = "tagged";
  run.topics["q1"] = kFiveRetrieved;
  run.topics["q9"] = {{"z", 1.0}};  // not judged: ignored
  Evaluation evaluation = evaluate(qrels, run);
  ASSERT_EQ(evaluation.topics.size(), 2u);
  EXPECT_EQ(evaluation.topics[1].qid, "q2");
  const std::vector<std::string>& names = measure_names();
  auto value = [&](const TopicEvaluation& topic, const std::string& name) {
    return topic.values[std::find(names.begin(), names.end(), name) - names.begin()];
  };
  EXPECT_DOUBLE_EQ(value(evaluation.all, "map"), 0.5 / 2);
  EXPECT_DOUBLE_EQ(value(evaluation.all, "P_5"), 0.4 / 2);
  EXPECT_DOUBLE_EQ(value(evaluation.all, "recip_rank"), 0.5);
  EXPECT_DOUBLE_EQ(value(evaluation.all, "num_ret"), 5);  // summed
  EXPECT_DOUBLE_EQ(value(evaluation.all, "num_rel"), 4);
  EXPECT_DOUBLE_EQ(value(evaluation.all, "num_rel_ret"), 2);
  EXPECT_DOUBLE_EQ(value(evaluation.topics[1], "num_ret"), 0);
}

TEST(Evaluation, EmptyRunScoresZeroOnEveryTopic) {
  Evaluation evaluation = evaluate({{"q1", kGraded}}, TrecRun{});
  for (std::size_t i = 0; i < measure_names().size(); ++i) {
    EXPECT_EQ(evaluation.all.values[i], measure_names()[i] == "num_rel" ? 3.0 : 0.0)
        << measure_names()[i];
  }
}

TEST(Evaluation, NoQrelsIsAnError) { EXPECT_THROW(evaluate({}, TrecRun{}), SearchError); }

TEST(Evaluation, PrintsTrecEvalsLayout) {
  TrecRun run;
  run.tag = "bm25";
  run.topics["q1"] = kFiveRetrieved;
  std::ostringstream out;
  print_trec_eval(evaluate({{"q1", kGraded}}, run), /*per_query=*/true, out);
  const std::string text = out.str();
  for (const char* line :
       {"num_ret               \tq1\t5\n", "map                   \tq1\t0.5000\n",
        "runid                 \tall\tbm25\n", "num_q                 \tall\t1\n",
        "P_5                   \tall\t0.4000\n", "ndcg_cut_10           \tall\t0.5945\n",
        "recall_1000           \tall\t0.6667\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line << text;
  }
  EXPECT_LT(text.find("\tq1\t"), text.find("runid"));
}

}  // namespace
}  // namespace jobsearch
