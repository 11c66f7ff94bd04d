#include "scripts/benchmark/bench_queries.h"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

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
                         const RunQuery& run) {
  std::vector<double> latencies;
  latencies.reserve(queries.size() * passes);
  std::vector<std::uint64_t> matches;
  for (unsigned pass = 0; pass < passes; ++pass) {
    for (const BenchQuery& query : queries) {
      auto start = Clock::now();
      std::uint64_t found = run(query, with_facets);
      latencies.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
      if (pass == 0) matches.push_back(found);
    }
  }
  return {{"latencies_us", latencies}, {"matches", matches}};
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
      for (bool with_facets : {false, true}) {
        if (with_facets ? !options.facets : !options.top10) continue;
        run(query, with_facets);
        ++warmup_queries;
      }
    }
  } while (std::chrono::duration<double>(Clock::now() - start).count() < options.warmup_seconds);
  nlohmann::json result;
  result["warmup_queries"] = warmup_queries;
  if (options.top10) result["top10"] = time_mode(queries, options.passes, false, run);
  if (options.facets) result["facets"] = time_mode(queries, options.passes, true, run);
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
        options.top10 = value.find("top10") != std::string::npos;
        options.facets = value.find("facets") != std::string::npos;
      } else {
        return false;
      }
    } catch (const std::exception&) {
      return false;
    }
  }
  return options.passes > 0 && (options.top10 || options.facets);
}

}  // namespace jobsearch::bench
