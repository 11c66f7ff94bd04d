// every_document_source.h: a weightless posting source of every document
// id, which a match filtered by it moves to each document it considers.
//
// In an AND (a filter) the matcher asks such a source about each document
// it considers, whatever its weight, before that document is weighed: a
// hook on the match's way through the postings, to look at the clock
// (deadline.h) or note the candidate (length_weight.h).
#pragma once

#include <xapian.h>

namespace jobsearch {

class EveryDocumentSource : public Xapian::PostingSource {
 public:
  void init(const Xapian::Database& database) override;
  // As many as the database holds: the AND's estimates are the other side's.
  Xapian::doccount get_termfreq_min() const override { return documents_; }
  Xapian::doccount get_termfreq_est() const override { return documents_; }
  Xapian::doccount get_termfreq_max() const override { return documents_; }
  void next(double) override { move_to(current_ + 1); }
  void skip_to(Xapian::docid docid, double) override {
    move_to(docid > current_ ? docid : current_);
  }
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }

 protected:
  // Called as the source moves to `docid`, 0 when it starts.
  virtual void moving_to(Xapian::docid docid) = 0;

 private:
  void move_to(Xapian::docid docid) {
    moving_to(docid);
    current_ = docid;
  }

  Xapian::docid current_ = 0, last_ = 0;
  Xapian::doccount documents_ = 0;
};

// `query` (every document when empty) filtered by `source`, which the
// query then owns.
Xapian::Query filtered_by(const Xapian::Query& query, EveryDocumentSource* source);

}  // namespace jobsearch
