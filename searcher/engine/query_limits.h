// query_limits.h: how much work the text of one query may ask for.
//
// The cost of a query grows with its words: each is a posting list read
// for every matching document, and more for the title boost, synonyms and
// spelling; a wildcard stands for up to a hundred words. A query of
// 20,000 words took 80 s, and `a*` 2,000 times more than 2 GB. Real
// questions are a few words, so the text is refused, before any work, past
// a size no person types, and the wildcards of one query share one budget
// of words they may stand for.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "searcher/engine/search_error.h"

namespace jobsearch {

// A query over one of its limits (a user error: HTTP 400, exit code 2).
// `option` names the option that changes the limit, for the command line.
class QueryLimitError : public SearchError {
 public:
  QueryLimitError(const std::string& message, std::string option)
      : SearchError(message), option_(std::move(option)) {}
  const std::string& option() const { return option_; }

 private:
  std::string option_;
};

// Words a single wildcard stands for: its most frequent completions, at
// most 100, and at least 50 when the query's budget is shared (finding
// them reads every word of the index with that beginning, so the number of
// wildcards is bounded too).
inline constexpr Xapian::termcount kMaxTermsPerWildcard = 100;
inline constexpr Xapian::termcount kMinTermsPerWildcard = 50;

struct QueryLimits {
  std::size_t max_bytes = 1024;  // of the query text
  std::size_t max_words = 32;    // words, field names and operators
  Xapian::termcount max_wildcard_terms =
      500;  // all the wildcards of a query together (10 wildcards)
  // Milliseconds to wait for a remote shard (xapian-tcpsrv) to connect or
  // to answer one message, before the search fails with ShardUnavailable.
  unsigned shard_timeout_ms = 5000;
};

// Throws QueryLimitError naming the limit when `text` is longer than
// limits.max_bytes or has more than limits.max_words words.
void check_query_size(const std::string& text, const QueryLimits& limits);

// How many words each wildcard of `text` may stand for, so that together
// they stay within limits.max_wildcard_terms: kMaxTermsPerWildcard, or
// less when there are several. Throws QueryLimitError when there are more
// wildcards than max_wildcard_terms / kMinTermsPerWildcard (at least 1).
Xapian::termcount terms_per_wildcard(const std::string& text, const QueryLimits& limits);

// The words of `text` as Xapian's query parser splits them: runs of
// letters and digits ("title:data-driven" is three).
std::size_t count_words(std::string_view text);

// The wildcards of `text`: '*' right after a letter or digit.
std::size_t count_wildcards(std::string_view text);

}  // namespace jobsearch
