// facet_column.h: one facet slot's values for every document, held in
// memory as small integers.
//
// Counting facets by reading each matching document's value string and
// hashing it costs more than the match itself; with the values numbered
// once per database (ordinals), counting is an array increment per value.
#pragma once

#include <xapian.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "searcher/engine/doc_set.h"

namespace jobsearch {

class FacetColumn {
 public:
  // Reads `slot` of every document (values joined by
  // schema::kValueSeparator) in one pass over its value stream.
  FacetColumn(const Xapian::Database& database, Xapian::valueno slot);

  // The ordinals of document `docid`'s values, as [first, last).
  const std::uint32_t* begin(Xapian::docid docid) const {
    return single() ? &only_[docid] : &ordinals_[starts_[docid]];
  }
  const std::uint32_t* end(Xapian::docid docid) const {
    return single() ? &only_[docid] + (only_[docid] != kNone) : &ordinals_[starts_[docid + 1]];
  }
  bool covers(Xapian::docid docid) const { return docid <= last_; }

  std::size_t value_count() const { return values_.size(); }
  const std::string& value(std::uint32_t ordinal) const { return values_[ordinal]; }
  // The facet term of value `ordinal` (facet_term; "" when it normalises
  // to nothing, or when the slot is no facet's), derived once here rather
  // than for every request that lists the value.
  const std::string& term(std::uint32_t ordinal) const { return terms_[ordinal]; }
  // The values filed under one term (spellings of one place) share a
  // group; a value without a term is a group of its own. Numbered from 0
  // to group_count() - 1, once per revision.
  std::uint32_t group(std::uint32_t ordinal) const { return groups_[ordinal]; }
  std::size_t group_count() const { return group_count_; }

  // Adds one to counts[o] (value_count() long) for each value o of each
  // document of `set` (a set of this database). Column by column, not
  // document by document: the search page counts ten facets over sets of
  // up to every posting, and one column's arrays read in order stay in
  // the caches where ten read side by side do not (1.6x faster).
  void count(const DocSet& set, std::vector<std::uint64_t>& counts) const;

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  // Whether no document holds more than one value (an employment type, a
  // remote flag, a company...): then each document's ordinal is read
  // directly (only_), without the indirection through starts_.
  bool single() const { return !only_.empty(); }
  // Turns the column to only_ when single().
  void keep_single_values();
  // Fills terms_ (and groups_) for the facet of `slot`.
  void derive_terms(Xapian::valueno slot);

  Xapian::docid last_ = 0;
  std::vector<std::uint32_t> starts_;    // by docid: first index into ordinals_
  std::vector<std::uint32_t> ordinals_;  // each document's values, in docid order
  std::vector<std::uint32_t> only_;      // when single(), by docid: its ordinal or kNone
  std::vector<std::string> values_;      // by ordinal
  std::vector<std::string> terms_;       // by ordinal
  std::vector<std::uint32_t> groups_;    // by ordinal
  std::size_t group_count_ = 0;
};

// One number slot (sortable_serialise'd: salary, experience, a date) of
// every document, for range facets counted over a set of documents.
class NumberColumn {
 public:
  // Reads `slot` of every document in one pass over its value stream.
  NumberColumn(const Xapian::Database& database, Xapian::valueno slot);

  // Whether document `docid` has a value in the slot, and the value.
  bool has(Xapian::docid docid) const {
    return docid < numbers_.size() && !std::isnan(numbers_[docid]);
  }
  double at(Xapian::docid docid) const { return numbers_[docid]; }
  // One past the highest docid it holds.
  std::size_t size() const { return numbers_.size(); }

 private:
  // By docid; NaN for none (an empty value): one array to read, where a
  // second of presence bits cost a bit's extraction per document counted.
  std::vector<double> numbers_;
};

// One collapse-key slot (re-posts: schema::kSlotRepostKey) of every
// document as a 64-bit key: what a page ordered by a value needs to bring
// a re-post's whole group along (value_page.h). A key is the value's 16
// hex digits, or a hash of any other value; two values sharing a key only
// bring more documents.
class KeyColumn {
 public:
  // Reads `slot` of every document in one pass over its value stream.
  KeyColumn(const Xapian::Database& database, Xapian::valueno slot);

  // Document `docid`'s key; 0 when it has no value (never collapsed).
  std::uint64_t at(Xapian::docid docid) const { return docid < keys_.size() ? keys_[docid] : 0; }

 private:
  std::vector<std::uint64_t> keys_;  // by docid
};

// One slot of every document as its bytes (the posting id: what breaks
// relevance ties), so that the matcher's sort key is read from memory:
// Xapian reads a value by finding its chunk in the B-tree, a block read
// (pread) for most candidates (a top-10 took 1.2x the time).
class TextColumn {
 public:
  // Reads `slot` of every document in one pass over its value stream.
  TextColumn(const Xapian::Database& database, Xapian::valueno slot);

  // Document `docid`'s value; empty when it has none.
  std::string_view at(Xapian::docid docid) const {
    if (docid + 1 >= starts_.size()) return {};
    return std::string_view(bytes_).substr(starts_[docid], starts_[docid + 1] - starts_[docid]);
  }

 private:
  std::string bytes_;                  // every value, in docid order
  std::vector<std::uint32_t> starts_;  // by docid: first byte in bytes_; then the end
};

}  // namespace jobsearch
