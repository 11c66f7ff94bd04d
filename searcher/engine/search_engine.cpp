#include "searcher/engine/search_engine.h"

#include <algorithm>
#include <ctime>
#include <future>

#include "common/distance_units.h"
#include "common/iso_date.h"
#include "common/posting_json.h"
#include "common/schema.h"
#include "common/schema_version.h"
#include "common/stored_data.h"
#include "common/text_analysis.h"
#include "searcher/engine/database_shards.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/facet_passes.h"
#include "searcher/engine/filters.h"
#include "searcher/engine/folded_page.h"
#include "searcher/engine/kept_sets.h"
#include "searcher/engine/length_weight.h"
#include "searcher/engine/newer_documents.h"
#include "searcher/engine/place_resolver.h"
#include "searcher/engine/query_builder.h"
#include "searcher/engine/query_understanding.h"
#include "searcher/engine/recency_source.h"
#include "searcher/engine/relaxation.h"
#include "searcher/engine/remote_facets.h"
#include "searcher/engine/remote_order.h"
#include "searcher/engine/search_error.h"
#include "searcher/engine/search_hits.h"
#include "searcher/engine/snippet_window.h"
#include "searcher/engine/sort_keys.h"

namespace jobsearch {
namespace {

constexpr double kRecencyHalfLifeDays = 30;
// The deepest page (offset + limit) whose re-posts the engine folds
// itself (folded_page.h); Xapian folds those of deeper ones.
constexpr Xapian::doccount kDeepestFoldedPage = 1000;

Xapian::LatLongCoord centre(const ResolvedPlace& place) {
  return Xapian::LatLongCoord(place.latitude, place.longitude);
}

// Xapian's remote backend has no sort keys, only sorts by one value: over
// remote shards, postings with the same value are ordered by relevance,
// then by document number (order_ties_by_id puts a page's ties in id
// order), and a sort by distance is refused.
void set_remote_order(Xapian::Enquire& enquire, const SearchRequest& request, bool browsing) {
  if (request.sort == SortOrder::kDistance)
    throw SearchError("sort by distance cannot run over remote shards");
  if (request.sort == SortOrder::kSalary) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotSalaryMax, true);
  } else if (browsing || request.sort == SortOrder::kNewest) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotDatePosted, true);
  } else {
    enquire.set_sort_by_relevance_then_value(schema::kSlotPostingId, /*reverse=*/false);
  }
}

// Relevance's ties by posting id: from the column of it when the engine
// keeps its one shard's (by_posting_id), else from its value slot.
void set_relevance_then_id(Xapian::Enquire& enquire, std::vector<FacetColumns>& shards) {
  if (shards.size() != 1)
    return enquire.set_sort_by_relevance_then_value(schema::kSlotPostingId, /*reverse=*/false);
  enquire.set_sort_by_relevance_then_key(by_posting_id(shards[0].texts(schema::kSlotPostingId)),
                                         /*reverse=*/false);
}

// By the value in `slot`, largest first (then by posting id, with
// `then_id`): from the columns of the engine's one shard when it keeps
// them (by_value_from), else from value reads, as set_relevance_then_id.
Xapian::KeyMaker* value_key(Xapian::valueno slot, bool then_id, std::vector<FacetColumns>& shards) {
  if (shards.size() != 1) return then_id ? by_value_then_id(slot) : by_value(slot);
  return by_value_from(shards[0].texts(slot),
                       then_id ? &shards[0].texts(schema::kSlotPostingId) : nullptr);
}

// By the distance from `from`, as value_key.
Xapian::KeyMaker* distance_key(const Xapian::LatLongCoord& from, bool then_id,
                               std::vector<FacetColumns>& shards) {
  if (shards.size() != 1) return then_id ? by_distance_then_id(from) : by_distance(from);
  return by_distance_from(shards[0].texts(schema::kSlotCoordinates), from,
                          then_id ? &shards[0].texts(schema::kSlotPostingId) : nullptr);
}

