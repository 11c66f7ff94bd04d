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

// Options are spelled out: a prefix (--facet for --facets) is an unknown
// option answered with the nearest one, not a guess.
constexpr int kStyle =
    po::command_line_style::default_style & ~po::command_line_style::allow_guessing;

constexpr const char* kUsage =
    "Usage: jobsearch --db DB [search] [QUERY...] [options]\n"
    "       jobsearch --db DB get ID\n"
    "       jobsearch serve|match|similar|batch|eval --help   (the other subcommands)\n"
    "Search job postings indexed by jobindex. QUERY words are all required; use\n"
    "\"quoted phrases\", OR, NOT, -word, word* and the fields title: company:\n"
    "location: industry: skill:. No QUERY lists every posting that passes the\n"
    "filters, newest first. --db and --format may come before or after a\n"
    "subcommand. --help anywhere prints this help and runs no search.\n\nOptions";

constexpr const char* kExitCodes =
    "\nExit codes: 0 success (also when nothing matches); 1 get: no posting has\n"
    "that id; 2 bad options, unparsable query or a query over a limit; 4 database\n"
    "missing, unreadable or indexed by an older version; 5 internal error; 6 the\n"
    "search took longer than --timeout; 8 a remote shard did not answer within\n"
    "--shard-timeout.\n";

// The option of a search parameter: --NAME with '-' for '_', and for a
// flag that is on by default, --no-NAME.
std::string option_name(const SearchParam& param) {
  std::string option = param.name;
  std::replace(option.begin(), option.end(), '_', '-');
  return param.kind == ParamKind::kFlag && param.on_by_default ? "no-" + option : option;
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
  for (const SearchParam& param : search_params()) {
    if (param.kind == ParamKind::kWords) continue;  // the positional words
    const std::string name = option_name(param);
    if (param.kind == ParamKind::kFlag) {
      options.add_options()(name.c_str(), param.help.c_str());
    } else {
      options.add_options()(name.c_str(), po::value<std::vector<std::string>>()->composing(),
                            param.help.c_str());
    }
  }
  return options;
}

RequestParams params_from_options(const po::variables_map& vm,
                                  const std::vector<std::string>& words) {
  RequestParams params;
  for (const SearchParam& param : search_params()) {
    const std::string name = option_name(param);
    if (param.kind == ParamKind::kWords || !vm.count(name)) continue;
    if (param.kind == ParamKind::kFlag) {
      params[param.name] = {param.on_by_default ? "false" : "true"};
    } else {
      params[param.name] = vm[name].as<std::vector<std::string>>();
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
    po::store(
        po::command_line_parser(argc, argv).options(all).positional(positional).style(kStyle).run(),
        vm);
    po::notify(vm);
  } catch (const po::error& error) {
    throw SearchError(command_line_error(error, visible));
  }
  if (vm.count("help")) {  // anywhere on the line, and then no search runs
    std::ostringstream help;
    help << visible << kExitCodes;
    if (vm.count("word")) help << "\n(--help was given, so the query was not run.)\n";
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
  cli.request = request_from_params(params_from_options(vm, words));
  cli.limits = query_limits_from(vm);
  if (vm.count("timeout")) cli.timeout = parse_seconds(vm["timeout"].as<double>(), "--timeout");
  return cli;
}

}  // namespace jobsearch
