// database_retry.h: reading a database that a writer may be committing to.
//
// A reader sees the revision it opened, and Xapian lets the writer reuse
// that revision's blocks once it has committed the next one: the reader's
// next read then fails, usually with Xapian::DatabaseModifiedError, but a
// block caught mid-rewrite can also read as Xapian::DatabaseCorruptError or
// a plain Xapian::DatabaseError ("EOF reading block"), and a document the
// match found as Xapian::DocNotFoundError. None of it is the
// reader's fault, and a fresh reader on the newest revision sees none of
// it; so such errors are answered by reopening and trying again. A search
// slower than the time between two commits can lose several times in a
// row, so the tries back off (letting the writer move on and the other
// searches finish), bounded in number and by the request's deadline.
// A database that is missing, unreadable or of another version
// (Xapian::DatabaseOpeningError) is not a commit: it fails at once.
#pragma once

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

#include "searcher/engine/deadline.h"

namespace jobsearch {

// Tries per question: with the back-off, about two seconds of a writer
// committing every few postings.
inline constexpr int kReadAttempts = 40;

// The pause before try `attempt` + 1: doubling from 1 ms to 50 ms, with
// jitter so that searches that failed together do not retry together.
inline std::chrono::microseconds retry_pause(int attempt) {
  thread_local std::minstd_rand random(std::random_device{}());
  const long ceiling = 1000L << std::min(attempt - 1, 6);
  const long pause = std::min(ceiling, 50000L);
  return std::chrono::microseconds(pause / 2 + static_cast<long>(random() % (pause / 2 + 1)));
}

// Returns fn(). When it throws a Xapian::DatabaseError other than
// DatabaseOpeningError, or a Xapian::DocNotFoundError, pauses (retry_pause), calls reopen() and
// fn() again, up to kReadAttempts tries in all or until `deadline` has expired, then lets the last
// error through. Any other exception passes at once.
template <typename Fn, typename Reopen>
auto retry_after_commits(Fn&& fn, Reopen&& reopen, const Deadline& deadline = {})
    -> decltype(fn()) {
  for (int attempt = 1;; ++attempt) {
    try {
      return fn();
    } catch (const Xapian::DatabaseOpeningError&) {
      throw;
    } catch (const Xapian::DatabaseError&) {
      if (attempt >= kReadAttempts || deadline.expired()) throw;
    } catch (const Xapian::DocNotFoundError&) {  // a reused block read as no document
      if (attempt >= kReadAttempts || deadline.expired()) throw;
    }
    std::this_thread::sleep_for(retry_pause(attempt));
    reopen();
  }
}

}  // namespace jobsearch
