// `jobsearch [search] ...` and `jobsearch get ID`: the command-line search.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <vector>

#include "cli_options.h"
#include "commands.h"
#include "exit_codes.h"
#include "output.h"
#include "posting_json.h"
#include "search_engine.h"

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

// Times `repeat` runs of the request (the first one warms the caches).
void report_timing(SearchEngine& engine, const CliOptions& cli) {
  std::vector<double> milliseconds;
  for (unsigned i = 0; i <= cli.repeat; ++i) {
    auto start = std::chrono::steady_clock::now();
    engine.search(cli.request);
    std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
    if (i > 0) milliseconds.push_back(elapsed.count());
  }
  std::sort(milliseconds.begin(), milliseconds.end());
  std::cerr << "timing: " << cli.repeat << " runs, median " << milliseconds[milliseconds.size() / 2]
            << " ms, p95 " << milliseconds[milliseconds.size() * 95 / 100] << " ms\n";
}

int search(SearchEngine& engine, const CliOptions& cli) {
  if (cli.repeat > 0) report_timing(engine, cli);
  SearchResponse response = engine.search(cli.request);
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
  SearchEngine engine(cli.db);
  return cli.command == Command::kGet ? get_posting(engine, cli) : search(engine, cli);
}

}  // namespace jobsearch