// Key ties are broken by relevance, then by posting id (sort_keys.h):
// relevance ties too. `shards`: as set_relevance_then_id takes them.
void set_order(Xapian::Enquire& enquire, const SearchRequest& request, bool browsing,
               const FilterContext& context, bool all_local, std::vector<FacetColumns>& shards) {
  if (browsing) enquire.set_weighting_scheme(Xapian::BoolWeight());
  if (!all_local) return set_remote_order(enquire, request, browsing);
  if (request.sort == SortOrder::kDistance) {
    enquire.set_sort_by_key_then_relevance(distance_key(centre(*context.near), browsing, shards),
                                           false);
  } else if (request.sort == SortOrder::kSalary) {
    enquire.set_sort_by_key_then_relevance(value_key(schema::kSlotSalaryMax, browsing, shards),
                                           false);
  } else if (browsing || request.sort == SortOrder::kNewest) {
    enquire.set_sort_by_key_then_relevance(value_key(schema::kSlotDatePosted, browsing, shards),
                                           false);
  } else {
    set_relevance_then_id(enquire, shards);
  }
}

// The value a page is ordered by before relevance (as set_order orders
// it over local shards), with its re-posts collapsed as asked; nothing
// when relevance or distance comes first.
std::optional<ValuePage> value_order(const SearchRequest& request, bool browsing) {
  std::optional<Xapian::valueno> collapse;
  if (request.collapse_reposts) collapse = schema::kSlotRepostKey;
  const Xapian::doccount last = request.offset + request.limit;
  if (request.sort == SortOrder::kSalary) return ValuePage{schema::kSlotSalaryMax, collapse, last};
  if (request.sort == SortOrder::kDistance) return std::nullopt;
  if (browsing || request.sort == SortOrder::kNewest)
    return ValuePage{schema::kSlotDatePosted, collapse, last};
  return std::nullopt;
}

std::optional<double> nearest_km(const Posting& posting, const FilterContext& context) {
  if (!context.near) return std::nullopt;
  std::optional<double> nearest;
  Xapian::GreatCircleMetric metric;
  for (const Location& location : posting.locations) {
    if (!location.latitude || !location.longitude) continue;
    double km = metric(centre(*context.near),
                       Xapian::LatLongCoord(*location.latitude, *location.longitude)) /
                kMetresPerKm;
    if (!nearest || km < *nearest) nearest = km;
  }
  return nearest;
}

// The hits of `items` (of `mset`, ranked from `first_rank`), with their
// snippets and distances as `fields` asks; when no field asked is the
// stored posting's, their ids alone. `re_posts`: each item's folded
// re-posts when the engine folded them, else empty (Xapian's collapse
// counts).
std::vector<SearchHit> hits(const Xapian::MSet& mset,
                            const std::vector<Xapian::MSetIterator>& items,
                            const std::vector<Xapian::doccount>& re_posts,
                            Xapian::doccount first_rank, const std::vector<std::string>& stems,
                            const FilterContext& context, const Deadline& deadline,
                            const ResultFields& fields) {
  std::vector<SearchHit> out;
  std::vector<std::string> keys;
  const bool id_only = !fields.needs_posting();
  for (const Xapian::MSetIterator& item : items) {
    deadline.check();  // each hit reads a document and makes two snippets
    SearchHit hit = id_only ? make_id_hit(item) : make_hit(item, mset, stems, fields);
    if (!re_posts.empty()) hit.similar_count = re_posts[out.size()];
    hit.rank = first_rank + out.size();
    if (fields.has("distance_km")) hit.distance_km = nearest_km(hit.posting, context);
    out.push_back(std::move(hit));
    keys.push_back(item.get_sort_key());
  }
  order_ties_by_id(out, keys);
  return out;
}

// A posting source Xapian registers, so that remote shards can run it too.
Xapian::Query with_recency(const Xapian::Query& query, const SearchRequest& request,
                           std::int64_t today, const Xapian::Database& database) {
  if (request.recency_boost <= 0) return query;
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query,
                       recency_map_query(database, schema::kSlotDatePosted, today,
                                         kRecencyHalfLifeDays, request.recency_boost));
}

}  // namespace

