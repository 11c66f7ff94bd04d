#include "tests/e2e/e2e_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "tests/e2e/shared_index.h"

namespace jobsearch::e2e {

CommandResult index(const std::string& db, const std::vector<std::string>& paths) {
  std::vector<std::string> args = {JOBINDEX_BIN, "--db", db};
  args.insert(args.end(), paths.begin(), paths.end());
  return run_command(args);
}

const std::string& bundled_corpus_db() {
  static const std::string db = [] {
    const SharedIndex& shared = shared_index({source_path("corpus/postings")});
    EXPECT_EQ(shared.run.exit_code, 0) << shared.run.err;
    return shared.db;
  }();
  return db;
}

nlohmann::json search_json(const std::string& db, const std::vector<std::string>& args) {
  std::vector<std::string> command = {JOBSEARCH_BIN, "--db", db, "--format", "json"};
  command.insert(command.end(), args.begin(), args.end());
  CommandResult result = run_command(command);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  nlohmann::json response = nlohmann::json::parse(result.out, nullptr, false);
  EXPECT_FALSE(response.is_discarded()) << result.out;
  return response.is_discarded() ? nlohmann::json::object() : response;
}

std::vector<std::string> indexed_titles(const std::string& db) {
  const nlohmann::json response = search_json(db, {"--limit", "100"});
  std::vector<std::string> titles;
  for (const auto& result : response["results"]) {
    titles.push_back(result.value("title", ""));
  }
  std::sort(titles.begin(), titles.end());
  return titles;
}

std::vector<std::string> result_ids(const nlohmann::json& response) {
  std::vector<std::string> ids;
  for (const auto& result : response.value("results", nlohmann::json::array())) {
    ids.push_back(result.value("id", ""));
  }
  return ids;
}

std::map<std::string, long> facet_counts(const nlohmann::json& response, const std::string& facet) {
  std::map<std::string, long> counts;
  const nlohmann::json values = response["facets"][facet]["values"];
  for (const auto& value : values)
    counts[value["value"].get<std::string>()] = value["count"].get<long>();
  return counts;
}

}  // namespace jobsearch::e2e
