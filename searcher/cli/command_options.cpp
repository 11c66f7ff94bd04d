#include "searcher/cli/command_options.h"

#include <algorithm>
#include <cmath>
#include <iostream>
#include <vector>

#include "searcher/engine/search_error.h"

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
    throw SearchError(command_line_error(error, options));
  }
  return true;
}

namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string nearest_option(const std::string& typed, const po::options_description& options) {
  std::string name = typed.substr(0, typed.find('='));
  while (!name.empty() && name.front() == '-') name.erase(0, 1);
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;
  for (const auto& option : options.options()) {
    const std::string& known = option->long_name();
    if (known.empty()) continue;
    const std::size_t distance = edit_distance(name, known);
    if (distance < best_distance) {
      best_distance = distance;
      best = "--" + known;
    }
  }
  return best;
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
      "words all the wildcards (word*) of a query may stand for together; each at most 100");
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
  return limits;
}

unsigned long long whole_number(const std::string& text, const std::string& option,
                                unsigned long long low, unsigned long long high) {
  bool digits = !text.empty() && text.size() <= 19 &&
                text.find_first_not_of("0123456789") == std::string::npos;
  unsigned long long value = digits ? std::stoull(text) : 0;
  if (!digits || value < low || value > high) {
    throw SearchError(option + " takes a whole number from " + std::to_string(low) + " to " +
                      std::to_string(high) + ", not \"" + text + "\"");
  }
  return value;
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
