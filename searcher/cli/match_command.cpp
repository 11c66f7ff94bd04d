// `jobsearch match --db DB --candidate FILE`: the postings that fit a profile.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <iostream>

#include "common/exit_codes.h"
#include "searcher/cli/command_options.h"
#include "searcher/cli/commands.h"
#include "searcher/cli/match_output.h"
#include "searcher/cli/response_text.h"
#include "searcher/engine/response_json.h"
#include "searcher/engine/search_error.h"
#include "searcher/match/matcher.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobsearch match --db DB --candidate FILE [options]\n"
    "Ranks postings for a candidate profile (JSON Resume, or plain text with\n"
    "\"Title:\", \"Skills:\", \"Location:\", \"Education:\", \"Experience:\" lines):\n"
    "titles and skills weigh most, postings near the candidate rank higher, and\n"
    "each match says why (skills and title words matched, what is missing,\n"
    "distance). Constraints apply only when asked; postings past their\n"
    "validThrough are left out as search leaves them out.\n\nOptions";

struct MatchOptions {
  std::string db, candidate, strategy, format = "text";
  MatchRequest request;
};

po::options_description visible_options(MatchOptions& o) {
  MatchConstraints& c = o.request.constraints;
  po::options_description options(kUsage);
  options.add_options()("help,h", "show this help")("db", po::value(&o.db), "database folder")(
      "candidate", po::value(&o.candidate), "profile: JSON Resume (.json) or plain text")(
      "strategy", po::value(&o.strategy),
      "ranking strategy (see `jobsearch batch --list-strategies`)")(
      "within", po::value<double>(), "only postings within KM of the candidate's city")(
      "remote", po::bool_switch(&c.remote), "also remote postings (alone: only remote ones)")(
      "employment-type", po::value(&c.employment_types)->composing(),
      "FULL_TIME, PART_TIME, CONTRACTOR, ... (repeatable, OR-ed)")(
      "education-met", po::bool_switch(&c.education_met),
      "only postings whose education requirement the candidate meets")(
      "experience-met", po::bool_switch(&c.experience_met),
      "only postings asking no more experience than the candidate's")(
      "include-expired", po::bool_switch(&c.include_expired),
      "keep postings whose validThrough has passed")(
      "now", po::value(&o.request.now), "judge expiry at this date (YYYY-MM-DD) instead of today")(
      "offset", po::value(&o.request.offset), "skip this many matches (default 0)")(
      "limit", po::value(&o.request.limit), "matches to show (default 10)")(
      "format", po::value(&o.format), "text (default) or json");
  return options;
}

// Parses argv; returns false after printing help.
bool parse(int argc, char** argv, MatchOptions& o) {
  po::options_description visible = visible_options(o);
  po::variables_map vm;
  if (!parse_command_line(argc, argv, visible, visible, vm)) return false;
  if (o.db.empty() || o.candidate.empty())
    throw SearchError("match needs --db DB and --candidate FILE");
  parse_output_format(o.format);
  if (vm.count("within")) {
    double km = vm["within"].as<double>();
    if (!(km > 0)) throw SearchError("--within takes a distance in km greater than 0");
    o.request.constraints.within_km = km;
  }
  if (o.strategy.empty()) o.strategy = match_strategies().front().name;
  o.request.strategy = strategy_by_name(o.strategy);
  return true;
}

}  // namespace

int run_match_command(int argc, char** argv) {
  MatchOptions options;
  if (!parse(argc, argv, options)) return kExitOk;
  options.request.candidate = read_candidate_file(options.candidate, current_date());
  Matcher matcher(options.db);
  MatchResponse match = matcher.match(options.request);
  if (options.format == "json") {
    std::cout << indented_json(
                     match_to_json(match, options.request.candidate, options.strategy.c_str()))
              << '\n';
  } else {
    print_match_text(match, options.request.candidate, isatty(STDOUT_FILENO), std::cout);
  }
  return kExitOk;
}

}  // namespace jobsearch
