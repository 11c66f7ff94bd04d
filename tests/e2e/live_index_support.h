// live_index_support.h: commands and readings for the live-index tests
// (sync, delete, purge, edits), header-only; their postings are
// e2e_support's job().
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {

// jobindex ARGS...
inline CommandResult jobindex(std::vector<std::string> args) {
  args.insert(args.begin(), JOBINDEX_BIN);
  return run_command(args);
}

// The search results for every posting (expired ones too), as stored.
inline nlohmann::json all_postings(const std::string& db) {
  return search_json(
      db, {"--limit", "1000", "--include-expired", "--facets", "employment_type"})["results"];
}

// The titles of every posting, sorted.
inline std::vector<std::string> titles(const std::string& db) {
  std::vector<std::string> titles;
  for (const auto& result : all_postings(db)) titles.push_back(result["title"]);
  std::sort(titles.begin(), titles.end());
  return titles;
}

// The id of the posting titled `title` ("" if none).
inline std::string id_of(const std::string& db, const std::string& title) {
  for (const auto& result : all_postings(db)) {
    if (result["title"] == title) return result["id"];
  }
  return "";
}

// The summary `jobindex sync` prints for these counts.
inline std::string sync_summary(const std::string& source, int snapshot, int added, int replaced,
                                int removed, int unchanged, int rejected, int documents) {
  return "source " + source + ": " + std::to_string(snapshot) + " postings in the snapshot\n" +
         "added:     " + std::to_string(added) + "\n" + "replaced:  " + std::to_string(replaced) +
         "\n" + "removed:   " + std::to_string(removed) + "\n" +
         "unchanged: " + std::to_string(unchanged) + "\n" +
         "rejected:  " + std::to_string(rejected) + "\n" +
         "documents in database: " + std::to_string(documents) + "\n";
}

}  // namespace jobsearch::e2e
