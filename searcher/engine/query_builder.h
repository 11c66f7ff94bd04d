// query_builder.h: free text and facet values -> Xapian queries.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "searcher/engine/phrase_check.h"
#include "searcher/engine/query_limits.h"

namespace jobsearch {

class QueryBuilder {
 public:
  // `database` supplies synonyms, spellings and term statistics; it must
  // outlive this. Every text is held to `limits`; phrases of unprefixed
  // words are matched as `phrases` says (phrase_check.h).
  explicit QueryBuilder(const Xapian::Database& database, const QueryLimits& limits = {},
                        PhraseCheck phrases = PhraseCheck::kRecords);

  // The words of `text` (all required by default; stemming, stop words,
  // phrases, AND/OR/NOT, wildcards, field prefixes title:, company:,
  // location:, industry:, skill:), with synonyms expanded and the title
  // scored as a field of its own, `title_weight` times. An empty query
  // when `text` has no words. Throws SearchError when it cannot be parsed
  // or is over a limit (checked before any other work).
  Xapian::Query text_query(const std::string& text, double title_weight = 1.0) const;

  // As text_query, but a posting need not hold the words in `dropped`
  // (each a word of `text`); those holding every word rank first, as
  // they also score the whole query. text_query(text) when `dropped` is
  // empty. Throws as text_query does.
  Xapian::Query relaxed_query(const std::string& text, const std::vector<std::string>& dropped,
                              double title_weight = 1.0) const;

  // `text` with misspelt words replaced by the closest words the index
  // has ("sofware enginer" -> "software engineer"), or "" when every word
  // is known. Throws SearchError when `text` is over a limit.
  std::string spelling_suggestion(const std::string& text) const;

  // Just facet filters: OR within a facet, AND across facets (filters.h
  // builds the rest). Empty query when there are none. Throws SearchError
  // for an unknown facet.
  static Xapian::Query filter_query(const std::map<std::string, std::vector<std::string>>& filters);

 private:
  Xapian::Query title_boost(const std::string& text, const std::string& expanded,
                            const Xapian::Query& all_fields, double title_weight) const;
  Xapian::Query title_pairs(const std::string& text) const;
  bool is_known_word(const std::string& word) const;
  bool is_known_part(const std::string& lower_case_word) const;
  bool mends_only_unknown_parts(const std::string& asked, const std::string& corrected) const;

  Xapian::Database database_;  // a handle: cheap to copy
  QueryLimits limits_;
  PhraseCheck phrases_;
  mutable Xapian::QueryParser parser_;
};

}  // namespace jobsearch
