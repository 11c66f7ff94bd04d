// `jobsearch eval --qrels FILE --run FILE [--per-query]`: trec_eval's numbers.
#include <boost/program_options.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "common/exit_codes.h"
#include "searcher/cli/command_options.h"
#include "searcher/cli/commands.h"
#include "searcher/engine/search_error.h"
#include "searcher/eval/evaluation.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobsearch eval --qrels FILE --run FILE [--per-query] [--format text|json]\n"
    "Evaluates a TREC run against relevance judgments as `trec_eval -c` does:\n"
    "map, recip_rank, P_5, P_10, recall_100, recall_1000, ndcg_cut_10 (graded\n"
    "gains), with judgments >= 1 relevant and topics of the qrels missing from\n"
    "the run scored 0.\n\nOptions";

struct EvalOptions {
  std::string qrels, run, format = "text";
  bool per_query = false;
};

nlohmann::ordered_json topic_json(const TopicEvaluation& topic) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < topic.values.size(); ++i) {
    if (measure_is_count(i)) {
      out[measure_names()[i]] = static_cast<long>(topic.values[i]);
    } else {
      out[measure_names()[i]] = topic.values[i];
    }
  }
  return out;
}

void print_json(const Evaluation& evaluation, bool per_query, std::ostream& out) {
  nlohmann::ordered_json json = {{"runid", evaluation.run_tag},
                                 {"num_q", evaluation.topics.size()},
                                 {"all", topic_json(evaluation.all)}};
  if (per_query) {
    nlohmann::ordered_json topics = nlohmann::ordered_json::object();
    for (const TopicEvaluation& topic : evaluation.topics) topics[topic.qid] = topic_json(topic);
    json["topics"] = std::move(topics);
  }
  out << json.dump(2) << '\n';
}

// Parses argv; returns false after printing help.
bool parse(int argc, char** argv, EvalOptions& options) {
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")(
      "qrels", po::value(&options.qrels), "relevance judgments: qid iter docno relevance")(
      "run", po::value(&options.run), "TREC run: qid Q0 docno rank score tag")(
      "per-query,q", po::bool_switch(&options.per_query), "also print each topic's measures")(
      "format", po::value(&options.format), "text (trec_eval's layout, default) or json");
  po::variables_map vm;
  if (!parse_command_line(argc, argv, visible, visible, vm)) return false;
  if (options.qrels.empty() || options.run.empty())
    throw SearchError("eval needs --qrels and --run");
  parse_output_format(options.format);
  return true;
}

}  // namespace

int run_eval_command(int argc, char** argv) {
  EvalOptions options;
  if (!parse(argc, argv, options)) return kExitOk;
  Qrels qrels = read_qrels_file(options.qrels);
  Evaluation evaluation = evaluate(qrels, read_run_file(options.run));
  if (options.format == "json") {
    print_json(evaluation, options.per_query, std::cout);
  } else {
    print_trec_eval(evaluation, options.per_query, std::cout);
  }
  return kExitOk;
}

}  // namespace jobsearch
