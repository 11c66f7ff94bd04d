// bench_sqlite: the SQLite FTS5 peer.
//
// Usage: bench_sqlite index DB EXPORT.jsonl
//        bench_sqlite query DB QUERIES [--warmup-seconds S] [--passes P]
// Ranking: FTS5's bm25() with the title weighted 3 to 1 (as jobsearch
// weights title words). Facets: one GROUP BY over the matches (a
// materialized CTE, so the match is computed once) giving the total and the
// exact count of every location, employment type and education value; the
// top 10 of each are kept, as the other engines do. Hits: ids only is the
// top 10's rowids; hits built adds, per hit, its title with the matches
// marked (highlight()), a ~40-word extract of its body (snippet()) and its
// company, as shown.
#include <algorithm>
#include <iostream>
#include <unordered_map>

#include "scripts/benchmark/bench_queries.h"
#include "scripts/benchmark/sqlite_index.h"

using namespace jobsearch::bench;

namespace {

constexpr const char* kRank = " ORDER BY bm25(jobs, 3.0, 1.0, 0.0) LIMIT 10";

std::string quoted(const std::vector<std::string>& words) {
  std::string out = "\"";
  for (const std::string& word : words) out += (out.size() > 1 ? " " : "") + word;
  return out + "\"";
}

// FTS5 syntax: "word" or "a phrase", title : "..." for the title, AND-ed.
std::string match_expression(const BenchQuery& query) {
  std::string out;
  for (const Clause& clause : query.clauses) {
    if (!out.empty()) out += " AND ";
    if (!clause.field.empty()) out += clause.field + " : ";
    if (clause.phrase) {
      out += quoted(clause.words);
    } else {
      std::string words;
      for (const std::string& word : clause.words) {
        words += (words.empty() ? "" : " AND ") + quoted({word});
      }
      out += clause.words.size() > 1 && !clause.field.empty() ? "(" + words + ")" : words;
    }
  }
  return out;
}

int facet_number(const std::string& name) {
  for (std::size_t i = 0; i < kBenchFacets.size(); ++i) {
    if (kBenchFacets[i] == name) return static_cast<int>(i);
  }
  throw std::runtime_error("unknown facet " + name);
}

// " AND rowid IN (...)" per filtered facet; values bound from ?2 on.
std::string filter_sql(const BenchQuery& query, std::vector<std::string>& values) {
  std::string sql;
  for (const auto& [name, picked] : query.filters) {
    sql += " AND +rowid IN (SELECT doc FROM facets WHERE facet = " +
           std::to_string(facet_number(name)) + " AND value IN (";
    for (std::size_t i = 0; i < picked.size(); ++i) {
      values.push_back(picked[i]);
      sql += (i ? ", ?" : "?") + std::to_string(values.size() + 1);
    }
    sql += "))";
  }
  return sql;
}

class SqliteSearcher {
 public:
  explicit SqliteSearcher(const std::string& path) {
    if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      throw std::runtime_error(path + ": " + sqlite3_errmsg(db_));
    }
  }
  ~SqliteSearcher() {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close(db_);
  }

  std::uint64_t run(const BenchQuery& query, bool with_facets, bool ids_only) {
    std::vector<std::string> values;
    const std::string filter = filter_sql(query, values);
    const std::string match = match_expression(query);
    // The rowids first: ORDER BY an expression would make SQLite compute
    // the snippets of every match before sorting.
    sqlite3_stmt* top =
        bind("SELECT rowid FROM jobs WHERE jobs MATCH ?1" + filter + kRank, match, values);
    std::vector<sqlite3_int64> rowids;
    while (step(top)) rowids.push_back(sqlite3_column_int64(top, 0));
    if (!ids_only) {
      for (sqlite3_int64 rowid : rowids) shown_ += build_hit(match, rowid);
    }
    return with_facets ? count_facets(filter, match, values) : rowids.size();
  }

