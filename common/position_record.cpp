#include "common/position_record.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>

namespace jobsearch {
namespace {

// The codes that more than one of `terms` (distinct) has under `salt`.
std::vector<std::uint16_t> shared_codes(const std::vector<std::string>& terms, unsigned salt) {
  std::vector<std::uint16_t> codes;
  for (const std::string& term : terms) codes.push_back(position_code(term, salt));
  std::sort(codes.begin(), codes.end());
  std::vector<std::uint16_t> shared;
  for (std::size_t i = 1; i < codes.size(); ++i) {
    if (codes[i] == codes[i - 1] && (shared.empty() || shared.back() != codes[i]))
      shared.push_back(codes[i]);
  }
  return shared;
}

void put_code(std::string& out, std::uint16_t code) {
  out.push_back(static_cast<char>(code & 0xff));
  out.push_back(static_cast<char>(code >> 8));
}

std::uint16_t code_at(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[at]) |
                                    (static_cast<unsigned char>(bytes[at + 1]) << 8));
}

// The codes in position order, a run of N positions without a word as 0
// then N: fields lie 100 positions apart (Xapian's increase_termpos), so
// that no phrase or NEAR spans two.
void put_codes(std::string& out, const std::vector<std::uint16_t>& codes) {
  for (std::size_t at = 0; at < codes.size();) {
    if (codes[at] != 0) {
      put_code(out, codes[at++]);
      continue;
    }
    std::size_t run = 0;
    while (at + run < codes.size() && codes[at + run] == 0 && run < 0xffff) ++run;
    put_code(out, 0);
    put_code(out, static_cast<std::uint16_t>(run));
    at += run;
  }
}

bool ordered_within(const TermPositions& positions, unsigned window) {
  for (Xapian::termpos first : positions[0]) {
    Xapian::termpos last = first;
    for (std::size_t i = 1; i < positions.size(); ++i) {
      auto next = std::upper_bound(positions[i].begin(), positions[i].end(), last);
      if (next == positions[i].end()) return false;  // nor from any later start
      last = *next;
    }
    if (last - first < window) return true;
  }
  return false;
}

bool unordered_within(const std::vector<std::string>& terms, const TermPositions& positions,
                      unsigned window) {
  std::map<std::string, std::size_t> first;  // each distinct term's first index
  std::vector<std::size_t> needed(terms.size(), 0);
  for (std::size_t i = 0; i < terms.size(); ++i) ++needed[first.emplace(terms[i], i).first->second];
  for (const auto& starts : positions) {
    for (Xapian::termpos start : starts) {
      bool all = true;
      for (const auto& [term, i] : first) {
        auto from = std::lower_bound(positions[i].begin(), positions[i].end(), start);
        auto to = std::lower_bound(from, positions[i].end(), start + window);
        all = all && static_cast<std::size_t>(to - from) >= needed[i];
      }
      if (all) return true;
    }
  }
  return false;
}

}  // namespace

// FNV-1a, folded to 16 bits; 0 means no word.
std::uint16_t position_code(std::string_view term, unsigned salt) {
  std::uint32_t hash = 2166136261u ^ salt;
  for (unsigned char c : term) hash = (hash ^ c) * 16777619u;
  const auto code = static_cast<std::uint16_t>(hash ^ (hash >> 16));
  return code == 0 ? 1 : code;
}

std::optional<bool> PositionRecord::side_by_side(const std::vector<std::uint16_t>& codes) const {
  if (bytes_.size() < 3 || codes.empty()) return std::nullopt;
  const std::size_t shared = code_at(bytes_, 1);
  const std::size_t header = 3 + 2 * shared;
  if (bytes_.size() < header) return std::nullopt;
  for (std::size_t k = 0; k < shared; ++k) {
    if (std::find(codes.begin(), codes.end(), code_at(bytes_, 3 + 2 * k)) != codes.end())
      return std::nullopt;
  }
  // A run of positions without words is 0 (no word's code) and its
  // length: a phrase never matches across it, nor starts at the length.
  for (std::size_t at = header; at + 1 < bytes_.size(); at += 2) {
    const std::uint16_t code = code_at(bytes_, at);
    if (code == 0) at += 2;
    if (code != codes[0]) continue;
    std::size_t i = 1;
    while (i < codes.size() && at + 2 * i + 1 < bytes_.size() &&
           code_at(bytes_, at + 2 * i) == codes[i])
      ++i;
    if (i == codes.size()) return true;
  }
  return false;
}

