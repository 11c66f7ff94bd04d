// position_record.h: where a posting's words stand, kept in one value.
//
// Xapian keeps a word's positions in a posting as one B-tree item of its
// own: about 18 bytes for each (word, posting) pair, half of the whole
// index and a good part of the writer's time. Only phrases (and NEAR)
// read them. So the words of the free text are stored without positions,
// and each posting keeps instead one record of its words in order: a
// 16-bit code per position. A phrase is checked on the postings holding
// all of its words (Xapian's posting lists say which), by finding their
// codes side by side in the record.
//
// The check is exact: a salt is chosen per posting so that few of its
// distinct words share a code (none, for most postings), and those that
// do are listed in the record and keep Xapian's positions, which are
// read for them instead. A posting checked holds every word of the
// phrase, so any other code met in its record can only be that word.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobsearch {

struct WordRecord {
  std::string bytes;                // empty when the posting holds no word
  std::vector<std::string> shared;  // words sharing a code, sorted: they keep Xapian's positions
};

// The record of the words `words` holds (a document a TermGenerator
// filled; positions start at 1).
WordRecord position_record(const Xapian::Document& words);

// The positions of each of `terms`, sorted: one list per term.
using TermPositions = std::vector<std::vector<Xapian::termpos>>;

// Whether `terms` (repeats allowed), standing at `positions`, stand
// within a span of `window` positions: in their order when `ordered` (a
// phrase; `window` == terms.size() for side by side), in any order
// otherwise (NEAR), a repeated term at as many positions.
bool positions_hold(const std::vector<std::string>& terms, const TermPositions& positions,
                    unsigned window, bool ordered);

// The salts a record may use (the one leaving the fewest words sharing
// codes is kept: one in eight postings of 140 distinct words has two
// sharing a code under a given salt, so a few tries nearly always leave
// none), and a word's code under one of them.
inline constexpr unsigned kPositionSalts = 8;
std::uint16_t position_code(std::string_view term, unsigned salt);

// A record as position_record wrote it.
class PositionRecord {
 public:
  explicit PositionRecord(std::string_view bytes) : bytes_(bytes) {}

  // Whether the words whose codes under salt() are `codes` (each a word
  // this posting holds) stand side by side in that order (an exact
  // phrase): one pass over the record, nothing allocated. Nothing when
  // that pass cannot tell: no record, or a word sharing its code.
  std::optional<bool> side_by_side(const std::vector<std::uint16_t>& codes) const;
  unsigned salt() const { return bytes_.empty() ? 0 : static_cast<unsigned char>(bytes_[0]); }

  // The positions of each of `terms`, each a word this posting holds;
  // those of a word sharing its code (of every word, when the posting has
  // no record: bytes empty) come from `xapian_positions`.
  TermPositions positions_of(const std::vector<std::string>& terms,
                             const std::function<std::vector<Xapian::termpos>(const std::string&)>&
                                 xapian_positions) const;

 private:
  std::string_view bytes_;
};

}  // namespace jobsearch
