// `jobsearch similar --db DB ID`: postings like one posting (more like this).
#include <unistd.h>

#include <boost/program_options.hpp>
#include <iostream>

#include "common/exit_codes.h"
#include "searcher/cli/command_options.h"
#include "searcher/cli/commands.h"
#include "searcher/cli/response_text.h"
#include "searcher/engine/response_json.h"
#include "searcher/engine/search_error.h"
#include "searcher/match/matcher.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobsearch similar --db DB ID [--limit N] [--offset N] [--format text|json]\n"
    "Postings like the one with this id (its most telling terms and its title),\n"
    "leaving out the posting itself and its re-posts (same title, company and\n"
    "description). Exit code 1 when no posting has that id.\n\nOptions";

struct SimilarOptions {
  std::string db, id, format = "text";
  unsigned offset = 0, limit = 10;
};

// Parses argv; returns false after printing help.
bool parse(int argc, char** argv, SimilarOptions& o) {
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&o.db), "database folder")(
      "offset", po::value(&o.offset), "skip this many results (default 0)")(
      "limit", po::value(&o.limit), "results to show (default 10)")("format", po::value(&o.format),
                                                                    "text (default) or json");
  po::options_description all;
  all.add(visible).add_options()("id", po::value(&o.id));
  po::positional_options_description positional;
  positional.add("id", 1);
  po::variables_map vm;
  if (!parse_command_line(argc, argv, all, visible, vm, &positional)) return false;
  if (o.db.empty() || o.id.empty()) throw SearchError("similar needs --db DB and a posting ID");
  parse_output_format(o.format);
  return true;
}

}  // namespace

int run_similar_command(int argc, char** argv) {
  SimilarOptions options;
  if (!parse(argc, argv, options)) return kExitOk;
  Matcher matcher(options.db);
  std::optional<SearchResponse> response =
      matcher.similar(options.id, options.offset, options.limit);
  if (!response) {
    std::cerr << "jobsearch: no posting has id \"" << options.id << "\"\n";
    return kExitRejected;
  }
  if (options.format == "json") {
    std::cout << indented_json(response_to_json(*response)) << '\n';
  } else {
    print_response_text(*response, isatty(STDOUT_FILENO), std::cout);
  }
  return kExitOk;
}

}  // namespace jobsearch
