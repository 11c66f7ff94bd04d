// search_response.h: one answer, printed as text or JSON by output.h.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "posting.h"

namespace jobsearch {

struct SearchHit {
  unsigned rank = 0;     // 1-based position over all pages
  double score = 0;      // BM25 weight (0 when browsing)
  Posting posting;
  std::string snippet;   // description extract, HTML-escaped, matches in <mark>
};

struct FacetValue {
  std::string value;
  std::uint64_t count = 0;
};

struct FacetCounts {
  std::string name;
  std::vector<FacetValue> values;  // most frequent first, then by value
  std::uint64_t other_count = 0;   // postings counted under values past the limit
  std::uint64_t other_values = 0;  // how many values were past the limit
};

struct SearchResponse {
  std::string query;         // as asked
  std::string parsed_query;  // Xapian's description of the query run
  std::uint64_t total = 0;   // matches (exact when total_exact)
  bool total_exact = false;
  unsigned offset = 0;
  unsigned limit = 0;
  std::vector<SearchHit> hits;
  std::vector<FacetCounts> facets;
};

}  // namespace jobsearch