template <typename Fn>
auto SearchEngine::naming_shards(Fn&& fn) const -> decltype(fn()) {
  try {
    return fn();
  } catch (const Xapian::NetworkError& error) {
    if (remotes_.empty()) throw;
    throw shard_failure(error, remotes_, limits_.shard_timeout_ms);
  }
}

SearchEngine::SearchEngine(const std::string& path, const QueryLimits& limits, ShardCaches* shared)
    : limits_(limits) {
  remotes_ = remote_shards_of(path);
  naming_shards([&] {
    auto [searched, counted] = open_database_shards_twice(path, limits.shard_timeout_ms);
    check_schema_version(searched.whole);
    database_ = searched.whole;
    facet_database_ = counted.whole;
    open_shard_caches(counted.shards, shared);
    all_local_ = counted.all_local();
    phrase_check_ = phrase_check_for(counted);
    parts_from_sets_ = all_local_ && same_revisions(searched.shards, counted.shards);
    for (std::size_t i = 0; parts_from_sets_ && i < searched.shards.size(); ++i) {
      searched_shards_.emplace_back(searched.shards[i], facet_shards_[i].cache());
    }
    return 0;
  });
}

// The database's sets may take MatchSetCache::kDefaultBytes, each shard
// its share by size (sets are a bit per document).
void SearchEngine::open_shard_caches(const std::vector<Xapian::Database>& shards,
                                     ShardCaches* shared) {
  double documents = 0;
  for (const Xapian::Database& shard : shards) documents += shard.get_lastdocid();
  for (std::size_t i = 0; i < shards.size(); ++i) {
    const auto bytes = static_cast<std::size_t>(
        MatchSetCache::kDefaultBytes * (documents > 0 ? shards[i].get_lastdocid() / documents : 1));
    facet_shards_.emplace_back(shards[i], shared != nullptr ? shared->of(i, shards[i], bytes)
                                                            : std::make_shared<ShardCache>(bytes));
  }
}

// Runs on its own thread: builds its own queries, as Xapian::Query objects
// (reference counted without locks) must not be shared across threads.
FacetResult SearchEngine::count_request_facets(const SearchRequest& request,
                                               const FilterContext& context,
                                               const Deadline& deadline) {
  Xapian::Query text =
      QueryBuilder(facet_database_, limits_, phrase_check_)
          .relaxed_query(request.query, request.dropped_words, request.title_weight);
  if (!all_local_) {
    return count_remote_facets(facet_database_, text, Filters(request, context), request,
                               context.today, deadline);
  }
  return count_facets(facet_shards_, text, Filters(request, context), request, context.today,
                      deadline);
}

SearchResponse SearchEngine::search(const SearchRequest& request, const Deadline& deadline) {
  return naming_shards([&] { return search_shards(request, deadline); });
}

SearchResponse SearchEngine::search_shards(const SearchRequest& request, const Deadline& deadline) {
  deadline.check();
  check_query_size(request.query, limits_);  // before any work on it
  std::vector<UnderstoodWords> understood;
  const SearchRequest asked =
      request.understand ? understand_query(request, database_, understood) : request;
  QueryBuilder builder(database_, limits_, phrase_check_);
  FilterContext context = make_context(asked, database_);
  // A condition read as a filter narrows the page as the seeker meant:
  // dropping role words to fill it would show other roles instead.
  SearchRequest relaxable = asked;
  relaxable.relax = asked.relax &&
                    std::none_of(understood.begin(), understood.end(),
                                 [](const UnderstoodWords& words) { return words.as == "filter"; });
  SearchResponse response = corrected(relaxable, builder, context, deadline);
  response.query = request.query;
  response.understood = std::move(understood);
  return response;
}

