#include "deadline.h"

#include <algorithm>
#include <cstdio>

namespace jobsearch {
namespace {

// Documents a spy lets pass between two looks at the clock: a clock read
// costs about as much as counting a document's facets.
constexpr unsigned kDocumentsPerLook = 32;

}  // namespace

Deadline Deadline::after(Clock::duration budget, Clock::time_point start) {
  Deadline deadline;
  deadline.end_ = start + budget;
  deadline.budget_ = budget;
  return deadline;
}

void Deadline::check() const {
  if (expired()) throw SearchTimeout("the search took longer than its time budget of " + budget_text());
}

std::string duration_text(std::chrono::steady_clock::duration duration) {
  const double seconds = std::chrono::duration<double>(duration).count();
  char text[32];
  if (seconds >= 0.001) {
    std::snprintf(text, sizeof text, "%g s", seconds);
  } else {
    std::snprintf(text, sizeof text, "%g ms", seconds * 1000);
  }
  return text;
}

DeadlineGuard::DeadlineGuard(const Deadline& deadline, Xapian::Enquire& enquire) : spy_(deadline) {
  if (!deadline.is_set()) return;
  deadline.check();
  // 0 would mean no limit: the check above leaves at least a little.
  std::chrono::duration<double> left = deadline.end() - Deadline::Clock::now();
  enquire.set_time_limit(std::max(left.count(), 1e-6));
  enquire.add_matchspy(&spy_);
}

void DeadlineGuard::Spy::operator()(const Xapian::Document&, double) {
  if (seen_++ % kDocumentsPerLook == 0) deadline_.check();
}

}  // namespace jobsearch
