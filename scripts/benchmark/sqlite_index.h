// sqlite_index.h: the SQLite FTS5 peer's database, and loading it.
//
// One FTS5 table `jobs(title, body, company UNINDEXED)` with the porter
// stemmer (body: company, places, industries, skills, description, as the
// text we index unprefixed), and `facets(doc, facet, value)` holding every
// facet value of every posting, so facet counts are a GROUP BY over matches.
#pragma once

#include <sqlite3.h>

#include <string>

namespace jobsearch::bench {

// Facet numbers in the `facets` table, in kBenchFacets order.
inline constexpr int kFacetLocation = 0;
inline constexpr int kFacetEmploymentType = 1;
inline constexpr int kFacetEducation = 2;

// Creates `db_path` (which must not exist) from bench_export's JSONL at
// `export_path`, then merges the FTS5 index ('optimize') as every engine's
// index is merged at the end of its load (then VACUUMed). Returns the
// postings loaded and the seconds spent merging; throws std::runtime_error
// on any error.
struct LoadResult {
  std::size_t postings = 0;
  double merge_seconds = 0;
};
LoadResult load_sqlite(const std::string& db_path, const std::string& export_path);

// Throws std::runtime_error with SQLite's message when `code` is an error.
void check_sqlite(sqlite3* db, int code, const char* what);

}  // namespace jobsearch::bench
