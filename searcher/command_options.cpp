#include "command_options.h"

#include <iostream>

#include "search_error.h"

namespace jobsearch {

namespace po = boost::program_options;

bool parse_command_line(int argc, const char* const* argv, const po::options_description& options,
                        const po::options_description& visible, po::variables_map& vm,
                        const po::positional_options_description* positional) {
  try {
    po::command_line_parser parser(argc, argv);
    parser.options(options);
    if (positional != nullptr) parser.positional(*positional);
    po::store(parser.run(), vm);
    if (vm.count("help")) {
      std::cout << visible;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& error) {
    throw SearchError(error.what());
  }
  return true;
}

OutputFormat parse_output_format(const std::string& format) {
  if (format == "text") return OutputFormat::kText;
  if (format == "json") return OutputFormat::kJson;
  throw SearchError("--format takes text or json, not \"" + format + "\"");
}

}  // namespace jobsearch