// Layout: the salt (1 byte), the number of shared codes (2 bytes), those
// codes (2 bytes each), then the codes of positions 1, 2, ... (put_codes).
WordRecord position_record(const Xapian::Document& words) {
  std::vector<std::string> terms;
  Xapian::termpos end = 0;
  for (auto term = words.termlist_begin(); term != words.termlist_end(); ++term) {
    if (term.positionlist_count() == 0) continue;
    terms.push_back(*term);
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos)
      end = std::max(end, *pos);
  }
  WordRecord out;
  if (terms.empty()) return out;
  unsigned salt = 0;
  std::vector<std::uint16_t> shared = shared_codes(terms, 0);
  for (unsigned next = 1; next < kPositionSalts && !shared.empty(); ++next) {
    std::vector<std::uint16_t> fewer = shared_codes(terms, next);
    if (fewer.size() < shared.size()) std::tie(salt, shared) = std::tie(next, fewer);
  }
  std::vector<std::uint16_t> codes(end, 0);
  std::size_t index = 0;
  for (auto term = words.termlist_begin(); term != words.termlist_end(); ++term) {
    if (term.positionlist_count() == 0) continue;
    const std::uint16_t code = position_code(terms[index++], salt);
    if (std::binary_search(shared.begin(), shared.end(), code)) out.shared.push_back(*term);
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos)
      codes[*pos - 1] = code;
  }
  out.bytes.push_back(static_cast<char>(salt));
  put_code(out.bytes, static_cast<std::uint16_t>(shared.size()));
  for (std::uint16_t code : shared) put_code(out.bytes, code);
  put_codes(out.bytes, codes);
  return out;
}

bool positions_hold(const std::vector<std::string>& terms, const TermPositions& positions,
                    unsigned window, bool ordered) {
  if (terms.empty() || terms.size() != positions.size()) return false;
  return ordered ? ordered_within(positions, window) : unordered_within(terms, positions, window);
}

TermPositions PositionRecord::positions_of(
    const std::vector<std::string>& terms,
    const std::function<std::vector<Xapian::termpos>(const std::string&)>& xapian_positions) const {
  TermPositions positions(terms.size());
  const std::size_t shared = bytes_.size() < 3 ? 0 : code_at(bytes_, 1);
  const std::size_t header = 3 + 2 * shared;
  if (bytes_.size() < header) {  // no record: Xapian's positions
    for (std::size_t i = 0; i < terms.size(); ++i) positions[i] = xapian_positions(terms[i]);
    return positions;
  }
  const auto salt = static_cast<unsigned char>(bytes_[0]);
  std::vector<std::uint16_t> codes;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    codes.push_back(position_code(terms[i], salt));
    for (std::size_t k = 0; k < shared; ++k) {
      if (code_at(bytes_, 3 + 2 * k) != codes[i]) continue;
      positions[i] = xapian_positions(terms[i]);
      codes[i] = 0;  // not read from the record
    }
  }
  Xapian::termpos position = 1;
  for (std::size_t at = header; at + 1 < bytes_.size(); at += 2) {
    const std::uint16_t code = code_at(bytes_, at);
    if (code == 0) {  // a run of positions without words
      if (at + 3 < bytes_.size()) position += code_at(bytes_, at + 2);
      at += 2;
      continue;
    }
    for (std::size_t i = 0; i < codes.size(); ++i) {
      if (codes[i] == code) positions[i].push_back(position);
    }
    ++position;
  }
  return positions;
}

}  // namespace jobsearch
