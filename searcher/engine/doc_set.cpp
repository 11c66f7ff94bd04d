#include "searcher/engine/doc_set.h"

#include <algorithm>

namespace jobsearch {
namespace {

// Sets the bit of each document it sees.
class SetSpy : public Xapian::MatchSpy {
 public:
  explicit SetSpy(DocSet& set) : set_(set) {}
  void operator()(const Xapian::Document& document, double) override {
    set_.insert(document.get_docid());
  }

 private:
  DocSet& set_;
};

}  // namespace

DocSet DocSet::all(Xapian::docid last) {
  DocSet set(last);
  std::fill(set.words_.begin(), set.words_.end(), ~std::uint64_t{0});
  set.words_[0] &= ~std::uint64_t{1};     // there is no id 0
  const unsigned tail = (last + 1) % 64;  // bits of the last word in use
  if (tail != 0) set.words_.back() &= (std::uint64_t{1} << tail) - 1;
  return set;
}

void DocSet::intersect(const DocSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] &= other.words_[w];
}

void DocSet::unite(const DocSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] |= other.words_[w];
}

void DocSet::subtract(const DocSet& other) {
  for (std::size_t w = 0; w < words_.size(); ++w) words_[w] &= ~other.words_[w];
}

std::uint64_t DocSet::count() const {
  std::uint64_t total = 0;
  for (std::uint64_t word : words_) total += static_cast<unsigned>(__builtin_popcountll(word));
  return total;
}

Xapian::docid DocSet::first_from(Xapian::docid docid) const {
  if (docid > last_) return 0;
  std::size_t w = docid / 64;
  std::uint64_t word = words_[w] & (~std::uint64_t{0} << (docid % 64));
  while (word == 0) {
    if (++w == words_.size()) return 0;
    word = words_[w];
  }
  return static_cast<Xapian::docid>(w * 64 + static_cast<unsigned>(__builtin_ctzll(word)));
}

// Postings read between two looks at the clock.
constexpr unsigned kPostingsPerLook = 4096;

DocSet match_set(const Xapian::Database& database, const Xapian::Query& query,
                 const Deadline& deadline) {
  DocSet set(database.get_lastdocid());
  if (query.get_type() == Xapian::Query::LEAF_TERM) {  // its posting list, without a match
    const std::string term = *query.get_terms_begin();
    unsigned read = 0;
    for (auto it = database.postlist_begin(term); it != database.postlist_end(term); ++it) {
      if (++read % kPostingsPerLook == 0) deadline.check();
      set.insert(*it);
    }
    deadline.check();
    return set;
  }
  SetSpy spy(set);
  Xapian::Enquire enquire(database);
  enquire.set_query(within(deadline, query.empty() ? Xapian::Query(std::string()) : query));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.add_matchspy(&spy);
  limit_time(deadline, enquire);
  enquire.get_mset(0, 0, database.get_doccount());
  deadline.check();  // past the time limit Xapian stops early, without a word
  return set;
}

}  // namespace jobsearch
