// `jobsearch [search] ...` and `jobsearch get ID`: the command-line search.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <vector>

#include "common/exit_codes.h"
#include "common/posting_json.h"
#include "searcher/cli/cli_options.h"
#include "searcher/cli/commands.h"
#include "searcher/cli/response_text.h"
#include "searcher/engine/database_retry.h"
#include "searcher/engine/database_shards.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/response_json.h"
#include "searcher/engine/search_engine.h"

namespace jobsearch {
namespace {

int get_posting(SearchEngine& engine, const CliOptions& cli) {
  std::optional<Posting> posting = engine.get(cli.id);
  if (!posting) {
    std::cerr << "jobsearch: no posting has id \"" << cli.id << "\"\n";
    return kExitRejected;
  }
  if (cli.format == OutputFormat::kJson) {
    std::cout << indented_json(posting_to_json(*posting)) << '\n';
  } else {
    print_posting_text(*posting, std::cout);
  }
  return kExitOk;
}

// The answer to cli.request, within cli.timeout. An indexer committing
// meanwhile may overtake the engine's revision (database_retry.h): the
// search then runs again on a fresh engine.
SearchResponse search_once(std::unique_ptr<SearchEngine>& engine, const CliOptions& cli) {
  Deadline deadline = cli.timeout ? Deadline::after(*cli.timeout) : Deadline();
  return retry_after_commits(
      [&] {
        if (!engine) engine = std::make_unique<SearchEngine>(cli.db, cli.limits);
        return engine->search(cli.request, deadline);
      },
      [&] { engine.reset(); }, deadline);
}

// Times `repeat` runs of the request (the first one warms the caches).
void report_timing(std::unique_ptr<SearchEngine>& engine, const CliOptions& cli) {
  std::vector<double> milliseconds;
  for (unsigned i = 0; i <= cli.repeat; ++i) {
    auto start = std::chrono::steady_clock::now();
    search_once(engine, cli);
    std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
    if (i > 0) milliseconds.push_back(elapsed.count());
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  std::cerr << "timing: " << cli.repeat << " runs, median " << milliseconds[milliseconds.size() / 2]
            << " ms, p95 " << milliseconds[milliseconds.size() * 95 / 100] << " ms\n";
}

int search(std::unique_ptr<SearchEngine>& engine, const CliOptions& cli) {
  const std::string note = missing_lexicon_note(cli.db);
  if (!note.empty()) std::cerr << "jobsearch: note: " << note << '\n';
  if (cli.repeat > 0) report_timing(engine, cli);
  SearchResponse response = search_once(engine, cli);
  if (cli.format == OutputFormat::kJson) {
    std::cout << indented_json(response_to_json(response)) << '\n';
  } else {
    print_response_text(response, isatty(STDOUT_FILENO), std::cout);
  }
  return kExitOk;
}

}  // namespace

int run_search_command(int argc, char** argv) {
  CliOptions cli = parse_cli(argc, argv);
  if (cli.command == Command::kHelp) {
    std::cout << cli.help;
    return kExitOk;
  }
  std::unique_ptr<SearchEngine> engine;
  if (cli.command == Command::kGet) {
    engine = std::make_unique<SearchEngine>(cli.db, cli.limits);
    return get_posting(*engine, cli);
  }
  return search(engine, cli);
}

}  // namespace jobsearch
