// command_options.h: what every subcommand does with its command line.
#pragma once

#include <boost/program_options.hpp>
#include <chrono>
#include <string>

#include "searcher/cli/cli_options.h"
#include "searcher/engine/query_limits.h"

namespace jobsearch {

// Parses argv against `options` (and `positional`, if given) into `vm`.
// Returns false after printing `visible` when --help was given. Throws
// SearchError with Boost's message for a bad command line.
bool parse_command_line(
    int argc, const char* const* argv, const boost::program_options::options_description& options,
    const boost::program_options::options_description& visible,
    boost::program_options::variables_map& vm,
    const boost::program_options::positional_options_description* positional = nullptr);

// Boost's message for a bad command line; for an unknown long option it
// adds the nearest known one by edit distance, when one is near enough:
// "unrecognised option '--facet'; did you mean --facets?".
std::string command_line_error(const boost::program_options::error& error,
                               const boost::program_options::options_description& options);

// The known long option nearest to `typed` ("--facet" -> "--facets"), or ""
// when none is within a third of its length (at least 2 edits).
std::string nearest_option(const std::string& typed,
                           const boost::program_options::options_description& options);

// kText or kJson for "text" or "json"; throws SearchError otherwise.
OutputFormat parse_output_format(const std::string& format);

// --max-query-words, --max-query-bytes and --max-wildcard-terms, with
// QueryLimits' defaults, for `jobsearch` and `jobsearch serve` alike.
void add_query_limit_options(boost::program_options::options_description& options);

// The limits those options give; throws SearchError naming the option for
// a value that is not a whole number from 1 to 1,000,000,000.
QueryLimits query_limits_from(const boost::program_options::variables_map& vm);

// `text`, an option's value, as a whole number; throws SearchError naming
// `option` and the range unless it is one from `low` to `high` (boost
// would take "-1" as the largest number).
unsigned long long whole_number(const std::string& text, const std::string& option,
                                unsigned long long low, unsigned long long high);

// `seconds` (an option's value) as a duration; throws SearchError naming
// `option` unless it is more than 0 and at most a day.
std::chrono::steady_clock::duration parse_seconds(double seconds, const std::string& option);

}  // namespace jobsearch
