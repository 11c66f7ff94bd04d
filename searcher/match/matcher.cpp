#include "searcher/match/matcher.h"

#include "common/education_level.h"
#include "common/facet_terms.h"
#include "common/iso_date.h"
#include "common/posting_json.h"
#include "common/schema.h"
#include "common/schema_version.h"
#include "common/stored_data.h"
#include "common/text_analysis.h"
#include "searcher/engine/database_shards.h"
#include "searcher/engine/filters.h"
#include "searcher/engine/place_resolver.h"
#include "searcher/engine/search_error.h"
#include "searcher/engine/search_hits.h"
#include "searcher/engine/snippet_window.h"

namespace jobsearch {
namespace {

// Nearness adds up to this fraction of the best text score: a posting in
// the candidate's city outranks a slightly better match far away.
constexpr double kNearWeight = 0.45;
// How much the terms found by relevance feedback add.
constexpr double kFeedbackWeight = 0.5;

Xapian::Query filtered(const Xapian::Query& query, const Xapian::Query& filter) {
  if (filter.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_FILTER,
                       query.empty() ? Xapian::Query(std::string()) : query, filter);
}

Xapian::Query all_of(const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> kept;
  for (const Xapian::Query& part : parts) {
    if (!part.empty()) kept.push_back(part);
  }
  return kept.empty() ? Xapian::Query()
                      : Xapian::Query(Xapian::Query::OP_AND, kept.begin(), kept.end());
}

// Postings stating no education, or one the candidate has.
Xapian::Query education_filter(const Candidate& candidate) {
  int rank = education_rank(candidate.education);
  bool certified = !candidate.certificates.empty();
  if (rank == 0 && !certified) {
    throw SearchError(
        "--education-met: the profile states no education (studyType) or certificate");
  }
  std::vector<Xapian::Query> stated, accepted;
  for (std::string_view category : kEducationLevels) {
    Xapian::Query term(facet_term(schema::kEducationFacet, category));
    stated.push_back(term);
    int level = education_rank(category);
    if ((level > 0 && level <= rank) || (level == 0 && certified)) accepted.push_back(term);
  }
  Xapian::Query none(Xapian::Query::OP_AND_NOT, Xapian::Query(std::string()),
                     Xapian::Query(Xapian::Query::OP_OR, stated.begin(), stated.end()));
  accepted.push_back(none);
  return Xapian::Query(Xapian::Query::OP_OR, accepted.begin(), accepted.end());
}

// The term of `document` starting with `prefix`, without it ("" if none).
std::string term_after(const Xapian::Document& document, const std::string& prefix) {
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(prefix);
  if (it == document.termlist_end() || (*it).compare(0, prefix.size(), prefix) != 0) return "";
  return (*it).substr(prefix.size());
}

SearchResponse response_for(const Xapian::Query& query, const Xapian::MSet& mset, unsigned offset,
                            unsigned limit) {
  SearchResponse response;
  response.parsed_query = query.get_description();
  response.total = mset.get_uncollapsed_matches_estimated();
  response.total_exact =
      mset.get_uncollapsed_matches_lower_bound() == mset.get_uncollapsed_matches_upper_bound();
  response.offset = offset;
  response.limit = limit;
  const std::vector<std::string> stems = query_stems(query);
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    response.hits.push_back(make_hit(item, mset, stems, ResultFields()));
  }
  return response;
}

}  // namespace

// Opened as a search is (open_database_shards): a stub's remote shards
// must keep Xapian's positions, which their phrases are matched from.
Matcher::Matcher(const std::string& path) : Matcher(open_database_shards(path)) {}

Matcher::Matcher(const DatabaseShards& opened)
    : database_(opened.whole), phrases_(phrase_check_for(opened)) {
  check_schema_version(database_);
}

std::optional<MatchOrigin> Matcher::origin_of(const Candidate& candidate) const {
  const Location& place = candidate.location;
  std::vector<std::string> names;
  if (!place.locality.empty() && !place.region.empty())
    names.push_back(place.locality + ", " + place.region);
  if (!place.locality.empty() && !place.country.empty())
    names.push_back(place.locality + ", " + place.country);
  if (!place.locality.empty()) names.push_back(place.locality);
  if (!place.postal_code.empty()) names.push_back(place.postal_code);
  for (const std::string& name : names) {
    try {
      return MatchOrigin{resolve_place(name, database_), place.country};
    } catch (const SearchError&) {
      // Not a place the index knows; try the next way of naming it.
    }
  }
  return std::nullopt;
}

Xapian::Query Matcher::with_nearness(const Xapian::Query& query,
                                     const std::optional<MatchOrigin>& origin,
                                     const Xapian::Query& filter) {
  if (!origin || query.empty()) return query;
  Xapian::Enquire enquire(database_);
  enquire.set_query(filtered(query, filter));
  Xapian::MSet best = enquire.get_mset(0, 1);
  if (best.empty() || best.get_max_attained() <= 0) return query;
  return Xapian::Query(
      Xapian::Query::OP_AND_MAYBE, query,
      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, StrategyQueries::nearness(*origin),
                    kNearWeight * best.get_max_attained()));
}

