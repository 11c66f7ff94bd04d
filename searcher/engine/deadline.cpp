#include "searcher/engine/deadline.h"

#include <algorithm>
#include <cstdio>

namespace jobsearch {
namespace {

// Documents considered between two looks at the clock: a clock read costs
// about as much as a posting list step.
constexpr unsigned kDocumentsPerLook = 32;

// Every document id, 1 to the last, looking at the deadline as the match
// moves on; no weight. In an AND (a filter) the match asks it about each
// document it considers, whatever its weight.
class DeadlineSource : public Xapian::PostingSource {
 public:
  explicit DeadlineSource(const Deadline& deadline) : deadline_(deadline) {}

  void init(const Xapian::Database& database) override {
    last_ = database.get_lastdocid();
    current_ = 0;
    // As many as the database holds: the AND's estimates are the other side's.
    set_maxweight(0);
    documents_ = database.get_doccount();
  }
  Xapian::doccount get_termfreq_min() const override { return documents_; }
  Xapian::doccount get_termfreq_est() const override { return documents_; }
  Xapian::doccount get_termfreq_max() const override { return documents_; }
  void next(double) override { move_to(current_ + 1); }
  void skip_to(Xapian::docid docid, double) override { move_to(std::max(docid, current_)); }
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }
  PostingSource* clone() const override { return new DeadlineSource(deadline_); }
  std::string get_description() const override { return "DeadlineSource()"; }

 private:
  void move_to(Xapian::docid docid) {
    if (seen_++ % kDocumentsPerLook == 0) deadline_.check();
    current_ = docid;
  }

  const Deadline deadline_;
  Xapian::docid current_ = 0, last_ = 0;
  Xapian::doccount documents_ = 0;
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
  Xapian::Query base = query.empty() ? Xapian::Query(std::string()) : query;
  auto* source = new DeadlineSource(deadline);
  return Xapian::Query(Xapian::Query::OP_FILTER, base, Xapian::Query(source->release()));
}

void limit_time(const Deadline& deadline, Xapian::Enquire& enquire) {
  if (!deadline.is_set()) return;
  deadline.check();
  // 0 would mean no limit: the check above leaves at least a little.
  std::chrono::duration<double> left = deadline.end() - Deadline::Clock::now();
  enquire.set_time_limit(std::max(left.count(), 1e-6));
}

}  // namespace jobsearch
