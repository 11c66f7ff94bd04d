// search_response.h: one answer, printed as text or JSON by output.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/posting.h"
#include "searcher/engine/result_fields.h"

namespace jobsearch {

struct SearchHit {
  unsigned rank = 0;  // 1-based position over all pages
  double score = 0;   // BM25 weight (0 when browsing)
  Posting posting;
  std::string title_html;             // title, HTML-escaped, matched words in <mark>
  std::string snippet;                // description extract, HTML-escaped, matches in <mark>
  std::optional<double> distance_km;  // to the nearest location, when searching near a place
  std::uint64_t similar_count = 0;    // re-posts of the same job folded under this one
};

// The request parameter and value that select a facet value: added to a
// request ("filter" "location=London", "salary_min" "60000"), it keeps
// only the postings counted under that value. Empty for a value that
// selects nothing (postings without a salary, experience bands).
struct FacetSelector {
  std::string param;
  std::string value;
};

struct FacetValue {
  std::string value;
  std::uint64_t count = 0;
  bool selected = false;  // the request filters on this value
  FacetSelector select = {};
};

struct FacetCounts {
  std::string name;
  std::vector<FacetValue> values;  // most frequent first, then by value (ranges in order)
  std::uint64_t other_count = 0;   // postings counted under values past the limit
  std::uint64_t other_values = 0;  // how many values were past the limit
};

// Where a place given by name was found.
struct ResolvedPlace {
  std::string name;  // "Austin, TX", or "LAT,LON" as given
  double latitude = 0, longitude = 0;
  std::vector<std::string> alternatives;  // other places the name could mean
};

// One condition read from the query (query_understanding.h).
struct UnderstoodWords {
  std::string text;   // the words as typed ("part time")
  std::string as;     // "filter" or "boost"
  std::string param;  // the request parameter it sets ("employment_type", "remote", "near")
  std::string value;  // its value ("PART_TIME", "true", "Chicago, IL")
};

struct SearchResponse {
  std::string query;         // as asked
  std::string parsed_query;  // Xapian's description of the query run
  std::string suggestion;    // "did you mean" spelling, or ""
  bool corrected = false;    // results are for `suggestion`, the query matched nothing
  // Too few postings held every word: the results need only the words not
  // in `dropped_words` (those holding all still come first).
  bool relaxed = false;
  std::vector<std::string> dropped_words;
  std::vector<UnderstoodWords> understood;  // conditions read from the query, applied
  std::uint64_t total = 0;                  // matching postings (exact when total_exact)
  bool total_exact = false;
  unsigned offset = 0;
  unsigned limit = 0;
  std::string now;              // the date expiry and "posted within" were judged at
  bool expired_hidden = false;  // postings past validThrough were left out
  std::optional<ResolvedPlace> near;
  // The fields of each hit the request asked for (the rest are not sent;
  // when none is the stored posting's, each hit's posting holds its id
  // alone).
  ResultFields fields;
  std::vector<SearchHit> hits;
  std::vector<FacetCounts> facets;
};

}  // namespace jobsearch
