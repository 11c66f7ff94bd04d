// cli_options.h: jobsearch's command line -> what to do.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "searcher/engine/query_limits.h"
#include "searcher/engine/search_request.h"

namespace jobsearch {

enum class Command { kSearch, kGet, kHelp };
enum class OutputFormat { kText, kJson };

struct CliOptions {
  Command command = Command::kSearch;
  std::string db;
  OutputFormat format = OutputFormat::kText;
  SearchRequest request;  // for kSearch
  std::string id;         // for kGet
  unsigned repeat = 0;    // for kSearch: run it this many times and report timing
  QueryLimits limits;     // for kSearch
  std::optional<std::chrono::steady_clock::duration> timeout;  // for kSearch: its time budget
  std::string help;                                            // for kHelp: the text to print
};

// Parses argv. Throws SearchError with a one-line message for bad options
// (unknown option, bad number, unknown facet, missing --db or id).
CliOptions parse_cli(int argc, const char* const* argv);

}  // namespace jobsearch