// The answer to `request`, or to its spelling correction when it matches
// nothing and the correction does, relaxed when it has too few matches.
SearchResponse SearchEngine::corrected(const SearchRequest& request, const QueryBuilder& builder,
                                       const FilterContext& context, const Deadline& deadline) {
  SearchResponse response = run(request, builder, context, deadline);
  response.suggestion = request.query.empty() ? "" : builder.spelling_suggestion(request.query);
  if (response.total == 0 && !response.suggestion.empty()) {
    deadline.check();
    SearchRequest corrected = request;
    corrected.query = response.suggestion;
    SearchResponse instead = run(corrected, builder, context, deadline);
    // A correction that finds nothing either is no help: not even offered.
    if (instead.total == 0) {
      response.suggestion.clear();
      return relaxed(request, builder, context, deadline, std::move(response));
    }
    instead.suggestion = corrected.query;
    instead.corrected = true;
    return relaxed(corrected, builder, context, deadline, std::move(instead));
  }
  return relaxed(request, builder, context, deadline, std::move(response));
}

// `answer` (to `request`), or, when it has too few matches, the answer with
// the least telling words dropped one by one until enough match (or one
// word is left). The totals and facets are those of the relaxed query: of
// what is shown.
SearchResponse SearchEngine::relaxed(const SearchRequest& request, const QueryBuilder& builder,
                                     const FilterContext& context, const Deadline& deadline,
                                     SearchResponse answer) {
  if (!request.relax || answer.total >= kRelaxBelow) return answer;
  const std::vector<std::string> order = words_to_drop(request.query, database_);
  SearchRequest looser = request;
  std::vector<std::string>& dropped = looser.dropped_words;
  std::vector<std::string> by_relaxing;
  for (std::size_t i = 0; i < order.size() && dropped.size() + 1 < order.size(); ++i) {
    // A boost word (query_understanding.h) is already optional.
    if (std::find(dropped.begin(), dropped.end(), order[i]) != dropped.end()) continue;
    deadline.check();
    dropped.push_back(order[i]);
    by_relaxing.push_back(order[i]);
    SearchResponse more = run(looser, builder, context, deadline);
    if (more.total <= answer.total) continue;  // a stop word, or no gain
    more.query = answer.query;
    more.suggestion = answer.suggestion;
    more.corrected = answer.corrected;
    more.relaxed = true;
    more.dropped_words = by_relaxing;
    answer = std::move(more);
    if (answer.total >= kRelaxBelow) break;
  }
  return answer;
}