Xapian::Query Matcher::ranking_query(const Candidate& candidate, MatchStrategy strategy,
                                     const std::optional<MatchOrigin>& origin,
                                     const Xapian::Query& filter) {
  StrategyQueries queries(database_, phrases_);
  switch (strategy) {
    case MatchStrategy::kText:
      return queries.profile_text(candidate);
    case MatchStrategy::kFields:
      return queries.fields(candidate);
    case MatchStrategy::kFieldsNear:
      return with_nearness(queries.fields(candidate), origin, filter);
    case MatchStrategy::kFeedback:
      break;
  }
  Xapian::Query base = queries.fields(candidate);
  Xapian::Query expansion = queries.feedback(with_nearness(base, origin, filter), filter);
  if (!expansion.empty()) {
    base = Xapian::Query(Xapian::Query::OP_OR, base,
                         Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, expansion, kFeedbackWeight));
  }
  return with_nearness(base, origin, filter);
}

FilterContext Matcher::filter_context(const MatchRequest& request,
                                      const std::optional<MatchOrigin>& origin) const {
  FilterContext context;
  context.today = parse_day(request.now.empty() ? current_date() : request.now, "now");
  context.hide_expired = !request.constraints.include_expired &&
                         (!request.now.empty() || !is_archive(database_, context.today));
  if (origin) context.near = origin->place;
  return context;
}

Xapian::Query Matcher::constraint_filter(const MatchRequest& request,
                                         const std::optional<MatchOrigin>& origin,
                                         const FilterContext& context) const {
  const MatchConstraints& wanted = request.constraints;
  SearchRequest limits;
  if (!wanted.employment_types.empty()) {
    limits.filters[schema::kEmploymentFacet.name] = wanted.employment_types;
  }
  if (wanted.experience_met) {
    if (!request.candidate.experience_months) {
      throw SearchError("--experience-met: the profile states no work dates or experience");
    }
    limits.max_experience_months = *request.candidate.experience_months;
  }
  if (wanted.within_km && !origin) {
    throw SearchError("--within: the index knows no place named in the profile's location");
  }
  limits.radius_km = wanted.within_km;
  limits.remote = wanted.remote;
  Filters filters(limits, context);
  return all_of({filters.all_except(),
                 wanted.education_met ? education_filter(request.candidate) : Xapian::Query()});
}

MatchResponse Matcher::match(const MatchRequest& request) {
  std::optional<MatchOrigin> origin = origin_of(request.candidate);
  FilterContext context = filter_context(request, origin);
  Xapian::Query filter = constraint_filter(request, origin, context);
  Xapian::Query query =
      filtered(ranking_query(request.candidate, request.strategy, origin, filter), filter);
  Xapian::Enquire enquire(database_);
  enquire.set_query(query);
  enquire.set_collapse_key(schema::kSlotRepostKey);
  Xapian::MSet mset = enquire.get_mset(request.offset, request.limit);

  MatchResponse out;
  out.response = response_for(query, mset, request.offset, request.limit);
  out.response.query = request.candidate.headline;
  out.response.now = date_from_days(context.today);
  out.response.expired_hidden = context.hide_expired;
  if (origin) out.response.near = origin->place;
  MatchExplainer explainer(request.candidate, origin);
  auto item = mset.begin();
  for (SearchHit& hit : out.response.hits) {
    out.explanations.push_back(explainer.explain(hit.posting, item.get_document()));
    hit.distance_km = out.explanations.back().distance_km;
    ++item;
  }
  return out;
}

std::vector<RunDoc> Matcher::rank(const Candidate& candidate, MatchStrategy strategy,
                                  unsigned depth) {
  Xapian::Query query = ranking_query(candidate, strategy, origin_of(candidate), Xapian::Query());
  Xapian::Enquire enquire(database_);
  enquire.set_query(query);
  Xapian::MSet mset = enquire.get_mset(0, depth);
  std::vector<RunDoc> ranking;
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    ranking.push_back({term_after(item.get_document(), schema::kIdPrefix), item.get_weight()});
  }
  return ranking;
}

std::optional<SearchResponse> Matcher::similar(const std::string& id, unsigned offset,
                                               unsigned limit) {
  const std::string id_term = schema::kIdPrefix + id;
  Xapian::PostingIterator found = database_.postlist_begin(id_term);
  if (found == database_.postlist_end(id_term)) return std::nullopt;
  Xapian::Document document = database_.get_document(*found);
  Posting posting = posting_from_json(nlohmann::json::parse(posting_data(document)));
  Xapian::Query like = StrategyQueries(database_, phrases_).more_like(*found, posting.title);
  // The posting itself carries its repost term, so this excludes it too.
  Xapian::Query reposts(schema::kRepostPrefix + term_after(document, schema::kRepostPrefix));
  Xapian::Query query(Xapian::Query::OP_AND_NOT, like, reposts);
  Xapian::Enquire enquire(database_);
  enquire.set_query(query);
  enquire.set_collapse_key(schema::kSlotRepostKey);
  SearchResponse response = response_for(query, enquire.get_mset(offset, limit), offset, limit);
  response.query = "like " + id + ": " + posting.title;
  return response;
}

}  // namespace jobsearch
