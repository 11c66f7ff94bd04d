#include "searcher/engine/deadline.h"

#include <algorithm>
#include <cstdio>

#include "searcher/engine/every_document_source.h"

namespace jobsearch {
namespace {

// Documents considered between two looks at the clock: a clock read costs
// about as much as a posting list step.
constexpr unsigned kDocumentsPerLook = 32;

// Every document id, looking at the deadline as the match moves on.
class DeadlineSource : public EveryDocumentSource {
 public:
  explicit DeadlineSource(const Deadline& deadline) : deadline_(deadline) {}

  PostingSource* clone() const override { return new DeadlineSource(deadline_); }
  std::string get_description() const override { return "DeadlineSource()"; }

 private:
  void moving_to(Xapian::docid) override {
    if (seen_++ % kDocumentsPerLook == 0) deadline_.check();
  }

  const Deadline deadline_;
  unsigned seen_ = 0;
};

}  // namespace

Deadline Deadline::after(Clock::duration budget, Clock::time_point start) {
  Deadline deadline;
  deadline.end_ = start + budget;
  deadline.budget_ = budget;
  return deadline;
}

void Deadline::check() const {
  if (expired())
    throw SearchTimeout("the search took longer than its time budget of " + budget_text());
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

Xapian::Query within(const Deadline& deadline, const Xapian::Query& query) {
  if (!deadline.is_set()) return query;
  return filtered_by(query, new DeadlineSource(deadline));
}

void limit_time(const Deadline& deadline, Xapian::Enquire& enquire) {
  if (!deadline.is_set()) return;
  deadline.check();
  // 0 would mean no limit: the check above leaves at least a little.
  std::chrono::duration<double> left = deadline.end() - Deadline::Clock::now();
  enquire.set_time_limit(std::max(left.count(), 1e-6));
}

}  // namespace jobsearch
