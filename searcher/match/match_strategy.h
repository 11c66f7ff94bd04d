// match_strategy.h: the ways a candidate profile becomes a ranked query.
//
// Several strategies, selectable by name, so that retrieval experiments can
// compare them on one evaluation set (batch + eval). Each is a pure
// function of the profile and the database's term statistics.
#pragma once

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "searcher/engine/phrase_check.h"
#include "searcher/engine/search_response.h"
#include "searcher/match/candidate.h"

namespace jobsearch {

enum class MatchStrategy {
  kText,        // BM25 over every word of the profile, OR-ed (the baseline)
  kFields,      // titles and skills weigh most, the rest as an elite set
  kFieldsNear,  // kFields, plus weight for postings near the candidate or remote
  kFeedback,    // kFieldsNear expanded with terms of its best postings (relevance feedback)
};

struct StrategyInfo {
  const char* name;  // as given to --strategy
  MatchStrategy strategy;
  const char* description;
};

// Every strategy, the default for `match` first.
const std::vector<StrategyInfo>& match_strategies();

// The strategy called `name`. Throws SearchError listing the names when
// there is none.
MatchStrategy strategy_by_name(const std::string& name);

// Where a candidate is, to rank postings near them first.
struct MatchOrigin {
  ResolvedPlace place;  // the centre: the candidate's city as the index knows it
  std::string country;  // ISO code, for remote postings; may be empty
};

// Builds the parts of the strategies' queries.
class StrategyQueries {
 public:
  // `database` supplies term statistics and synonyms; phrases of
  // unprefixed words are matched as `phrases` says (phrase_check.h).
  StrategyQueries(const Xapian::Database& database, PhraseCheck phrases);

  // Every word of candidate_text(), OR-ed, unprefixed: plain BM25.
  Xapian::Query profile_text(const Candidate& candidate) const;

  // Titles matched in the title field (the headline and latest position
  // weigh most, exact titles as phrases count extra, synonyms of the
  // database count as the same word: "Registered Nurse" finds "RN - ICU"),
  // skills as phrases in the skills field and anywhere, and the other words
  // of the profile as an elite set of its best terms, so that long profiles
  // add signal, not noise.
  Xapian::Query fields(const Candidate& candidate) const;

  // The best terms of the postings `first_pass` ranks highest among those
  // passing `filter` (Xapian's relevance feedback, Enquire::get_eset),
  // weighted by their expand weight; an empty query when there are none.
  Xapian::Query feedback(const Xapian::Query& first_pass, const Xapian::Query& filter) const;

  // More like this: the best terms of the posting `docid` (relevance
  // feedback from that one document) and the words of its title in the
  // title field.
  Xapian::Query more_like(Xapian::docid docid, const std::string& title) const;

  // Weight 1 at the origin, falling with distance (1/2 at 50 km), and 0.3
  // for remote postings in the origin's country (any country when unknown).
  static Xapian::Query nearness(const MatchOrigin& origin);

  // The words of `title` in the title field, OR-ed, each word or run of
  // words that a synonym rule names (as its term or its expansion) also
  // matching the rule's other spellings ("Registered Nurse" also finds
  // "RN", "RN" finds "registered nurse").
  Xapian::Query title_words(const std::string& title) const;

 private:
  Xapian::Query any_spelling(const std::string& key) const;
  Xapian::Query parse(const std::string& text, const std::string& prefix, bool phrase) const;
  Xapian::Query elite_set(const std::string& text) const;

  Xapian::Database database_;
  PhraseCheck phrases_;
  mutable Xapian::QueryParser parser_;
  // Lower-case words -> their other spellings, both ways of every synonym
  // rule ("rn" -> {"registered nurse"}, "registered nurse" -> {"rn"}).
  std::map<std::string, std::vector<std::string>> spellings_;
};

}  // namespace jobsearch
