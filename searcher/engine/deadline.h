// deadline.h: a request's time budget, and how a search keeps to it.
//
// A question may be costly in ways no input limit foresees (a large
// database, many facets, a slow disk), and a server thread busy with it is
// one fewer for everyone else. So a search may be given a deadline. Xapian
// cannot end a match on its own: Enquire::set_time_limit only turns off
// check_at_least once the time is up, so a facet pass would then return
// part of its counts, silently; and a match spy is not called for the
// documents a ranked match rejects as too light, which is where a long
// query spends its time. So each match's query also carries a posting
// source that matches every document and ends the match by throwing
// SearchTimeout, and the engine looks at the deadline between its phases
// (facet passes, the ranked match, hits and snippets, spelling): an answer
// is either whole or refused.
#pragma once

#include <xapian.h>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

namespace jobsearch {

// A search that ran out of its time: neither the asker's mistake (a
// SearchError) nor a bug. HTTP 503; `jobsearch` exit code 6.
class SearchTimeout : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "10 s", "0.5 s": a duration as messages give it.
std::string duration_text(std::chrono::steady_clock::duration duration);

class Deadline {
 public:
  using Clock = std::chrono::steady_clock;

  // No deadline: never expires.
  Deadline() = default;

  // Expires `budget` after `start`.
  static Deadline after(Clock::duration budget, Clock::time_point start = Clock::now());

  bool is_set() const { return end_.has_value(); }
  bool expired() const { return end_ && Clock::now() >= *end_; }
  // When it expires; only when is_set().
  Clock::time_point end() const { return *end_; }

  // Throws SearchTimeout naming the budget once it has expired.
  void check() const;

  // The budget as messages give it (duration_text).
  std::string budget_text() const { return duration_text(budget_); }

 private:
  std::optional<Clock::time_point> end_;
  Clock::duration budget_{};
};

// `query` held to `deadline`: the same matches and weights, but a match
// over it throws SearchTimeout once the deadline has passed (looking at the
// clock every few documents it considers, weighed or not). `query` itself
// without a deadline. Xapian cannot send the posting source to a remote
// shard: only for databases whose shards are all local.
Xapian::Query within(const Deadline& deadline, const Xapian::Query& query);

// Sets `enquire`'s time limit to what is left of `deadline` (none without
// one), so that a match with a high check_at_least stops early; a caller
// must still check() after the match, as Xapian then returns normally.
// Throws SearchTimeout at once when the deadline has already passed.
void limit_time(const Deadline& deadline, Xapian::Enquire& enquire);

}  // namespace jobsearch
