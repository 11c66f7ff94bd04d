#include "searcher/engine/newer_documents.h"

#include <algorithm>

namespace jobsearch {
namespace {

// Every document id from after + 1 to the database's last.
class NewerDocuments : public Xapian::PostingSource {
 public:
  explicit NewerDocuments(Xapian::docid after) : after_(after) {}

  void init(const Xapian::Database& database) override {
    last_ = database.get_lastdocid();
    current_ = after_;
    started_ = false;
    set_maxweight(0);
    count_ = last_ > after_ ? last_ - after_ : 0;
  }
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return count_; }
  Xapian::doccount get_termfreq_max() const override { return count_; }
  void next(double) override {
    current_ = started_ ? current_ + 1 : after_ + 1;
    started_ = true;
  }
  void skip_to(Xapian::docid docid, double) override {
    current_ = std::max({docid, started_ ? current_ : after_ + 1, after_ + 1});
    started_ = true;
  }
  bool at_end() const override { return current_ > last_; }
  Xapian::docid get_docid() const override { return current_; }
  PostingSource* clone() const override { return new NewerDocuments(after_); }
  std::string get_description() const override {
    return "NewerDocuments(" + std::to_string(after_) + ")";
  }

 private:
  Xapian::docid after_;
  Xapian::docid current_ = 0, last_ = 0;
  Xapian::doccount count_ = 0;
  bool started_ = false;
};

}  // namespace

Xapian::Query newer_documents(Xapian::docid after) {
  return Xapian::Query((new NewerDocuments(after))->release());
}

}  // namespace jobsearch
