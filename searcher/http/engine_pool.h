// http_engine_pool.h: search engines for the HTTP server's requests, a
// bounded number at a time, kept up to date with a database that an
// indexer may be writing.
//
// Connections are many and cheap (http_connections.h); searches are few
// and costly (memory, disk, a core each). So a request borrows one of
// `slots` readers only while it searches: a slow client, reading or
// writing, never holds one. Xapian handles are not shared between
// threads, so each reader serves one request at a time. A reader sees the
// database as it was when it was opened; the pool notices a writer's
// commits (at most `reopen_interval` late) and hands out fresh readers
// from then on.
#pragma once

#include <xapian.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <ctime>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "searcher/engine/database_retry.h"
#include "searcher/engine/database_watch.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/query_limits.h"
#include "searcher/engine/search_engine.h"

namespace jobsearch {

// One reader: a search engine (searches, postings, suggestions and
// statistics all go through it, so the HTTP layer never touches Xapian).
struct Reader {
  Reader(const std::string& path, const QueryLimits& limits, ShardCaches* shared)
      : engine(path, limits, shared) {}
  SearchEngine engine;
  std::uint64_t generation = 0;  // the pool's generation when it was opened
};

// No reader came free before the request's deadline, or the database
// changed under every try: the server is overloaded, not broken (503).
class ServerBusy : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class EnginePool {
 public:
  // Up to `slots` readers (searches at once) of the database at `path`,
  // holding query texts to `limits`. Opens it once now: throws
  // Xapian::DatabaseError when it is missing or damaged.
  EnginePool(std::string path, std::chrono::milliseconds reopen_interval, unsigned slots,
             const QueryLimits& limits = {});

  // Calls fn(Reader&) with a reader no other thread is using and returns
  // what fn returns, waiting for a free slot until `deadline` (then throws
  // ServerBusy). When a writer's commits overtake the reader (a
  // Xapian::DatabaseError, see database_retry.h), calls fn again with a
  // fresh reader, without holding a slot in between, up to kReadAttempts
  // tries or the deadline; when the database kept changing every time,
  // throws ServerBusy, and another database error passes through. Other
  // exceptions pass through at once, and the reader is kept.
  template <typename Fn>
  auto with_reader(Fn&& fn, const Deadline& deadline = {})
      -> decltype(fn(std::declval<Reader&>())) {
    try {
      return retry_after_commits([&] { return with_one_reader(fn, deadline); },
                                 [this] { note_modified(); }, deadline);
    } catch (const Xapian::DatabaseModifiedError&) {
      throw ServerBusy(
          "the database kept changing under this search (an indexer is committing often); "
          "try again");
    }
  }

  // The generation readers are handed out at now: what an answer made now
  // would be made on (for caching). Looks for commits first.
  std::uint64_t generation();

  const std::string& path() const { return path_; }

  // True when a search could take a slot now (for readiness checks).
  bool slot_free();

  // Slots taken now: the searches running, the caller's own included when
  // it holds one (for choosing what a search runs in parallel).
  unsigned slots_taken();

  // Readers opened so far, the first ones included: each commit seen makes
  // the next searches open fresh ones.
  std::uint64_t readers_opened() const { return readers_opened_; }

  // When the database last changed, as seconds since the epoch: the newest
  // modification time of its files (a commit rewrites some), or of the
  // stub file; 0 when none can be read.
  std::time_t last_update() const;

 private:
  template <typename Fn>
  auto with_one_reader(Fn& fn, const Deadline& deadline) -> decltype(fn(std::declval<Reader&>())) {
    std::unique_ptr<Reader> reader = acquire(deadline);
    try {
      auto result = fn(*reader);
      release(std::move(reader));
      return result;
    } catch (const Xapian::DatabaseError&) {
      release(nullptr);  // the reader is stale: dropped
      throw;
    } catch (const ShardUnavailable&) {
      release(nullptr);  // its connections are broken: the next reader connects afresh
      throw;
    } catch (...) {
      release(std::move(reader));
      throw;
    }
  }

  // Takes a slot (waiting until `deadline`) and a reader for it; release()
  // gives both back, the reader for reuse unless null or stale.
  std::unique_ptr<Reader> acquire(const Deadline& deadline);
  void release(std::unique_ptr<Reader> reader);
  void take_slot(const Deadline& deadline);
  void note_modified();
  void check_for_commits(std::chrono::steady_clock::time_point now);

  const std::string path_;
  const std::chrono::milliseconds reopen_interval_;
  const unsigned slots_;
  const QueryLimits limits_;
  std::mutex mutex_;  // guards everything below
  std::condition_variable slot_freed_;
  unsigned busy_ = 0;    // slots taken
  DatabaseWatch watch_;  // notices commits
  std::chrono::steady_clock::time_point last_check_;
  std::uint64_t generation_ = 0;  // bumped on each detected commit
  std::vector<std::unique_ptr<Reader>> idle_;
  std::atomic<std::uint64_t> readers_opened_{0};
  ShardCaches shard_caches_;  // the readers' columns and sets, one per revision
};

}  // namespace jobsearch
