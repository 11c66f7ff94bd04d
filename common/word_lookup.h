// word_lookup.h: the words of a short label and their look-up in a table,
// shared by the normalisers of employment types, salary units and education.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jobsearch {

// Words of `text`: runs of ASCII letters and digits (and any non-ASCII
// bytes), in lower case unless `keep_case`. Apostrophes and dots inside a
// word are dropped, so "Bachelor's" is "bachelors" and "B.Sc." is "bsc".
std::vector<std::string> label_words(std::string_view text, bool keep_case = false);

// A spelling (lower case, words run together) and the one value it means.
using WordValue = std::pair<std::string_view, std::string_view>;

// Looks up each word of `words` and each pair of adjacent words run
// together ("full time" -> "fulltime"), in order; the value of the first hit,
// or "" when none is in the `size` rows of `table`.
std::string first_match(const WordValue* table, std::size_t size,
                        const std::vector<std::string>& words);

template <std::size_t N>
std::string first_match(const WordValue (&table)[N], const std::vector<std::string>& words) {
  return first_match(table, N, words);
}

}  // namespace jobsearch