 private:
  std::uint64_t count_facets(const std::string& filter, const std::string& match,
                             const std::vector<std::string>& values) {
    sqlite3_stmt* statement =
        bind("WITH m AS MATERIALIZED (SELECT rowid AS doc FROM jobs WHERE jobs MATCH ?1" + filter +
                 ") SELECT -1, '', count(*) FROM m UNION ALL SELECT f.facet, f.value, count(*) "
                 "FROM m JOIN facets f ON f.doc = m.doc GROUP BY f.facet, f.value",
             match, values);
    std::uint64_t total = 0;
    std::vector<std::vector<std::pair<std::int64_t, std::string>>> counts(kBenchFacets.size());
    while (step(statement)) {
      int facet = sqlite3_column_int(statement, 0);
      std::int64_t count = sqlite3_column_int64(statement, 2);
      if (facet < 0) {
        total = static_cast<std::uint64_t>(count);
      } else {
        counts[facet].emplace_back(
            count, reinterpret_cast<const char*>(sqlite3_column_text(statement, 1)));
      }
    }
    for (auto& facet : counts) {  // the top 10 of each, as displayed
      std::size_t keep = std::min<std::size_t>(10, facet.size());
      std::partial_sort(facet.begin(), facet.begin() + keep, facet.end(),
                        [](const auto& a, const auto& b) { return a.first > b.first; });
    }
    return total;
  }

  // The hit `rowid` as shown: its title marked, an extract of its body and
  // its company. Returns the characters read.
  std::size_t build_hit(const std::string& match, sqlite3_int64 rowid) {
    sqlite3_stmt* hit = bind(
        "SELECT highlight(jobs, 0, '<mark>', '</mark>'), "
        "snippet(jobs, 1, '<mark>', '</mark>', '…', 40), company FROM jobs "
        "WHERE jobs MATCH ?1 AND rowid = ?2",
        match, {});
    sqlite3_bind_int64(hit, 2, rowid);
    std::size_t chars = 0;
    while (step(hit)) {
      for (int column = 0; column < 3; ++column) chars += sqlite3_column_bytes(hit, column);
    }
    return chars;
  }

  sqlite3_stmt* bind(const std::string& sql, const std::string& match,
                     const std::vector<std::string>& values) {
    sqlite3_stmt*& statement = statements_[sql];
    if (statement == nullptr) {
      check_sqlite(db_, sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr), "prepare");
    }
    sqlite3_reset(statement);
    sqlite3_bind_text(statement, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    for (std::size_t i = 0; i < values.size(); ++i) {
      sqlite3_bind_text(statement, static_cast<int>(i + 2), values[i].c_str(), -1,
                        SQLITE_TRANSIENT);
    }
    return statement;
  }

  bool step(sqlite3_stmt* statement) {
    int code = sqlite3_step(statement);
    check_sqlite(db_, code, "query");
    return code == SQLITE_ROW;
  }

  sqlite3* db_ = nullptr;
  std::size_t shown_ = 0;  // characters of the hits built, so that they are read
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

int usage() {
  std::cerr << "usage: bench_sqlite index DB EXPORT.jsonl\n"
               "       bench_sqlite query DB QUERIES [--warmup-seconds S] [--passes P]\n"
               "         [--modes top10,facets] [--hits built,ids]\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) return usage();
  const std::string command = argv[1];
  try {
    if (command == "index") {
      LoadResult loaded = load_sqlite(argv[2], argv[3]);
      std::cout << "{\"postings\": " << loaded.postings
                << ", \"merge_seconds\": " << loaded.merge_seconds << "}\n";
      return 0;
    }
    TimingOptions options;
    if (command != "query" || !parse_timing_options(argc, argv, 4, options)) return usage();
    SqliteSearcher searcher(argv[2]);
    std::vector<BenchQuery> queries = load_queries(argv[3]);
    time_queries(
        queries, options,
        [&](const BenchQuery& query, bool facets, bool ids_only) {
          return searcher.run(query, facets, ids_only);
        },
        std::cout);
  } catch (const std::exception& error) {
    std::cerr << "bench_sqlite: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
