// command_options.h: what every subcommand does with its command line.
#pragma once

#include <string>

#include <boost/program_options.hpp>

#include "cli_options.h"

namespace jobsearch {

// Parses argv against `options` (and `positional`, if given) into `vm`.
// Returns false after printing `visible` when --help was given. Throws
// SearchError with Boost's message for a bad command line.
bool parse_command_line(int argc, const char* const* argv,
                        const boost::program_options::options_description& options,
                        const boost::program_options::options_description& visible,
                        boost::program_options::variables_map& vm,
                        const boost::program_options::positional_options_description* positional = nullptr);

// kText or kJson for "text" or "json"; throws SearchError otherwise.
OutputFormat parse_output_format(const std::string& format);

}  // namespace jobsearch
