#include "searcher/cli/command_options.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iostream>
#include <vector>

#include "common/byte_size.h"
#include "common/nearest_name.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {

namespace po = boost::program_options;

// Options are spelled out: a prefix (--facet for --facets) is an unknown
// option answered with the nearest one, not a guess.
constexpr int kStyle =
    po::command_line_style::default_style & ~po::command_line_style::allow_guessing;

// Every subcommand's, as exit_codes.h gives them.
constexpr const char* kExitCodes =
    "\nExit codes: 0 success; 2 bad options or input; 4 database missing or\n"
    "unreadable; 5 internal error.\n";

bool parse_command_line(int argc, const char* const* argv, const po::options_description& options,
                        const po::options_description& visible, po::variables_map& vm,
                        const po::positional_options_description* positional) {
  try {
    po::command_line_parser parser(argc, argv);
    parser.options(options).style(kStyle);
    if (positional != nullptr) parser.positional(*positional);
    po::store(parser.run(), vm);
    if (vm.count("help")) {
      std::cout << visible << kExitCodes;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& error) {
    throw SearchError(command_line_error(error, options));
  }
  return true;
}

std::string nearest_option(const std::string& typed, const po::options_description& options) {
  std::string name = typed.substr(0, typed.find('='));
  while (!name.empty() && name.front() == '-') name.erase(0, 1);
  std::vector<std::string> known;
  for (const auto& option : options.options()) {
    if (!option->long_name().empty()) known.push_back(option->long_name());
  }
  const std::string nearest = nearest_name(name, known);
  return nearest.empty() ? "" : "--" + nearest;
}

std::string command_line_error(const po::error& error, const po::options_description& options) {
  std::string message = error.what();
  if (const auto* unknown = dynamic_cast<const po::unknown_option*>(&error)) {
    const std::string nearest = nearest_option(unknown->get_option_name(), options);
    if (!nearest.empty()) message += "; did you mean " + nearest + "?";
  }
  return message;
}

OutputFormat parse_output_format(const std::string& format) {
  if (format == "text") return OutputFormat::kText;
  if (format == "json") return OutputFormat::kJson;
  throw SearchError("--format takes text or json, not \"" + format + "\"");
}

void add_query_limit_options(po::options_description& options) {
  const QueryLimits defaults;
  options.add_options()("max-query-words",
                        po::value<std::string>()->default_value(std::to_string(defaults.max_words)),
                        "words a query may have (field names and operators count too)")(
      "max-query-bytes",
      po::value<std::string>()->default_value(std::to_string(defaults.max_bytes)),
      "bytes a query may have")(
      "max-wildcard-terms",
      po::value<std::string>()->default_value(std::to_string(defaults.max_wildcard_terms)),
      "words all the wildcards (word*) of a query may stand for together; each at most 100")(
      "shard-timeout", po::value<double>()->default_value(defaults.shard_timeout_ms / 1000.0),
      "seconds to wait for a remote shard (xapian-tcpsrv) to connect or answer; then exit code 8 "
      "(serve: 503)");
}

QueryLimits query_limits_from(const po::variables_map& vm) {
  constexpr unsigned long long kMax = 1000000000;
  auto value = [&vm](const char* name) {
    return whole_number(vm[name].as<std::string>(), std::string("--") + name, 1, kMax);
  };
  QueryLimits limits;
  limits.max_words = value("max-query-words");
  limits.max_bytes = value("max-query-bytes");
  limits.max_wildcard_terms = static_cast<Xapian::termcount>(value("max-wildcard-terms"));
  const auto shard_timeout = parse_seconds(vm["shard-timeout"].as<double>(), "--shard-timeout");
  limits.shard_timeout_ms = static_cast<unsigned>(std::max<long long>(
      1, std::chrono::duration_cast<std::chrono::milliseconds>(shard_timeout).count()));
  return limits;
}

unsigned long long whole_number(const std::string& text, const std::string& option,
                                unsigned long long low, unsigned long long high) {
  std::optional<std::uint64_t> value = parse_whole_number(text);
  if (!value || *value < low || *value > high) {
    throw SearchError(option + " takes a whole number from " + std::to_string(low) + " to " +
                      std::to_string(high) + ", not \"" + text + "\"");
  }
  return *value;
}

std::chrono::steady_clock::duration parse_seconds(double seconds, const std::string& option) {
  constexpr double kDay = 24 * 60 * 60;
  if (!std::isfinite(seconds) || seconds <= 0 || seconds > kDay) {
    throw SearchError(option + " takes seconds, more than 0 and at most 86400");
  }
  return std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(seconds));
}

}  // namespace jobsearch
