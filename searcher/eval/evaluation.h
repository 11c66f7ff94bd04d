// evaluation.h: retrieval measures, computed as trec_eval computes them.
//
// Follows trec_eval 9 (usnistgov/trec_eval) with its defaults and -c:
// relevance level 1 (a judgment >= 1 is relevant; graded judgments are the
// gains of nDCG), each topic's documents ordered by score descending with
// ties broken by docno descending (the rank column is ignored), documents
// missing from the qrels counted as not relevant, run topics missing from
// the qrels ignored, and qrels topics missing from the run scored 0 and
// included in the averages.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "searcher/eval/qrels.h"
#include "searcher/eval/trec_run.h"

namespace jobsearch {

// One topic's retrieved documents in trec_eval's order with their judged
// relevance, and how many documents the qrels judge at each level.
struct RankedRelevance {
  std::vector<int> relevance;         // by rank; kNotJudged when not in the qrels
                                      // (like a negative judgment: not relevant)
  std::vector<long> judged_at_level;  // [level] = judgments at that level (level >= 0)
  long num_rel = 0;                   // judgments with relevance >= 1
  static constexpr int kNotJudged = -1;
};

// Orders `docs` as trec_eval does and looks each up in `judgments`. Throws
// SearchError when a document appears twice (trec_eval refuses such runs).
RankedRelevance rank_relevance(std::vector<RunDoc> docs, const Judgments& judgments);

// Relevant documents in the first `cutoff` ranks / cutoff (P_cutoff): missing
// ranks count as not relevant.
double precision_at(const RankedRelevance& ranked, std::size_t cutoff);
// Sum over relevant retrieved documents of the precision at their rank,
// divided by all relevant documents (map); 0 when none is retrieved.
double average_precision(const RankedRelevance& ranked);
// 1 / rank of the first relevant document, 0 when none (recip_rank).
double reciprocal_rank(const RankedRelevance& ranked);
// Relevant documents in the first `cutoff` ranks / all relevant documents
// (recall_cutoff); 0 when the topic has no relevant document.
double recall_at(const RankedRelevance& ranked, std::size_t cutoff);
// DCG of the first `cutoff` ranks (gain = relevance, discount log2(rank + 1))
// over the DCG of the ideal ranking of the judged documents (ndcg_cut_cutoff);
// 0 when the topic has no relevant document.
double ndcg_at(const RankedRelevance& ranked, std::size_t cutoff);

// The measures reported, in trec_eval's order: num_ret, num_rel,
// num_rel_ret (counts), map, recip_rank, P_5, P_10, recall_100,
// recall_1000, ndcg_cut_10.
const std::vector<std::string>& measure_names();
// Whether measure_names()[i] is a count (printed as an integer, summed
// rather than averaged over topics).
bool measure_is_count(std::size_t i);

struct TopicEvaluation {
  std::string qid;             // "all" for the summary
  std::vector<double> values;  // parallel to measure_names()
};

struct Evaluation {
  std::string run_tag;
  std::vector<TopicEvaluation> topics;  // every qrels topic, in qid order
  TopicEvaluation all;                  // means of measures, sums of counts
};

// Evaluates `run` against `qrels` as `trec_eval -c` does. Throws
// SearchError when the qrels are empty or a run topic lists a document twice.
Evaluation evaluate(const Qrels& qrels, const TrecRun& run);

// Prints `evaluation` in trec_eval's layout ("%-22s\t%s\t%.4f" lines): the
// per-topic lines first when `per_query`, then runid, num_q and the summary.
void print_trec_eval(const Evaluation& evaluation, bool per_query, std::ostream& out);

}  // namespace jobsearch
