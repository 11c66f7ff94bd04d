// title_terms.h: terms that lift postings whose title holds the query's
// words as typed, in order.
//
// A title phrase query does the same through position lists, and costs a
// sixth of the match at 200,000 postings (a third of its p95); one term per
// pair of adjacent title words costs a posting list read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobsearch {

// XTE + the title's words (word_key): a query that is a whole title ranks
// postings with exactly that title first.
std::string exact_title_term(std::string_view title);

// XTP + each pair of adjacent words of the title, as stems, as the index
// keeps words ("Senior Data Engineers" -> "XTPsenior data", "XTPdata
// engin"), each pair once; none for a single word.
std::vector<std::string> title_pair_terms(std::string_view title);

}  // namespace jobsearch
