// e2e_support.h: running the built programs from tests.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace jobsearch::e2e {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs `args` (args[0] the program) with standard input from `stdin_path`
// (or /dev/null) and returns its exit code and output.
CommandResult run_command(const std::vector<std::string>& args, const std::string& stdin_path = "");

// A folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// The whole content of a file ("" when it cannot be read).
std::string read_file(const std::string& path);

// A path inside the source tree ("corpus/postings").
std::string source_path(const std::string& relative);

// A database of the bundled corpus (corpus/postings), indexed once per test
// process and removed at exit. Tests only read it.
const std::string& bundled_corpus_db();

// jobindex --db DB PATHS...
CommandResult index(const std::string& db, const std::vector<std::string>& paths);

// jobsearch --db DB ARGS... --format json, parsed; fails the test on a
// non-zero exit or unparsable output.
nlohmann::json search_json(const std::string& db, const std::vector<std::string>& args);

// The ids of the results of a search_json answer, in order.
std::vector<std::string> result_ids(const nlohmann::json& response);

// The facet of a search_json answer as value -> count.
std::map<std::string, long> facet_counts(const nlohmann::json& response, const std::string& facet);

}  // namespace jobsearch::e2e
