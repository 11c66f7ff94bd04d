// search_engine.h: a database and a request -> ranked, faceted results.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>
#include <vector>

#include "common/posting.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_counter.h"
#include "searcher/engine/phrase_check.h"
#include "searcher/engine/query_limits.h"
#include "searcher/engine/remote_shards.h"
#include "searcher/engine/search_request.h"
#include "searcher/engine/search_response.h"
#include "searcher/engine/suggest.h"
#include "searcher/engine/value_page.h"

namespace jobsearch {

class QueryBuilder;

// What a database holds, for a status page.
struct EngineStats {
  Xapian::doccount documents = 0;  // postings
};
struct FacetResult;
struct FilterContext;

class SearchEngine {
 public:
  // Opens the database at `path` for reading. Throws
  // Xapian::DatabaseOpeningError (or another Xapian::DatabaseError) when
  // it is missing or damaged. One engine per thread: Xapian handles are
  // not shared across threads. Query texts are held to `limits`. A stub
  // may list remote shards (remote_shards.h): each is waited for at most
  // limits.shard_timeout_ms, and when one does not answer this and every
  // method throws ShardUnavailable; the engine is then of no more use (open
  // another). Over remote shards the answers are those of one database,
  // except as README's "Running on several machines" says.
  // Readers of one database may share `shared` (outliving them): those
  // opened at the same revision then share its facet columns and match
  // sets (shard_cache.h).
  explicit SearchEngine(const std::string& path, const QueryLimits& limits = {},
                        ShardCaches* shared = nullptr);

  // Ranks by BM25 (title scored as its own field, optionally blended with
  // recency) or sorts by date, salary or distance; folds re-posts of one
  // job under its best posting; pages with request.offset/limit; counts
  // the requested facets exactly over all matches (the total is then exact
  // too). A query that matches nothing but has a spelling correction is
  // answered for the correction (response.corrected). A plain query of
  // several words with too few matches is relaxed (response.relaxed, see
  // SearchRequest::relax). Postings past their
  // validThrough are left out unless asked for, except in an archive
  // whose every posting has expired (see is_archive in the source). Throws
  // SearchError for a bad request or a query over its limits, and
  // SearchTimeout when `deadline` expires first (an answer is whole or
  // none: never counts of part of the matches).
  SearchResponse search(const SearchRequest& request, const Deadline& deadline = {});

  // The posting with this id, or nullopt.
  std::optional<Posting> get(const std::string& id);

  // The database's statistics (at the revision it was opened at).
  EngineStats stats() const;

  // Completions of `typed` for a search box (see suggest.h); never throws
  // for what a person types, only Xapian errors of the database itself.
  std::vector<Suggestion> suggest(const std::string& typed, unsigned limit) const;

 private:
  SearchResponse run(const SearchRequest& request, const QueryBuilder& builder,
                     const FilterContext& context, const Deadline& deadline);
  SearchResponse corrected(const SearchRequest& request, const QueryBuilder& builder,
                           const FilterContext& context, const Deadline& deadline);
  SearchResponse relaxed(const SearchRequest& request, const QueryBuilder& builder,
                         const FilterContext& context, const Deadline& deadline,
                         SearchResponse answer);
  void open_shard_caches(const std::vector<Xapian::Database>& shards, ShardCaches* shared);
  FacetResult count_request_facets(const SearchRequest& request, const FilterContext& context,
                                   const Deadline& deadline);
  SearchResponse search_shards(const SearchRequest& request, const Deadline& deadline);
  // fn(), with a network error of a remote shard thrown as ShardUnavailable.
  template <typename Fn>
  auto naming_shards(Fn&& fn) const -> decltype(fn());

  Xapian::Database database_;
  // Facets are counted in a thread of their own, during the ranked match,
  // so on handles of their own (same revision as database_).
  Xapian::Database facet_database_;
  std::vector<FacetColumns> facet_shards_;  // empty when a shard is remote
  bool all_local_ = true;  // no remote shard: the deadline can be kept inside the match
  PhraseCheck phrase_check_ = PhraseCheck::kRecords;  // as the database keeps positions
  // The ranked match may take phrases and filters from facet_shards_' sets
  // (kept_sets.h).
  bool parts_from_sets_ = false;
  // The ranked match's own handles on its shards, with their caches, for
  // filter sets (kept_sets.h) and pages ordered by a value (value_page.h);
  // empty unless parts_from_sets_.
  std::vector<FacetColumns> searched_shards_;
  std::vector<RemoteAddress> remotes_;  // the remote shards, for naming them
  QueryLimits limits_;
};

}  // namespace jobsearch
