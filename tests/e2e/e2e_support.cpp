#include "tests/e2e/e2e_support.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace jobsearch::e2e {
namespace {

std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

CommandResult run_command(const std::vector<std::string>& args, const std::string& stdin_path) {
  TempDir scratch;
  std::string command;
  for (const std::string& arg : args) command += shell_quote(arg) + " ";
  command += "<" + shell_quote(stdin_path.empty() ? "/dev/null" : stdin_path);
  command += " >" + shell_quote(scratch.file("out")) + " 2>" + shell_quote(scratch.file("err"));
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(scratch.file("out"));
  result.err = read_file(scratch.file("err"));
  return result;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "jobsearch-test-XXXXXX").string();
  path_ = mkdtemp(pattern.data()) ? pattern : "";
}

TempDir::~TempDir() {
  std::error_code ignored;
  if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
}

std::string source_path(const std::string& relative) {
  return std::string(JOBSEARCH_SOURCE_DIR) + "/" + relative;
}

CommandResult index(const std::string& db, const std::vector<std::string>& paths) {
  std::vector<std::string> args = {JOBINDEX_BIN, "--db", db};
  args.insert(args.end(), paths.begin(), paths.end());
  return run_command(args);
}

const std::string& bundled_corpus_db() {
  static TempDir folder;
  static const std::string db = [] {
    std::string path = folder.file("corpus.db");
    CommandResult result = index(path, {source_path("corpus/postings")});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return path;
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
