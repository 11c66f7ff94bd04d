#include "searcher/eval/evaluation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>

#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

constexpr int kRelevant = 1;  // trec_eval's default relevance level (-l1)

// trec_eval's comp_sim_docno: score descending, then docno descending.
bool trec_eval_order(const RunDoc& a, const RunDoc& b) {
  if (a.score != b.score) return a.score > b.score;
  return a.docno > b.docno;
}

long relevant_in_first(const RankedRelevance& ranked, std::size_t cutoff) {
  std::size_t end = std::min(cutoff, ranked.relevance.size());
  return std::count_if(ranked.relevance.begin(), ranked.relevance.begin() + end,
                       [](int relevance) { return relevance >= kRelevant; });
}

struct MeasureDefinition {
  const char* name;
  bool is_count;  // an integer, summed over topics rather than averaged
  double (*value)(const RankedRelevance& ranked);
};

// The reported measures, in trec_eval's order of printing.
const MeasureDefinition kMeasures[] = {
    {"num_ret", true, [](const RankedRelevance& r) { return double(r.relevance.size()); }},
    {"num_rel", true, [](const RankedRelevance& r) { return double(r.num_rel); }},
    {"num_rel_ret", true,
     [](const RankedRelevance& r) { return double(relevant_in_first(r, r.relevance.size())); }},
    {"map", false, average_precision},
    {"recip_rank", false, reciprocal_rank},
    {"P_5", false, [](const RankedRelevance& r) { return precision_at(r, 5); }},
    {"P_10", false, [](const RankedRelevance& r) { return precision_at(r, 10); }},
    {"recall_100", false, [](const RankedRelevance& r) { return recall_at(r, 100); }},
    {"recall_1000", false, [](const RankedRelevance& r) { return recall_at(r, 1000); }},
    {"ndcg_cut_10", false, [](const RankedRelevance& r) { return ndcg_at(r, 10); }},
};

TopicEvaluation evaluate_topic(const std::string& qid, const RankedRelevance& ranked) {
  TopicEvaluation topic{qid, {}};
  for (const MeasureDefinition& measure : kMeasures) topic.values.push_back(measure.value(ranked));
  return topic;
}

void print_line(const std::string& name, const std::string& qid, const std::string& value,
                std::ostream& out) {
  char label[64];
  std::snprintf(label, sizeof label, "%-22s", name.c_str());
  out << label << '\t' << qid << '\t' << value << '\n';
}

std::string format_value(std::size_t index, double value) {
  char text[64];
  if (measure_is_count(index)) {
    std::snprintf(text, sizeof text, "%ld", static_cast<long>(value));
  } else {
    std::snprintf(text, sizeof text, "%.4f", value);
  }
  return text;
}

void print_topic(const TopicEvaluation& topic, std::ostream& out) {
  for (std::size_t i = 0; i < topic.values.size(); ++i) {
    print_line(measure_names()[i], topic.qid, format_value(i, topic.values[i]), out);
  }
}

}  // namespace

RankedRelevance rank_relevance(std::vector<RunDoc> docs, const Judgments& judgments) {
  std::sort(docs.begin(), docs.end(), trec_eval_order);
  RankedRelevance ranked;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    auto judged = judgments.find(docs[i].docno);
    ranked.relevance.push_back(judged == judgments.end() ? RankedRelevance::kNotJudged
                                                         : judged->second);
  }
  std::vector<RunDoc> by_docno = docs;
  std::sort(by_docno.begin(), by_docno.end(),
            [](const RunDoc& a, const RunDoc& b) { return a.docno < b.docno; });
  for (std::size_t i = 1; i < by_docno.size(); ++i) {
    if (by_docno[i].docno == by_docno[i - 1].docno) {
      throw SearchError("the run lists document " + by_docno[i].docno + " twice for one topic");
    }
  }
  for (const auto& [docno, relevance] : judgments) {
    if (relevance < 0) continue;  // in the pool but not judged
    if (ranked.judged_at_level.size() <= static_cast<std::size_t>(relevance)) {
      ranked.judged_at_level.resize(relevance + 1, 0);
    }
    ++ranked.judged_at_level[relevance];
    if (relevance >= kRelevant) ++ranked.num_rel;
  }
  return ranked;
}

