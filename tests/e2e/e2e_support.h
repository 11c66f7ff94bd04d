// e2e_support.h: running the built programs from tests (jobindex, jobsearch
// and the bundled corpus), on top of the shared test support.
#pragma once

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/command.h"
#include "tests/support/files.h"
#include "tests/support/temp_dir.h"

namespace jobsearch::e2e {

// The shared test support, by the names these tests have always used.
using test::CommandResult;
using test::read_file;
using test::run_command;
using test::source_path;
using test::TempDir;
using test::write_file;

// A schema.org JobPosting in Austin; `extra` members are added or replace.
inline nlohmann::json job(const std::string& title, const std::string& description,
                          const nlohmann::json& extra = nlohmann::json::object()) {
  nlohmann::json posting = {
      {"@context", "https://schema.org"},
      {"@type", "JobPosting"},
      {"title", title},
      {"hiringOrganization", {{"@type", "Organization"}, {"name", "Acme Works"}}},
      {"jobLocation",
       {{"@type", "Place"},
        {"address",
         {{"addressLocality", "Austin"}, {"addressRegion", "TX"}, {"addressCountry", "US"}}}}},
      {"description", description},
      {"datePosted", "2026-11-01"}};
  posting.update(extra);
  return posting;
}

// Writes `postings` as JSONL to `path` and returns the path.
inline std::string write_jsonl(const std::string& path,
                               const std::vector<nlohmann::json>& postings) {
  std::ofstream out(path);
  for (const nlohmann::json& posting : postings) out << posting.dump() << '\n';
  return path;
}

// A database of the bundled corpus (corpus/postings), indexed once per
// build (shared_index.h). Tests only read it.
const std::string& bundled_corpus_db();

// jobindex --db DB PATHS...
CommandResult index(const std::string& db, const std::vector<std::string>& paths);

// jobsearch --db DB ARGS... --format json, parsed; fails the test on a
// non-zero exit or unparsable output.
nlohmann::json search_json(const std::string& db, const std::vector<std::string>& args);

// The titles of the postings in `db` (up to 100), in alphabetical order.
std::vector<std::string> indexed_titles(const std::string& db);

// The ids of the results of a search_json answer, in order.
std::vector<std::string> result_ids(const nlohmann::json& response);

// The facet of a search_json answer as value -> count.
std::map<std::string, long> facet_counts(const nlohmann::json& response, const std::string& facet);

}  // namespace jobsearch::e2e
