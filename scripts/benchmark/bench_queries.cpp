#include "scripts/benchmark/bench_queries.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <utility>

namespace jobsearch::bench {
namespace {

using Clock = std::chrono::steady_clock;

BenchQuery query_from_json(const nlohmann::json& value) {
  BenchQuery query;
  query.text = value.at("text").get<std::string>();
  for (const auto& clause : value.at("clauses")) {
    query.clauses.push_back({clause.value("field", ""),
                             clause.at("words").get<std::vector<std::string>>(),
                             clause.value("phrase", false)});
  }
  if (value.contains("filters")) {
    query.filters = value["filters"].get<std::map<std::string, std::vector<std::string>>>();
  }
  return query;
}

nlohmann::json time_mode(const std::vector<BenchQuery>& queries, unsigned passes, bool with_facets,
                         bool ids_only, const RunQuery& run) {
  std::vector<double> latencies;
  latencies.reserve(queries.size() * passes);
  std::vector<std::uint64_t> matches;
  for (unsigned pass = 0; pass < passes; ++pass) {
    for (const BenchQuery& query : queries) {
      auto start = Clock::now();
      std::uint64_t found = run(query, with_facets, ids_only);
      latencies.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
      if (pass == 0) matches.push_back(found);
    }
  }
  return {{"latencies_us", latencies}, {"matches", matches}};
}

// The (facets, ids only) modes `options` asks for, in the order they are timed.
std::vector<std::pair<bool, bool>> modes(const TimingOptions& options) {
  std::vector<std::pair<bool, bool>> out;
  for (bool ids_only : {false, true}) {
    if (ids_only ? !options.ids : !options.built) continue;
    if (options.top10) out.emplace_back(false, ids_only);
    if (options.facets) out.emplace_back(true, ids_only);
  }
  return out;
}

// A comma-separated list's items.
std::vector<std::string> items(const std::string& list) {
  std::vector<std::string> out;
  for (std::size_t start = 0; start <= list.size();) {
    std::size_t comma = std::min(list.find(',', start), list.size());
    out.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// Sets `first` and `second` from a list of their two names; false for another name.
bool pick(const std::string& list, const char* first_name, bool& first, const char* second_name,
          bool& second) {
  first = second = false;
  for (const std::string& item : items(list)) {
    if (item == first_name) {
      first = true;
    } else if (item == second_name) {
      second = true;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::vector<BenchQuery> load_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<BenchQuery> queries;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    queries.push_back(query_from_json(nlohmann::json::parse(line)));
  }
  if (queries.empty()) throw std::runtime_error(path + " holds no query");
  return queries;
}

void time_queries(const std::vector<BenchQuery>& queries, const TimingOptions& options,
                  const RunQuery& run, std::ostream& out) {
  auto start = Clock::now();
  std::uint64_t warmup_queries = 0;
  do {
    for (const BenchQuery& query : queries) {
      for (auto [with_facets, ids_only] : modes(options)) {
        run(query, with_facets, ids_only);
        ++warmup_queries;
      }
    }
  } while (std::chrono::duration<double>(Clock::now() - start).count() < options.warmup_seconds);
  nlohmann::json result;
  result["warmup_queries"] = warmup_queries;
  for (auto [with_facets, ids_only] : modes(options)) {
    const std::string name =
        std::string(with_facets ? "facets" : "top10") + (ids_only ? "_ids" : "");
    result[name] = time_mode(queries, options.passes, with_facets, ids_only, run);
  }
  out << result.dump() << '\n';
}

bool parse_timing_options(int argc, char** argv, int first, TimingOptions& options) {
  for (int i = first; i < argc; ++i) {
    std::string name = argv[i];
    if (i + 1 >= argc) return false;
    std::string value = argv[++i];
    try {
      if (name == "--warmup-seconds") {
        options.warmup_seconds = std::stod(value);
      } else if (name == "--passes") {
        options.passes = static_cast<unsigned>(std::stoul(value));
      } else if (name == "--modes") {
        if (!pick(value, "top10", options.top10, "facets", options.facets)) return false;
      } else if (name == "--hits") {
        if (!pick(value, "built", options.built, "ids", options.ids)) return false;
      } else {
        return false;
      }
    } catch (const std::exception&) {
      return false;
    }
  }
  return options.passes > 0 && (options.top10 || options.facets) && (options.built || options.ids);
}

}  // namespace jobsearch::bench
