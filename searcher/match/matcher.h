// matcher.h: a candidate profile -> the postings that fit, explained.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "searcher/engine/database_shards.h"
#include "searcher/engine/filters.h"
#include "searcher/engine/search_response.h"
#include "searcher/eval/trec_run.h"
#include "searcher/match/candidate.h"
#include "searcher/match/match_explanation.h"
#include "searcher/match/match_strategy.h"

namespace jobsearch {

// What the candidate requires of a posting; each applies only when asked.
struct MatchConstraints {
  // Only postings within this distance of the candidate's place (with
  // `remote`, remote postings too).
  std::optional<double> within_km;
  bool remote = false;                        // remote postings (alone: only those)
  std::vector<std::string> employment_types;  // any of these ("FULL_TIME", "Part-time", ...)
  bool education_met = false;   // postings whose education the candidate has (or none stated)
  bool experience_met = false;  // postings asking no more months than the candidate has
  // Postings past their validThrough are left out, as search does, unless
  // asked for or every posting of the index has expired (an archive).
  bool include_expired = false;
};

struct MatchRequest {
  Candidate candidate;
  MatchStrategy strategy = MatchStrategy::kFieldsNear;
  MatchConstraints constraints;
  unsigned offset = 0;
  unsigned limit = 10;
  std::string now;  // "YYYY-MM-DD" expiry is judged at; empty: today
};

struct MatchResponse {
  // As a search answers: hits with snippets and distances, `near` the
  // candidate's place when the index knows it, `now` and `expired_hidden`;
  // re-posts of one job folded.
  SearchResponse response;
  std::vector<MatchExplanation> explanations;  // parallel to response.hits
};

class Matcher {
 public:
  // Opens the database at `path` for reading; throws Xapian::DatabaseError
  // when it is missing or damaged. One matcher per thread.
  explicit Matcher(const std::string& path);

  // The postings that best fit `request.candidate` by its strategy, among
  // those meeting its constraints, each explained. Throws SearchError for
  // a constraint the profile cannot support (a distance without a known
  // place, education or experience the profile does not state).
  MatchResponse match(const MatchRequest& request);

  // The first `depth` postings for `candidate` by `strategy`, best first,
  // as ids and scores for a TREC run (no constraints, re-posts kept).
  std::vector<RunDoc> rank(const Candidate& candidate, MatchStrategy strategy, unsigned depth);

  // Where the candidate is, as the index knows the place: "City, Region",
  // then "City, Country", "City" and the postal code are tried. nullopt
  // when the profile names no place or the index has none of those names.
  std::optional<MatchOrigin> origin_of(const Candidate& candidate) const;

  // Postings like the one with `id` (more like this: its best terms and
  // title), excluding it and its re-posts (same title, company and
  // description), re-posts among the results folded; nullopt when no
  // posting has that id.
  std::optional<SearchResponse> similar(const std::string& id, unsigned offset, unsigned limit);

 private:
  Xapian::Query ranking_query(const Candidate& candidate, MatchStrategy strategy,
                              const std::optional<MatchOrigin>& origin,
                              const Xapian::Query& filter);
  Xapian::Query with_nearness(const Xapian::Query& query, const std::optional<MatchOrigin>& origin,
                              const Xapian::Query& filter);
  Xapian::Query constraint_filter(const MatchRequest& request,
                                  const std::optional<MatchOrigin>& origin,
                                  const FilterContext& context) const;
  FilterContext filter_context(const MatchRequest& request,
                               const std::optional<MatchOrigin>& origin) const;

  explicit Matcher(const DatabaseShards& opened);

  Xapian::Database database_;
  PhraseCheck phrases_;  // records, unless a shard is remote
};

}  // namespace jobsearch
