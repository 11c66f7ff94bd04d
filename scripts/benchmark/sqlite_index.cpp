#include "scripts/benchmark/sqlite_index.h"

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <vector>

namespace jobsearch::bench {
namespace {

constexpr std::size_t kRowsPerTransaction = 10000;

void exec(sqlite3* db, const char* sql) {
  check_sqlite(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
}

std::string body_text(const nlohmann::json& posting) {
  std::string body = posting.value("company", "");
  for (const char* list : {"places", "industries", "skills"}) {
    for (const auto& item : posting.at(list)) body += "\n" + item.get<std::string>();
  }
  return body + "\n" + posting.value("description", "");
}

class Loader {
 public:
  explicit Loader(sqlite3* db) : db_(db) {
    check_sqlite(db_,
                 sqlite3_prepare_v2(db_,
                                    "INSERT INTO jobs(rowid, title, body, company) "
                                    "VALUES (?1, ?2, ?3, ?4)",
                                    -1, &job_, nullptr),
                 "prepare insert");
    check_sqlite(db_,
                 sqlite3_prepare_v2(db_,
                                    "INSERT OR IGNORE INTO facets(doc, facet, value) "
                                    "VALUES (?1, ?2, ?3)",
                                    -1, &facet_, nullptr),
                 "prepare facet insert");
  }
  ~Loader() {
    sqlite3_finalize(job_);
    sqlite3_finalize(facet_);
  }

  void add(sqlite3_int64 doc, const nlohmann::json& posting) {
    const std::string title = posting.value("title", "");
    const std::string body = body_text(posting);
    const std::string company = posting.value("company", "");
    sqlite3_bind_int64(job_, 1, doc);
    sqlite3_bind_text(job_, 2, title.data(), static_cast<int>(title.size()), SQLITE_STATIC);
    sqlite3_bind_text(job_, 3, body.data(), static_cast<int>(body.size()), SQLITE_STATIC);
    sqlite3_bind_text(job_, 4, company.data(), static_cast<int>(company.size()), SQLITE_STATIC);
    step(job_);
    const char* names[] = {"location", "employment_type", "education"};
    for (int facet = 0; facet < 3; ++facet) {
      for (const auto& value : posting.at(names[facet])) {
        const std::string text = value.get<std::string>();
        sqlite3_bind_int64(facet_, 1, doc);
        sqlite3_bind_int(facet_, 2, facet);
        sqlite3_bind_text(facet_, 3, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
        step(facet_);
      }
    }
  }

 private:
  void step(sqlite3_stmt* statement) {
    int code = sqlite3_step(statement);
    if (code != SQLITE_DONE) check_sqlite(db_, code, "insert");
    sqlite3_reset(statement);
  }

  sqlite3* db_;
  sqlite3_stmt* job_ = nullptr;
  sqlite3_stmt* facet_ = nullptr;
};

}  // namespace

void check_sqlite(sqlite3* db, int code, const char* what) {
  if (code == SQLITE_OK || code == SQLITE_ROW || code == SQLITE_DONE) return;
  throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db));
}

LoadResult load_sqlite(const std::string& db_path, const std::string& export_path) {
  std::ifstream in(export_path);
  if (!in) throw std::runtime_error("cannot read " + export_path);
  sqlite3* db = nullptr;
  if (sqlite3_open(db_path.c_str(), &db) != SQLITE_OK) {
    std::string message = sqlite3_errmsg(db);
    sqlite3_close(db);
    throw std::runtime_error(db_path + ": " + message);
  }
  std::size_t rows = 0;
  auto merge_start = std::chrono::steady_clock::now();
  try {
    exec(db,
         "CREATE VIRTUAL TABLE jobs USING fts5(title, body, company UNINDEXED, "
         "tokenize = 'porter unicode61 remove_diacritics 2')");
    exec(db,
         "CREATE TABLE facets(doc INTEGER NOT NULL, facet INTEGER NOT NULL, "
         "value TEXT NOT NULL, PRIMARY KEY (doc, facet, value)) WITHOUT ROWID");
    Loader loader(db);
    exec(db, "BEGIN");
    std::string line;
    while (std::getline(in, line)) {
      loader.add(static_cast<sqlite3_int64>(++rows), nlohmann::json::parse(line));
      if (rows % kRowsPerTransaction == 0) exec(db, "COMMIT; BEGIN");
    }
    exec(db, "COMMIT");
    merge_start = std::chrono::steady_clock::now();
    exec(db, "CREATE INDEX facets_by_value ON facets(facet, value, doc)");
    exec(db, "INSERT INTO jobs(jobs) VALUES ('optimize')");
    exec(db, "VACUUM");
  } catch (...) {
    sqlite3_close(db);
    throw;
  }
  sqlite3_close(db);
  return {rows,
          std::chrono::duration<double>(std::chrono::steady_clock::now() - merge_start).count()};
}

}  // namespace jobsearch::bench