SearchResponse SearchEngine::run(const SearchRequest& request, const QueryBuilder& builder,
                                 const FilterContext& context, const Deadline& deadline) {
  // Declared before anything it could outlive: its destructor waits for
  // the thread (which keeps to the same deadline).
  std::future<FacetResult> facets;
  if (!request.facets.empty()) {
    facets = std::async(request.facets_in_parallel ? std::launch::async : std::launch::deferred,
                        [&] { return count_request_facets(request, context, deadline); });
  }
  Xapian::Query text =
      builder.relaxed_query(request.query, request.dropped_words, request.title_weight);
  Filters filters(request, context);
  Xapian::Query query =
      with_recency(filtered(text, filters.all_except()), request, context.today, database_);
  if (request.newer_than > 0) {
    if (!all_local_)
      throw SearchError("alerts (newer postings) cannot be searched over remote shards");
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, newer_documents(request.newer_than));
  }

  // A page ordered by a value, from the sets and columns (when the facets
  // count the total, as the matcher's estimate changes).
  std::optional<Xapian::Query> candidates;
  const std::optional<ValuePage> by_value = value_order(request, text.empty());
  if (parts_from_sets_ && facets.valid() && request.newer_than == 0 && by_value) {
    candidates =
        value_page_candidates(searched_shards_, text, filters.all_except(), *by_value, deadline);
  }
  // The same matches and scores, phrases and filters answered from the
  // sets that counting facets (of an earlier request, or of this one
  // meanwhile) kept. Filters are always kept first: hiding expired
  // postings, on by default, is a value range that Xapian reads posting by
  // posting (a request without facets took 2.7x the CPU), and its set's
  // size makes the matcher's estimate of a total closer. Phrases checked
  // against position records too, with or without facets: the ranked
  // match would check every candidate's record at every request.
  if (parts_from_sets_) keep_phrase_sets(searched_shards_, text, deadline);
  if (parts_from_sets_ && !facets.valid())
    keep_filter_sets(searched_shards_, filters.all_except(), deadline);
  Xapian::Query matched = parts_from_sets_ ? with_kept_sets(query, facet_shards_, true) : query;
  if (candidates) matched = Xapian::Query(Xapian::Query::OP_FILTER, matched, *candidates);
  Xapian::Enquire enquire(database_);
  set_order(enquire, request, text.empty(), context, all_local_, searched_shards_);
  // BM25 with lengths from the column of the engine's one shard (browsing
  // weighs nothing): the same scores without reading the length list.
  if (searched_shards_.size() == 1 && !text.empty()) {
    if (auto weighing = weighed_by_lengths(matched, searched_shards_[0].lengths())) {
      matched = weighing->query;
      enquire.set_weighting_scheme(*weighing->weight);
    }
  }
  enquire.set_query(all_local_ ? within(deadline, matched) : matched);
  // Re-posts of a page by relevance folded from their keys' columns, of
  // other pages by Xapian.
  const bool fold_here = request.collapse_reposts && !text.empty() && request.limit > 0 &&
                         request.sort == SortOrder::kRelevance && !searched_shards_.empty() &&
                         request.offset + std::uint64_t{request.limit} <= kDeepestFoldedPage;
  // A count alone (no page) has nothing to fold, and its total counts re-posts
  // either way; collapsing would have Xapian read every match's key (browsing
  // every posting for a count: 20.5 ms against 1.8 at 200,000 postings).
  if (request.collapse_reposts && !fold_here && request.limit > 0)
    enquire.set_collapse_key(schema::kSlotRepostKey);
  limit_time(deadline, enquire);
  // Check at least one match, even for --limit 0: "no match" must be
  // exact before a spelling correction replaces the query.
  Xapian::MSet mset;
  std::vector<Xapian::MSetIterator> items;
  std::vector<Xapian::doccount> re_posts;
  if (!all_local_ && text.empty()) {  // browsing: by date or salary, then id
    RemotePage page = page_by_value_then_id(enquire, request.offset, request.limit, 1);
    mset = page.mset;
    items = std::move(page.items);
  } else if (fold_here) {
    FoldedPage page =
        folded_page(enquire, searched_shards_, request.offset, request.limit, 1, deadline);
    mset = page.mset;
    items = std::move(page.items);
    re_posts = std::move(page.re_posts);
  } else {
    mset = enquire.get_mset(request.offset, request.limit, 1);
    for (auto item = mset.begin(); item != mset.end(); ++item) items.push_back(item);
  }
  deadline.check();

  SearchResponse response;
  response.query = request.query;
  response.parsed_query = query.get_description();
  response.offset = request.offset;
  response.limit = request.limit;
  response.now = date_from_days(context.today);
  response.expired_hidden = context.hide_expired;
  response.near = context.near;
  response.fields = request.fields;
  const bool snippets = request.fields.has("snippet") || request.fields.has("title_html");
  response.hits = hits(mset, items, re_posts, request.offset + 1,
                       snippets ? query_stems(query) : std::vector<std::string>(), context,
                       deadline, request.fields);
  if (facets.valid()) {
    FacetResult counted = facets.get();
    response.facets = std::move(counted.facets);
    response.total = counted.total;
    response.total_exact = true;
  } else {
    response.total = mset.get_uncollapsed_matches_estimated();
    response.total_exact =
        mset.get_uncollapsed_matches_lower_bound() == mset.get_uncollapsed_matches_upper_bound();
  }
  return response;
}

std::optional<Posting> SearchEngine::get(const std::string& id) {
  return naming_shards([&]() -> std::optional<Posting> {
    const std::string term = schema::kIdPrefix + id;
    Xapian::PostingIterator it = database_.postlist_begin(term);
    if (it == database_.postlist_end(term)) return std::nullopt;
    return posting_from_json(nlohmann::json::parse(posting_data(database_.get_document(*it))));
  });
}

EngineStats SearchEngine::stats() const {
  return naming_shards([&] { return EngineStats{database_.get_doccount()}; });
}

std::vector<Suggestion> SearchEngine::suggest(const std::string& typed, unsigned limit) const {
  return naming_shards([&] { return jobsearch::suggest(database_, typed, limit); });
}

}  // namespace jobsearch
