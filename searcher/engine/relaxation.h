// relaxation.h: which words of a query a page may do without.
//
// When every word is required and few postings hold them all, the best
// engines relax (Elasticsearch's minimum_should_match, Meilisearch's
// matching strategy): postings holding the role but missing a qualifier
// are a better page than none. This file decides which words go first.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace jobsearch {

// Below this many matches, a plain query of several words is relaxed.
inline constexpr unsigned kRelaxBelow = 10;

// The words of `text` in the order they may be dropped, first the least
// telling: words the index lacks, then qualifiers before role words (a
// word seldom seen in titles, "insurance", before one titles use,
// "manager"). Empty when `text` is not plain words (quotes, parentheses,
// AND/OR/NOT, field prefixes, +/- operators) or has fewer than two words.
std::vector<std::string> words_to_drop(const std::string& text, const Xapian::Database& database);

// `text` without the words in `dropped` (each dropped once).
std::string without_words(const std::string& text, const std::vector<std::string>& dropped);

}  // namespace jobsearch
