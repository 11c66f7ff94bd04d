// length_weight.h: Xapian's BM25 with each document's length read from a
// column in memory rather than from the database's length list.
//
// BM25 needs the length of every candidate it weighs, and Xapian 1.4
// reads it from the length list, a posting list it decodes from the start
// of each chunk: for a query with many matches, the whole list (a million
// entries at a million postings), about half of the ranked match. Xapian
// alone, get_mset(0, 20) of "engineer" with its title boost: 4.0 -> 2.4 ms
// at 200,000 postings, 21.1 -> 12.2 ms at a million. A Weight is not told
// which document it weighs, so the query is filtered through a source that
// notes each candidate as the matcher settles on it (an AND's filter is
// positioned on every match before the match is weighed), and the weight
// reads that candidate's length: the same lengths and the same arithmetic
// as Xapian's BM25Weight, so the same scores to the last bit
// (LengthWeightTest compares them over the query shapes the engine makes).
// Except a phrase or NEAR that weighs something: Xapian weighs one ahead
// of the match, over the whole AND it sits in, where that AND stands while
// looking for its next posting (to skip those too light for the page), and
// keeps that weight: only the length Xapian reads there gives its score,
// so such a query keeps Xapian's BM25. The query builder weighs a phrase
// by its words beside it, the phrase itself weighing nothing
// (phrases_weighed_as_words in query_builder.cpp).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace jobsearch {

// Every document's length (the sum of its terms' wdf, as Xapian keeps it)
// by docid, read once per revision from the length list.
class LengthColumn {
 public:
  explicit LengthColumn(const Xapian::Database& database);
  // Document `docid`'s length; 0 past the last document read.
  Xapian::termcount at(Xapian::docid docid) const {
    return docid < lengths_.size() ? lengths_[docid] : 0;
  }

 private:
  std::vector<std::uint32_t> lengths_;  // by docid
};

// A query and the weighting that scores it as Xapian::BM25Weight() would,
// with lengths from `lengths` (of the one local database both are run on).
struct LengthWeighing {
  Xapian::Query query;
  std::unique_ptr<Xapian::Weight> weight;
};
// `query` so weighed; nothing when it holds a phrase or NEAR that weighs
// something (see above).
std::optional<LengthWeighing> weighed_by_lengths(const Xapian::Query& query,
                                                 const LengthColumn& lengths);

}  // namespace jobsearch
