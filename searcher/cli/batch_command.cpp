// `jobsearch batch --db DB --topics FILE|DIR --run-tag TAG`: a TREC run.
#include <algorithm>
#include <boost/program_options.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "common/exit_codes.h"
#include "searcher/cli/command_options.h"
#include "searcher/cli/commands.h"
#include "searcher/engine/search_error.h"
#include "searcher/match/matcher.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;
namespace fs = std::filesystem;

constexpr const char* kUsage =
    "Usage: jobsearch batch --db DB --topics FILE|DIR --run-tag TAG [options]\n"
    "       jobsearch batch --list-strategies\n"
    "Runs every topic and writes a TREC run (qid Q0 docid rank score tag), with\n"
    "strictly decreasing scores so that trec_eval keeps the order. Topics are a\n"
    "TSV file (qid<TAB>query, read as a plain-text profile) or a folder of\n"
    "candidate profiles (qid = file name without its extension).\n\nOptions";

struct Topic {
  std::string qid;
  Candidate candidate;
};

struct BatchOptions {
  std::string db, topics, tag, strategy, output;
  unsigned depth = 1000;
  bool list = false;
};

std::vector<Topic> tsv_topics(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw SearchError("cannot read topics \"" + path + "\"");
  std::vector<Topic> topics;
  std::set<std::string> seen;
  std::string line;
  for (long number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos || line[0] == '#') continue;
    std::size_t tab = line.find('\t');
    std::string where = path + ":" + std::to_string(number);
    if (tab == 0 || tab == std::string::npos) throw SearchError(where + ": expected qid<TAB>query");
    std::string qid = line.substr(0, tab);
    if (!seen.insert(qid).second) throw SearchError(where + ": topic " + qid + " appears twice");
    topics.push_back({qid, candidate_from_text(line.substr(tab + 1))});
  }
  return topics;
}

std::vector<Topic> folder_topics(const std::string& path) {
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(path)) {
    std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name[0] != '.') files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Topic> topics;
  const std::string today = current_date();
  for (const fs::path& file : files) {
    topics.push_back({file.stem().string(), read_candidate_file(file.string(), today)});
  }
  return topics;
}

// Parses argv; returns false after printing help.
bool parse(int argc, char** argv, BatchOptions& o) {
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&o.db), "database folder")(
      "topics", po::value(&o.topics), "qid<TAB>query file, or a folder of profiles")(
      "run-tag", po::value(&o.tag), "the run's name, last column of every line")(
      "strategy", po::value(&o.strategy), "ranking strategy (default: match's)")(
      "depth", po::value(&o.depth), "postings per topic (default 1000)")(
      "output", po::value(&o.output), "write the run here (default: standard output)")(
      "list-strategies", po::bool_switch(&o.list), "list the strategies and exit");
  po::variables_map vm;
  if (!parse_command_line(argc, argv, visible, visible, vm) || o.list) return false;
  if (o.db.empty() || o.topics.empty() || o.tag.empty()) {
    throw SearchError("batch needs --db DB, --topics FILE|DIR and --run-tag TAG");
  }
  if (o.strategy.empty()) o.strategy = match_strategies().front().name;
  strategy_by_name(o.strategy);
  return true;
}

void list_strategies() {
  for (const StrategyInfo& info : match_strategies()) {
    std::cout << info.name << '\t' << info.description << '\n';
  }
}

}  // namespace

int run_batch_command(int argc, char** argv) {
  BatchOptions options;
  if (!parse(argc, argv, options)) {
    if (options.list) list_strategies();
    return kExitOk;
  }
  std::error_code error;
  std::vector<Topic> topics = fs::is_directory(options.topics, error)
                                  ? folder_topics(options.topics)
                                  : tsv_topics(options.topics);
  Matcher matcher(options.db);
  std::ofstream file;
  if (!options.output.empty()) {
    file.open(options.output);
    if (!file) throw SearchError("cannot write run file \"" + options.output + "\"");
  }
  std::ostream& out = options.output.empty() ? std::cout : file;
  auto start = std::chrono::steady_clock::now();
  MatchStrategy strategy = strategy_by_name(options.strategy);
  std::size_t lines = 0;
  for (const Topic& topic : topics) {
    std::vector<RunDoc> ranking = matcher.rank(topic.candidate, strategy, options.depth);
    write_run_topic(out, topic.qid, ranking, options.tag);
    lines += ranking.size();
  }
  out.flush();
  if (!out) throw SearchError("cannot write run file \"" + options.output + "\"");
  std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
  std::cerr << "batch: " << topics.size() << " topics, " << lines << " lines, strategy "
            << options.strategy << ", " << elapsed.count() << " s\n";
  return kExitOk;
}

}  // namespace jobsearch
