#include "searcher/cli/cli_options.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <sstream>

#include "searcher/cli/command_options.h"
#include "searcher/engine/request_params.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobsearch --db DB [search] [QUERY...] [options]\n"
    "       jobsearch --db DB get ID\n"
    "       jobsearch serve|match|similar|batch|eval --help   (the other subcommands)\n"
    "Search job postings indexed by jobindex. QUERY words are all required; use\n"
    "\"quoted phrases\", OR, NOT, -word, word* and the fields title: company:\n"
    "location: industry: skill:. No QUERY lists every posting that passes the\n"
    "filters, newest first.\n\nOptions";

constexpr const char* kExitCodes =
    "\nExit codes: 0 success (also when nothing matches); 1 get: no posting has\n"
    "that id; 2 bad options, unparsable query or a query over a limit; 4 database\n"
    "missing, unreadable or indexed by an older version; 5 internal error; 6 the\n"
    "search took longer than --timeout.\n";

// Search options, named as in request_params.h with '-' for '_'.
struct SearchOption {
  const char* name;
  const char* help;
  bool flag;  // takes no value
};
constexpr SearchOption kSearchOptions[] = {
    {"location",
     "only postings in this place (city, \"City, Region\", region, country or "
     "postal code); repeatable, values OR-ed",
     false},
    {"employment-type",
     "FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, "
     "PER_DIEM, OTHER (or \"Full-time\", ...); repeatable",
     false},
    {"education",
     "\"high school\", \"associate degree\", \"bachelor degree\", \"postgraduate "
     "degree\", \"professional certificate\"; repeatable",
     false},
    {"filter",
     "FACET=VALUE on any facet (company, industry, country, region, remote, "
     "currency); repeatable",
     false},
    {"facets",
     "facets to count, as NAME or NAME:LIMIT, comma-separated; also salary, "
     "experience, posted; \"none\" for none (default: location,employment_type,education)",
     false},
    {"salary-min", "yearly pay the posting reaches at least (hourly x 2080, monthly x 12, ...)",
     false},
    {"salary-max", "yearly pay the posting starts at or below", false},
    {"include-no-salary", "with --salary-min/max, also postings that state no pay", true},
    {"currency", "salary currency (USD, EUR, ...); repeatable", false},
    {"max-experience", "months of experience you have: postings asking for more are left out",
     false},
    {"posted-since", "only postings posted on or after this date (YYYY-MM-DD)", false},
    {"posted-within", "only postings posted in the last N days", false},
    {"include-expired", "keep postings whose validThrough has passed", true},
    {"now", "judge expiry and --posted-within at this date (YYYY-MM-DD) instead of today", false},
    {"near", "a place (\"Austin, TX\") or LAT,LON: distances, --radius, --sort distance", false},
    {"radius", "with --near: only postings within this distance (50km, 30mi)", false},
    {"remote", "remote postings (with --near and --radius: those nearby or remote)", true},
    {"sort", "relevance (default), newest, salary or distance", false},
    {"recency-boost", "weight added to new postings (halving every 30 days), e.g. 2", false},
    {"no-collapse", "show every re-post of a job instead of folding them", true},
    {"title-weight", "weight of the title as a field of its own (default 1; 0 turns it off)",
     false},
    {"offset", "skip this many results (default 0)", false},
    {"limit", "results per page (default 10)", false},
    {"page", "page number from 1 (with --per-page)", false},
    {"per-page", "results per page, same as --limit", false},
};

std::string param_name(std::string option) {
  std::replace(option.begin(), option.end(), '-', '_');
  return option;
}

po::options_description visible_options(CliOptions& cli, std::string& format) {
  po::options_description options(kUsage);
  options.add_options()("help,h", "show this help")("db", po::value(&cli.db), "database folder")(
      "format", po::value(&format), "text (default) or json")(
      "repeat", po::value(&cli.repeat),
      "run the search N times in this process and print median and p95 milliseconds to stderr")(
      "timeout", po::value<double>(),
      "seconds the search may take (default: no limit); then exit code 6");
  add_query_limit_options(options);
  for (const SearchOption& option : kSearchOptions) {
    if (option.flag) {
      options.add_options()(option.name, option.help);
    } else {
      options.add_options()(option.name, po::value<std::vector<std::string>>()->composing(),
                            option.help);
    }
  }
  return options;
}

RequestParams search_params(const po::variables_map& vm, const std::vector<std::string>& words) {
  RequestParams params;
  for (const SearchOption& option : kSearchOptions) {
    if (!vm.count(option.name)) continue;
    if (std::string(option.name) == "no-collapse") {
      params["collapse"] = {"false"};
    } else {
      params[param_name(option.name)] = option.flag
                                            ? std::vector<std::string>{"true"}
                                            : vm[option.name].as<std::vector<std::string>>();
    }
  }
  if (!words.empty()) params["q"] = words;
  return params;
}

}  // namespace

CliOptions parse_cli(int argc, const char* const* argv) {
  CliOptions cli;
  std::string format = "text";
  po::options_description visible = visible_options(cli, format);
  po::options_description all;
  all.add(visible).add_options()("word", po::value<std::vector<std::string>>());
  po::positional_options_description positional;
  positional.add("word", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& error) {
    throw SearchError(error.what());
  }
  if (vm.count("help")) {
    std::ostringstream help;
    help << visible << kExitCodes;
    cli.help = help.str();
    cli.command = Command::kHelp;
    return cli;
  }
  if (cli.db.empty()) throw SearchError("--db DB is required");
  if (format != "text" && format != "json")
    throw SearchError("--format takes text or json, not \"" + format + "\"");
  cli.format = format == "json" ? OutputFormat::kJson : OutputFormat::kText;
  std::vector<std::string> words;
  if (vm.count("word")) words = vm["word"].as<std::vector<std::string>>();
  if (!words.empty() && words.front() == "get") {
    if (words.size() != 2) throw SearchError("get takes exactly one posting id");
    cli.command = Command::kGet;
    cli.id = words[1];
    return cli;
  }
  if (!words.empty() && words.front() == "search") words.erase(words.begin());
  cli.request = request_from_params(search_params(vm, words));
  cli.limits = query_limits_from(vm);
  if (vm.count("timeout")) cli.timeout = parse_seconds(vm["timeout"].as<double>(), "--timeout");
  return cli;
}

}  // namespace jobsearch
