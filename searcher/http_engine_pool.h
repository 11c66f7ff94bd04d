// http_engine_pool.h: search engines for the HTTP server's worker threads,
// kept up to date with a database that an indexer may be writing.
//
// Xapian handles are not shared between threads, so each request borrows a
// reader of its own and gives it back. A reader sees the database as it was
// when it was opened; the pool notices a writer's commits (at most
// `reopen_interval` late) and hands out fresh readers from then on.
#pragma once

#include <chrono>
#include <cstdint>
#include <ctime>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "search_engine.h"

namespace jobsearch {

// One reader: a search engine and a database handle (for suggestions and
// statistics) on the same revision.
struct Reader {
  explicit Reader(const std::string& path) : engine(path), database(path) {}
  SearchEngine engine;
  Xapian::Database database;
  std::uint64_t generation = 0;  // the pool's generation when it was opened
};

class EnginePool {
 public:
  // Tries per request; a writer committing every few milliseconds makes
  // several in a row fail now and then.
  static constexpr int kAttempts = 10;

  // Readers of the database at `path`. Opens it once now: throws
  // Xapian::DatabaseError when it is missing or damaged.
  EnginePool(std::string path, std::chrono::milliseconds reopen_interval);

  // Calls fn(Reader&) with a reader no other thread is using and returns
  // what fn returns. When a writer's commits overtake the reader (Xapian
  // reports Xapian::DatabaseModifiedError, or sometimes a
  // DatabaseCorruptError for a block it saw rewritten), calls fn again with
  // a fresh reader, up to kAttempts times in all, then lets the error
  // through (a database that is really damaged fails every time). Other
  // exceptions pass through at once, and the reader is kept.
  template <typename Fn>
  auto with_reader(Fn&& fn) -> decltype(fn(std::declval<Reader&>())) {
    for (int attempt = 1;; ++attempt) {
      std::unique_ptr<Reader> reader;
      try {
        reader = acquire();
        auto result = fn(*reader);
        release(std::move(reader));
        return result;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt == kAttempts) throw;
      } catch (const Xapian::DatabaseCorruptError&) {
        if (attempt == kAttempts) throw;
      } catch (...) {
        if (reader) release(std::move(reader));
        throw;
      }
      note_modified();
    }
  }

  const std::string& path() const { return path_; }

  // When the database last changed, as seconds since the epoch: the newest
  // modification time of its files (a commit rewrites some), or of the
  // stub file; 0 when none can be read.
  std::time_t last_update() const;

 private:
  std::unique_ptr<Reader> acquire();
  void release(std::unique_ptr<Reader> reader);
  void note_modified();
  void check_for_commits(std::chrono::steady_clock::time_point now);

  const std::string path_;
  const std::chrono::milliseconds reopen_interval_;
  std::mutex mutex_;                         // guards everything below
  Xapian::Database probe_;                   // reopened to detect commits
  std::chrono::steady_clock::time_point last_check_;
  std::uint64_t generation_ = 0;             // bumped on each detected commit
  std::vector<std::unique_ptr<Reader>> idle_;
};

}  // namespace jobsearch