double precision_at(const RankedRelevance& ranked, std::size_t cutoff) {
  return static_cast<double>(relevant_in_first(ranked, cutoff)) / static_cast<double>(cutoff);
}

double average_precision(const RankedRelevance& ranked) {
  long relevant_so_far = 0;
  double sum = 0.0;
  for (std::size_t i = 0; i < ranked.relevance.size(); ++i) {
    if (ranked.relevance[i] < kRelevant) continue;
    ++relevant_so_far;
    sum += static_cast<double>(relevant_so_far) / static_cast<double>(i + 1);
  }
  return relevant_so_far == 0 ? 0.0 : sum / static_cast<double>(ranked.num_rel);
}

double reciprocal_rank(const RankedRelevance& ranked) {
  for (std::size_t i = 0; i < ranked.relevance.size(); ++i) {
    if (ranked.relevance[i] >= kRelevant) return 1.0 / static_cast<double>(i + 1);
  }
  return 0.0;
}

double recall_at(const RankedRelevance& ranked, std::size_t cutoff) {
  if (ranked.num_rel == 0) return 0.0;
  return static_cast<double>(relevant_in_first(ranked, cutoff)) /
         static_cast<double>(ranked.num_rel);
}

double ndcg_at(const RankedRelevance& ranked, std::size_t cutoff) {
  double dcg = 0.0;
  for (std::size_t i = 0; i < std::min(cutoff, ranked.relevance.size()); ++i) {
    if (ranked.relevance[i] > 0) dcg += ranked.relevance[i] / std::log2(static_cast<double>(i + 2));
  }
  // The ideal ranking: every judged document, highest level first.
  double ideal = 0.0;
  std::size_t rank = 0;
  for (std::size_t level = ranked.judged_at_level.size(); level-- > 1 && rank < cutoff;) {
    for (long n = 0; n < ranked.judged_at_level[level] && rank < cutoff; ++n, ++rank) {
      ideal += static_cast<double>(level) / std::log2(static_cast<double>(rank + 2));
    }
  }
  return ideal > 0.0 ? dcg / ideal : dcg;
}

const std::vector<std::string>& measure_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const MeasureDefinition& measure : kMeasures) out.push_back(measure.name);
    return out;
  }();
  return names;
}

bool measure_is_count(std::size_t i) { return kMeasures[i].is_count; }

Evaluation evaluate(const Qrels& qrels, const TrecRun& run) {
  if (qrels.empty()) throw SearchError("the qrels judge no topic");
  Evaluation evaluation;
  evaluation.run_tag = run.tag;
  evaluation.all = {"all", std::vector<double>(measure_names().size(), 0.0)};
  for (const auto& [qid, judgments] : qrels) {
    auto found = run.topics.find(qid);
    std::vector<RunDoc> docs = found == run.topics.end() ? std::vector<RunDoc>{} : found->second;
    TopicEvaluation topic = evaluate_topic(qid, rank_relevance(std::move(docs), judgments));
    for (std::size_t i = 0; i < topic.values.size(); ++i)
      evaluation.all.values[i] += topic.values[i];
    evaluation.topics.push_back(std::move(topic));
  }
  for (std::size_t i = 0; i < evaluation.all.values.size(); ++i) {
    if (!measure_is_count(i)) evaluation.all.values[i] /= static_cast<double>(qrels.size());
  }
  return evaluation;
}

void print_trec_eval(const Evaluation& evaluation, bool per_query, std::ostream& out) {
  if (per_query) {
    for (const TopicEvaluation& topic : evaluation.topics) print_topic(topic, out);
  }
  print_line("runid", "all", evaluation.run_tag, out);
  print_line("num_q", "all", std::to_string(evaluation.topics.size()), out);
  print_topic(evaluation.all, out);
}

}  // namespace jobsearch
