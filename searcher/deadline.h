// deadline.h: a request's time budget, and how a search keeps to it.
//
// A question may be costly in ways no input limit foresees (a large
// database, many facets, a slow disk), and a server thread busy with it is
// one fewer for everyone else. So a search may be given a deadline. Xapian
// cannot end a match on its own: Enquire::set_time_limit only turns off
// check_at_least once the time is up, so a facet pass would then return
// part of its counts, silently. Each match therefore also carries a spy
// that ends it by throwing SearchTimeout, and the engine looks at the
// deadline between its phases (facet passes, the ranked match, hits and
// snippets, spelling), so an answer is either whole or refused.
#pragma once

#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

#include <xapian.h>

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

// Holds `enquire`'s match to `deadline` for as long as it lives: sets the
// Xapian time limit to what is left and adds a match spy that throws
// SearchTimeout once it expires (looking at the clock every few
// documents). Does nothing without a deadline; throws SearchTimeout at
// once when it has already expired. Must outlive the get_mset calls, and
// a caller should still check() after one, as a match cut short by the
// time limit returns normally.
class DeadlineGuard {
 public:
  DeadlineGuard(const Deadline& deadline, Xapian::Enquire& enquire);
  DeadlineGuard(const DeadlineGuard&) = delete;
  DeadlineGuard& operator=(const DeadlineGuard&) = delete;

 private:
  class Spy : public Xapian::MatchSpy {
   public:
    explicit Spy(const Deadline& deadline) : deadline_(deadline) {}
    void operator()(const Xapian::Document& document, double weight) override;

   private:
    const Deadline& deadline_;
    unsigned seen_ = 0;
  };
  Spy spy_;
};

}  // namespace jobsearch
