// doc_set.h: a set of document ids of one database, as a bitset, and the
// ways Xapian fills and reads one.
//
// Facets are counted over every match of a query; the matches of each
// filter are the same from one request to the next (a database is never
// reopened under an engine), so they are kept as sets and intersected
// (match_set_cache.h). A dense bitset, not a compressed one: its AND is
// a loop over words, and at a million postings a set is 125 KB, small
// enough to bound a cache of them by bytes (see MatchSetCache).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <vector>

#include "searcher/engine/deadline.h"

namespace jobsearch {

class DocSet {
 public:
  // The empty set of ids 1 to `last` (Database::get_lastdocid()).
  explicit DocSet(Xapian::docid last = 0) : last_(last), words_(last / 64 + 1, 0) {}

  // Every id 1 to `last`.
  static DocSet all(Xapian::docid last);

  void insert(Xapian::docid docid) { words_[docid / 64] |= std::uint64_t{1} << (docid % 64); }
  bool contains(Xapian::docid docid) const {
    return docid <= last_ && (words_[docid / 64] >> (docid % 64) & 1) != 0;
  }

  // Keeps the ids also in `other` (a set of the same database).
  void intersect(const DocSet& other);
  // Adds the ids of `other` (a set of the same database).
  void unite(const DocSet& other);
  // Drops the ids of `other` (a set of the same database).
  void subtract(const DocSet& other);
  // How many ids it holds.
  std::uint64_t count() const;
  // Bytes held, for a cache's bound.
  std::size_t bytes() const { return words_.size() * sizeof(std::uint64_t); }
  // The first id at or after `docid` that the set holds; 0 when none.
  Xapian::docid first_from(Xapian::docid docid) const;

  // Calls fn(docid) for each id, in increasing order.
  template <typename Fn>
  void for_each(Fn&& fn) const {
    for (std::size_t w = 0; w < words_.size(); ++w) {
      for (std::uint64_t word = words_[w]; word != 0; word &= word - 1) {
        fn(static_cast<Xapian::docid>(w * 64 + static_cast<unsigned>(__builtin_ctzll(word))));
      }
    }
  }

 private:
  Xapian::docid last_;
  std::vector<std::uint64_t> words_;  // bit d of word d / 64: id d
};

// The ids of every document of `database` (local) that `query` (an empty
// one: every document) matches, in one unweighted match (a single term:
// its posting list, read without a match). Throws
// SearchTimeout when `deadline` expires first: never part of the set.
DocSet match_set(const Xapian::Database& database, const Xapian::Query& query,
                 const Deadline& deadline);

}  // namespace jobsearch
