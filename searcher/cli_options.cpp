#include "cli_options.h"

#include <sstream>

#include <boost/program_options.hpp>

#include "facet_terms.h"
#include "search_error.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobsearch --db DB [search] [QUERY...] [options]\n"
    "       jobsearch --db DB get ID\n"
    "Search job postings indexed by jobindex. QUERY words are all required; use\n"
    "\"quoted phrases\", OR, NOT, -word, and fields title: company: location:\n"
    "industry: skill:. No QUERY lists every posting that passes the filters,\n"
    "newest first.\n\nOptions";

constexpr const char* kExitCodes =
    "\nExit codes: 0 success (also when nothing matches); 1 get: no posting has\n"
    "that id; 2 bad options or unparsable query; 4 database missing or unreadable;\n"
    "5 internal error.\n";

struct RawOptions {
  std::vector<std::string> words, locations, employment_types, education, filters, facets;
  std::string format = "text", sort = "relevance";
  unsigned offset = 0, limit = 10, page = 0, per_page = 0;
};

po::options_description visible_options(CliOptions& cli, RawOptions& raw) {
  po::options_description o(kUsage);
  o.add_options()("help,h", "show this help")("db", po::value(&cli.db), "database folder")(
      "format", po::value(&raw.format), "text (default) or json")(
      "location", po::value(&raw.locations)->composing(),
      "only postings in this place (city, \"City, Region\", region, country or postal code); "
      "repeatable, values OR-ed")(
      "employment-type", po::value(&raw.employment_types)->composing(),
      "FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, ...; repeatable")(
      "education", po::value(&raw.education)->composing(),
      "\"high school\", \"associate degree\", \"bachelor degree\", \"postgraduate degree\", "
      "\"professional certificate\"; repeatable")(
      "filter", po::value(&raw.filters)->composing(),
      "FACET=VALUE on any facet (company, industry, country, remote, ...); repeatable")(
      "facets", po::value(&raw.facets)->composing(),
      "facets to count, as NAME or NAME:LIMIT, comma-separated; \"none\" for none "
      "(default: location,employment_type,education)")(
      "offset", po::value(&raw.offset), "skip this many results (default 0)")(
      "limit", po::value(&raw.limit), "results per page (default 10)")(
      "page", po::value(&raw.page), "page number from 1 (with --per-page)")(
      "per-page", po::value(&raw.per_page), "results per page, same as --limit")(
      "sort", po::value(&raw.sort), "relevance (default) or newest");
  return o;
}

std::vector<FacetRequest> parse_facets(const std::vector<std::string>& specs) {
  if (specs.empty()) return default_facets();
  std::vector<FacetRequest> facets;
  for (const std::string& spec : specs) {
    std::stringstream items(spec);
    for (std::string item; std::getline(items, item, ',');) {
      if (item.empty() || item == "none") continue;
      FacetRequest facet;
      std::size_t colon = item.find(':');
      facet.name = item.substr(0, colon);
      if (colon != std::string::npos) {
        try {
          facet.limit = static_cast<unsigned>(std::stoul(item.substr(colon + 1)));
        } catch (const std::exception&) {
          throw SearchError("--facets: bad limit in \"" + item + "\"");
        }
      }
      if (find_facet(facet.name) == nullptr) throw SearchError("--facets: unknown facet \"" + facet.name + "\"");
      facets.push_back(facet);
    }
  }
  return facets;
}

void add_filters(const RawOptions& raw, SearchRequest& request) {
  auto& filters = request.filters;
  for (const auto& value : raw.locations) filters["location"].push_back(value);
  for (const auto& value : raw.employment_types) filters["employment_type"].push_back(value);
  for (const auto& value : raw.education) filters["education"].push_back(value);
  for (const std::string& filter : raw.filters) {
    std::size_t equals = filter.find('=');
    if (equals == std::string::npos) throw SearchError("--filter takes FACET=VALUE, not \"" + filter + "\"");
    std::string facet = filter.substr(0, equals);
    if (find_facet(facet) == nullptr) throw SearchError("--filter: unknown facet \"" + facet + "\"");
    filters[facet].push_back(filter.substr(equals + 1));
  }
}

SearchRequest make_request(const RawOptions& raw, const std::vector<std::string>& words) {
  SearchRequest request;
  for (const std::string& word : words) request.query += (request.query.empty() ? "" : " ") + word;
  add_filters(raw, request);
  request.facets = parse_facets(raw.facets);
  request.limit = raw.per_page > 0 ? raw.per_page : raw.limit;
  request.offset = raw.page > 0 ? (raw.page - 1) * request.limit : raw.offset;
  if (raw.sort == "newest") request.sort = SortOrder::kNewest;
  else if (raw.sort != "relevance") throw SearchError("--sort takes relevance or newest, not \"" + raw.sort + "\"");
  return request;
}

}  // namespace

CliOptions parse_cli(int argc, const char* const* argv) {
  CliOptions cli;
  RawOptions raw;
  po::options_description visible = visible_options(cli, raw);
  po::options_description all;
  all.add(visible).add_options()("word", po::value(&raw.words));
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
  if (raw.format != "text" && raw.format != "json") throw SearchError("--format takes text or json, not \"" + raw.format + "\"");
  cli.format = raw.format == "json" ? OutputFormat::kJson : OutputFormat::kText;
  std::vector<std::string> words = raw.words;
  if (!words.empty() && words.front() == "get") {
    if (words.size() != 2) throw SearchError("get takes exactly one posting id");
    cli.command = Command::kGet;
    cli.id = words[1];
    return cli;
  }
  if (!words.empty() && words.front() == "search") words.erase(words.begin());
  cli.request = make_request(raw, words);
  return cli;
}

}  // namespace jobsearch
